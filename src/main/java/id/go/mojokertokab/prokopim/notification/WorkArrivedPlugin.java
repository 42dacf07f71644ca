package id.go.mojokertokab.prokopim.notification;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.ParseListeners;

/**
 * Every user task of every SOP tells its people when it is created ({@link TaskNotifications}),
 * without a listener in the BPMN: a new SOP gets it by being deployed. Its listener runs after the
 * other plugins' (the lowest order), when the case has its name and the task its supervisors.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class WorkArrivedPlugin extends AbstractProcessEnginePlugin {

    /* Lazily: the notifications need the engine's services, which need this plugin first. */
    private final ObjectProvider<TaskNotifications> notifications;

    WorkArrivedPlugin(ObjectProvider<TaskNotifications> notifications) {
        this.notifications = notifications;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addAfterCamundas(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
                        task -> notifications.getObject().workArrived(task));
            }
        });
    }
}
