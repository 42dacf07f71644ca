package id.go.mojokertokab.prokopim.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Only the assignee completes a claimed task. Camunda lets every member of a task's candidate
 * group complete it, even after a colleague has claimed it; in this office a claimed or assigned
 * task is that person's work. Administrators, and the engine itself (no authenticated user), are
 * not restricted.
 */
@Component
public class ClaimedTaskGuard extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener onlyTheAssignee = task -> refuseOthersThanTheAssignee(task, configuration);
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, onlyTheAssignee);
            }
        });
    }

    private static void refuseOthersThanTheAssignee(DelegateTask task, ProcessEngineConfigurationImpl configuration) {
        Authentication current = configuration.getIdentityService().getCurrentAuthentication();
        if (current == null || task.getAssignee() == null || task.getAssignee().equals(current.getUserId())) {
            return;
        }
        List<String> groups = current.getGroupIds() == null ? List.of() : current.getGroupIds();
        if (groups.stream().anyMatch(configuration.getAdminGroups()::contains)) {
            return;
        }
        throw new AuthorizationException("Tugas '" + task.getName() + "' sudah diambil oleh '" + task.getAssignee()
                + "'; hanya dia yang dapat menyelesaikannya (pengguna: '" + current.getUserId() + "').");
    }
}
