package id.go.mojokertokab.prokopim.browser;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/** Cases a browser test sets up through the Java API, and deletes when it ends. */
final class StartedCases {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final List<String> instanceIds = new ArrayList<>();

    StartedCases(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** A case started as its start form starts it; its id. */
    String start(SopStep.Sop sop, Map<String, Object> variables) {
        return track(runtimeService.startProcessInstanceByKey(sop.processKey, variables).getId());
    }

    /** The open task of a new case waiting at {@code step}, as if the steps before it were done. */
    Task before(SopStep step) {
        return taskOf(track(runtimeService.createProcessInstanceByKey(step.sop.processKey).startBeforeActivity(step.taskId)
                .setVariables(SopInputs.before(step)).execute().getId()));
    }

    /** A case started some other way (e.g. in Tasklist), deleted with the others. */
    String track(String instanceId) {
        instanceIds.add(instanceId);
        return instanceId;
    }

    Task taskOf(String instanceId) {
        return taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    }

    /** Waits, on the engine's clock, until each task's due date has passed. */
    void awaitOverdue(Browser browser, Task... tasks) {
        for (Task task : tasks) {
            browser.waitUntil("task " + task.getName() + " past its due date",
                    driver -> taskService.createTaskQuery().taskId(task.getId()).dueBefore(new Date()).count() == 1);
        }
    }

    void deleteAll() {
        instanceIds.forEach(id -> runtimeService.deleteProcessInstance(id, "browser test done"));
    }
}
