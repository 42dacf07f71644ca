package id.go.mojokertokab.prokopim.history;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * SOP cases worked through the Java API as the office's people would work them in Tasklist: each
 * action as the demo user with their group, so history records who started the case and who did
 * each step.
 */
public final class CaseWork {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;

    public CaseWork(ProcessEngine engine) {
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.identityService = engine.getIdentityService();
    }

    /** Starts a SOP as the user, the way its start form does; returns the case's id. */
    public String start(String processKey, String user, String group, Map<String, Object> startForm) {
        return as(user, group, () -> runtimeService.startProcessInstanceByKey(processKey, startForm).getId());
    }

    /** Claims the case's one open task when nobody has it and completes it as the user. */
    public void complete(String processInstanceId, String user, String group, Map<String, Object> variables) {
        as(user, group, () -> {
            Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), user);
            }
            taskService.complete(task.getId(), variables);
            return null;
        });
    }

    /** Completes the case's one open task as the user without claiming it, as the REST API's submit-form allows a group member. */
    public void completeUnclaimed(String processInstanceId, String user, String group, Map<String, Object> variables) {
        as(user, group, () -> {
            Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
            taskService.complete(task.getId(), variables);
            return null;
        });
    }

    private <T> T as(String user, String group, Supplier<T> work) {
        identityService.setAuthentication(user, List.of(group));
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
