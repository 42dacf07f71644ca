package id.go.mojokertokab.prokopim.security;

import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.UserOperationLogQueryImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.identity.PersonName;

/**
 * What a caller of the office's roles may do with a task, checked before the engine acts:
 * <ul>
 * <li>a task the caller may not see is "not found" (404), exactly like one that does not exist,
 * so its existence stays hidden;</li>
 * <li>working a task (claim, complete, comment) needs Camunda's TASK_WORK on it, and a claimed
 * task is completed only by its assignee;</li>
 * <li>everything else a task offers (report a BPMN error or escalation, resolve, delegate, change
 * the owner, write its variables outside the form) needs full rights on the task (UPDATE),
 * which the office's roles do not hold: those are an administrator's repairs, not SOP work.</li>
 * </ul>
 */
final class TaskRules {

    private TaskRules() {
    }

    /** The task, if the caller may see it; otherwise 404 (completed or not, it is not theirs to know). */
    static TaskEntity visibleTask(CommandContext context, Caller caller, String taskId) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null || (caller.restricted() && new TaskQueryImpl().taskId(taskId).executeCount(context) == 0)) {
            throw notFound(taskId);
        }
        return task;
    }

    /**
     * The task to complete, locked for this completion; a task completed a moment ago by someone
     * else is a conflict (409) for whoever could see it, so the loser of a race learns what happened.
     *
     * <p>Two completions of one task at the same moment would otherwise both start: the later one
     * then reads the task and, a moment later, an execution the earlier one has just removed, and
     * fails inside the engine with a server error instead of a conflict. The row lock makes the
     * later one wait until the earlier one has committed, then find the task done.
     */
    static TaskEntity taskToComplete(CommandContext context, Caller caller, String taskId, OfficeTime officeTime) {
        if (taskId == null) {
            throw notFound(null);
        }
        lockTaskRow(context, taskId);
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task != null) {
            return visibleTask(context, caller, taskId);
        }
        HistoricTaskInstanceEntity done = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
        boolean seen = done != null && done.getEndTime() != null
                && (caller.unrestricted() || ((HistoricTaskInstanceQueryImpl) new HistoricTaskInstanceQueryImpl().taskId(taskId)).executeCount(context) > 0);
        if (!seen) {
            throw notFound(taskId);
        }
        String by = done.getAssignee() != null ? done.getAssignee() : completedBy(context, taskId);
        throw new OptimisticLockingException("Tugas '" + done.getName() + "' sudah diselesaikan"
                + (by == null ? "" : " oleh " + nameOf(context, by))
                + " pada " + officeTime.format(done.getEndTime()) + "; tidak ada yang diubah.");
    }

    /** Who completed a task nobody had claimed: Camunda's user operation log keeps it. */
    private static String completedBy(CommandContext context, String taskId) {
        return context.runWithoutAuthorization(() -> {
            UserOperationLogQueryImpl completion = new UserOperationLogQueryImpl();
            completion.taskId(taskId).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
            return completion.executeList(context, null).stream().map(UserOperationLogEntry::getUserId)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        });
    }

    private static void lockTaskRow(CommandContext context, String taskId) {
        String table = context.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RU_TASK";
        try (PreparedStatement lock = context.getDbSqlSession().getSqlSession().getConnection()
                .prepareStatement("SELECT ID_ FROM " + table + " WHERE ID_ = ? FOR UPDATE")) {
            lock.setString(1, taskId);
            lock.executeQuery().close();
        } catch (SQLException e) {
            throw new ProcessEngineException("Tugas '" + taskId + "' tidak dapat dikunci untuk diselesaikan", e);
        }
    }

    static void mayWork(CommandContext context, Caller caller, TaskEntity task) {
        if (caller.unrestricted()) {
            return;
        }
        try {
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
        } catch (AuthorizationException refused) {
            throw OfficeRefusal.of(refused, "Anda ('" + caller.userId() + "') tidak berhak mengerjakan tugas '"
                    + task.getName() + "': tugas ini untuk anggota lajurnya.");
        }
    }

    /** Camunda lets every candidate complete a task, even one a colleague has claimed; the office does not. */
    static void onlyTheAssigneeCompletes(CommandContext context, Caller caller, TaskEntity task) {
        if (caller.restricted() && task.getAssignee() != null && !caller.is(task.getAssignee())) {
            throw new OfficeRefusal(caller.userId(), fullRights(task), "Tugas '" + task.getName() + "' sudah diambil oleh "
                    + nameOf(context, task.getAssignee()) + "; hanya dia yang dapat menyelesaikannya.");
        }
    }

    /** A side door of the task, e.g. "melaporkan kesalahan BPMN (bpmnError)": only with full rights on the task. */
    static void needsFullRights(CommandContext context, Caller caller, TaskEntity task, String action) {
        if (caller.unrestricted()) {
            return;
        }
        PermissionCheckBuilder rights = new PermissionCheckBuilder().disjunctive()
                .atomicCheckForResourceId(TASK, task.getId(), UPDATE);
        if (task.getProcessDefinition() != null) {
            rights.atomicCheckForResourceId(PROCESS_DEFINITION, task.getProcessDefinition().getKey(),
                    ProcessDefinitionPermissions.UPDATE_TASK);
        }
        CompositePermissionCheck update = rights.build();
        try {
            context.getAuthorizationManager().checkAuthorization(update);
        } catch (AuthorizationException refused) {
            throw OfficeRefusal.of(refused, "Tindakan ini (" + action + ") pada tugas '" + task.getName()
                    + "' hanya untuk administrator; langkah SOP dikerjakan lewat formulirnya.");
        }
    }

    static List<MissingAuthorization> fullRights(TaskEntity task) {
        MissingAuthorization onTheTask = new MissingAuthorization(UPDATE.getName(), TASK.resourceName(), task.getId());
        if (task.getProcessDefinition() == null) {
            return List.of(onTheTask);
        }
        return List.of(onTheTask, new MissingAuthorization(ProcessDefinitionPermissions.UPDATE_TASK.getName(),
                PROCESS_DEFINITION.resourceName(), task.getProcessDefinition().getKey()));
    }

    /**
     * The same answer for a task that does not exist and one the caller may not see. Camunda's own
     * words stay in brackets: Tasklist recognises "No matching task" and then says the task is gone.
     */
    static NotFoundException notFound(String taskId) {
        return new NotFoundException("Tugas '" + taskId + "' tidak ditemukan (No matching task with id " + taskId + ").");
    }

    /** "Dewi Lestari (staf1)", or the login when the user has no name. */
    static String nameOf(CommandContext context, String userId) {
        User user = context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().findUserById(userId));
        return user == null ? "'" + userId + "'" : PersonName.of(user);
    }
}
