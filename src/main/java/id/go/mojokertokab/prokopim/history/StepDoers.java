package id.go.mojokertokab.prokopim.history;

import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * Who did a step: the finished task's assignee, or, when it was completed without being claimed
 * (Tasklist's or the REST API's complete / submit-form on a group task), the user of the user
 * operation log's COMPLETE entry for it. The one rule for Riwayat SOP and the Rekap publikasi
 * (Riwayat SOP's search by person asks the database the same, in FinishedCases).
 *
 * <p>The log is read as the current command context allows, and its query asks for rights a
 * reader of a case's history need not have: call these without authorization checks
 * ({@code runWithoutAuthorization}), and only after the caller's right to read the case was checked
 * (or where no caller reads anything, as in an engine listener).
 */
public final class StepDoers {

    private StepDoers() {
    }

    /** @return the login of who did the task, or null when nobody is known (a task not completed by a person) */
    public static String doneBy(HistoryService history, HistoricTaskInstance task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        if (task.getEndTime() == null) {
            return null;
        }
        return history.createUserOperationLogQuery().taskId(task.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
