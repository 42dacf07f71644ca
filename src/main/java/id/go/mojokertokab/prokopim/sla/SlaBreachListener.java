package id.go.mojokertokab.prokopim.sla;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.stereotype.Component;

/**
 * The one SLA component of every SOP: the start listener of each step's non-interrupting timer
 * boundary event. It raises a {@value #INCIDENT_TYPE} incident on the late task's own execution,
 * so Cockpit marks the task while it is open, the engine resolves the incident when the task
 * completes, and history keeps it. The task itself is not interrupted: the SOP step still has to
 * be done, only late.
 */
@Component
public class SlaBreachListener implements ExecutionListener {

    public static final String INCIDENT_TYPE = "slaBreach";

    private final SlaMetrics metrics;

    SlaBreachListener(SlaMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!(execution.getBpmnModelElementInstance() instanceof BoundaryEvent timer)) {
            throw new IllegalStateException("slaBreachListener belongs on a timer boundary event, not on "
                    + execution.getCurrentActivityId());
        }
        ProcessEngineServices engine = execution.getProcessEngineServices();
        Task lateTask = engine.getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(timer.getAttachedTo().getId())
                .singleResult();
        SlaBreach breach = SlaBreach.of(timer);
        engine.getRuntimeService().createIncident(INCIDENT_TYPE, lateTask.getExecutionId(), lateTask.getId(), breach.message());
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> metrics.breachRecorded(breach.processKey(), breach.step()));
    }
}
