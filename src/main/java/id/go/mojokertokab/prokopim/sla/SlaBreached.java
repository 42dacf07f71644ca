package id.go.mojokertokab.prokopim.sla;

import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;

/**
 * Published (as a Spring application event, synchronously, in the engine's transaction) when a
 * step's standard is missed, after its incident is raised: whoever must hear of it (the
 * notifications) listens without the SLA code knowing them. A rollback of the timer job rolls back
 * what the listeners wrote.
 */
public record SlaBreached(Task lateTask, BoundaryEvent timer, SlaBreach breach, String caseName) {
}
