package id.go.mojokertokab.prokopim.history;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A case as the office's record: the request it started with (its start form), every step in the
 * order it was done (a step done again after a revision appears again, with its {@code round};
 * {@code revisions} counts how many times the work went back), the time standard breaches, and, for an inventory, its laporan.
 */
record CaseRecord(CaseSummary summary, List<RecordedValue> request, List<StepRecord> steps, int revisions,
        List<Breach> breaches, @JsonInclude(JsonInclude.Include.NON_NULL) Laporan laporan) {

    /**
     * One task of the case: the SOP step (number, words, lane) and the n-th time it was done, who
     * did it, when it was created and completed, how long it took against the step's standard
     * (the timer in the BPMN), whether it breached, and what it recorded.
     */
    record StepRecord(String taskId, String activityId, String step, String activity, String role, int round,
            String state, Person doneBy, Instant created, String createdText, Instant completed, String completedText,
            Long durationSeconds, String durationText, String standard, Long standardSeconds, String standardText,
            boolean breached, Long overSeconds, String overText, List<RecordedValue> recorded) {
    }

    /** A slaBreach incident of the case: the late step, when the standard passed, when the task was done. */
    record Breach(String taskId, String step, String activity, Instant created, String createdText, Instant resolved,
            String resolvedText, String message) {
    }

    /** The inventory's printable laporan (PDF) and its rows (CSV). */
    record Laporan(String pdf, String csv) {
    }
}
