package id.go.mojokertokab.prokopim.sla;


import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.ParseListeners;

/**
 * What every user task gets from its SLA timer (a non-interrupting timer boundary event):
 * <ul>
 * <li>a due date equal to the timer ("PT1H" on the boundary event becomes "due one hour after
 * creation"), so each SOP standard is written once in the BPMN and Tasklist's "due in" and
 * overdue marks can never disagree with the timer that raises the breach; a task with its own
 * {@code camunda:dueDate} keeps it;</li>
 * <li>its open {@value SlaBreachListener#INCIDENT_TYPE} incident resolved when the task is
 * completed, so history records the breach as resolved by doing the work (the engine would
 * otherwise record it as deleted with the task's execution).</li>
 * </ul>
 */
@Component
public class SlaTaskPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addAfterCamundas(configuration, new SlaTimerOfTask(configuration));
    }

    private static final class SlaTimerOfTask extends AbstractBpmnParseListener {

        private final ProcessEngineConfigurationImpl configuration;

        SlaTimerOfTask(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public void parseBoundaryEvent(Element boundaryEvent, ScopeImpl scope, ActivityImpl activity) {
            Element timer = boundaryEvent.element("timerEventDefinition");
            // a duration ("PT1H"), or working days as ${hariKerja.setelah(2)}; any other date is not a standard
            String timeDuration = timer == null ? null : textOf(timer.element("timeDuration"));
            String timeDate = timer == null ? null : textOf(timer.element("timeDate"));
            boolean interrupting = !"false".equals(boundaryEvent.attribute("cancelActivity"));
            if (!(activity.getEventScope() instanceof ActivityImpl task)
                    || !(task.getActivityBehavior() instanceof UserTaskActivityBehavior userTask)
                    || !SlaBreach.isSlaTimer(true, interrupting, timeDuration, timeDate)) {
                return;
            }
            String duration = timeDuration != null ? timeDuration : timeDate;
            TaskDefinition definition = userTask.getTaskDefinition();
            if (definition.getDueDateExpression() == null) {
                ExpressionManager expressions = configuration.getExpressionManager();
                definition.setDueDateExpression(expressions.createExpression(duration.trim()));
            }
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, SlaTimerOfTask::resolveBreach);
        }

        private static String textOf(Element element) {
            return element == null ? null : element.getText();
        }

        /* Runs without authorization checks: staff who complete their task may not read or update incidents. */
        private static void resolveBreach(DelegateTask task) {
            RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
            Context.getCommandContext().runWithoutAuthorization(() -> {
                for (Incident breach : runtime.createIncidentQuery()
                        .executionId(task.getExecutionId())
                        .incidentType(SlaBreachListener.INCIDENT_TYPE)
                        .list()) {
                    runtime.resolveIncident(breach.getId());
                }
                return null;
            });
        }
    }
}
