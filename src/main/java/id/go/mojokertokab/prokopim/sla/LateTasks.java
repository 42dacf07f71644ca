package id.go.mojokertokab.prokopim.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * How late the open tasks a person sees in Tasklist are, worded by the server so Tasklist's cards
 * and notices say it as Cockpit and the reports do ({@link SlaBreach#lateness}). The task query
 * runs as the caller: a task the caller may not read is not answered, as if it did not exist.
 */
@Component
class LateTasks {

    private final TaskService taskService;
    private final OfficeTime officeTime;

    LateTasks(TaskService taskService, OfficeTime officeTime) {
        this.taskService = taskService;
        this.officeTime = officeTime;
    }

    /** Those of the given open tasks that are past their due date now. */
    List<LateTask> of(List<String> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        Date now = ClockUtil.getCurrentTime();
        return taskService.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).dueBefore(now)
                .orderByDueDate().asc().list().stream()
                .map(task -> {
                    Duration late = Duration.between(task.getDueDate().toInstant(), now.toInstant());
                    return new LateTask(task.getId(), task.getDueDate().toInstant(), officeTime.format(task.getDueDate()),
                            late.toSeconds(), SlaBreach.lateness(late));
                })
                .toList();
    }

    /** {@code dueText} "01-12-2026 09:30 WIB", {@code lateness} "1 jam 4 menit". */
    record LateTask(String taskId, Instant due, String dueText, long latenessSeconds, String lateness) {
    }
}
