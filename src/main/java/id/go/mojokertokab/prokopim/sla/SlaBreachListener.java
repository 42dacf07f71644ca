package id.go.mojokertokab.prokopim.sla;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one SLA component of every SOP: the start listener of each step's non-interrupting timer
 * boundary event. It raises a {@value #INCIDENT_TYPE} incident on the late task's own execution,
 * so Cockpit marks the task while it is open, the engine resolves the incident when the task
 * completes, and history keeps it. The task itself is not interrupted: the SOP step still has to
 * be done, only late. Then it publishes {@link SlaBreached}, in the same transaction, for whoever
 * must be told.
 */
@Component
public class SlaBreachListener implements ExecutionListener {

    public static final String INCIDENT_TYPE = "slaBreach";

    private final SlaMetrics metrics;
    private final ApplicationEventPublisher events;

    SlaBreachListener(SlaMetrics metrics, ApplicationEventPublisher events) {
        this.metrics = metrics;
        this.events = events;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!(execution.getBpmnModelElementInstance() instanceof BoundaryEvent timer)) {
            throw new IllegalStateException("slaBreachListener belongs on a timer boundary event, not on "
                    + execution.getCurrentActivityId());
        }
        ProcessEngineServices engine = execution.getProcessEngineServices();
        Task lateTask = lateTaskOf(engine, execution.getProcessInstanceId(), timer.getAttachedTo().getId());
        SlaBreach breach = SlaBreach.of(timer);
        engine.getRuntimeService().createIncident(INCIDENT_TYPE, lateTask.getExecutionId(), lateTask.getId(), breach.message(execution.getProcessBusinessKey()));
        events.publishEvent(new SlaBreached(lateTask, timer, breach, execution.getProcessBusinessKey()));
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> metrics.breachRecorded(breach.processKey(), breach.step()));
    }

    /*
     * The task of this step that is due first and not yet marked: normally the only one, but an
     * administrator may have moved a second token into the same step in Cockpit.
     */
    private static Task lateTaskOf(ProcessEngineServices engine, String processInstanceId, String stepId) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(stepId)
                .orderByDueDate().asc()
                .list().stream()
                .filter(task -> engine.getRuntimeService().createIncidentQuery()
                        .incidentType(INCIDENT_TYPE).configuration(task.getId()).count() == 0)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No open task of step " + stepId + " to mark as late"));
    }
}
