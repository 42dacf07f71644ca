package id.go.mojokertokab.prokopim.history;

import java.time.Instant;

/**
 * A case in the list: its SOP, its name (business key), who started it and when, when and how it
 * ended, how long it took, and how many of its steps broke their time standard. Times come twice:
 * as instants for programs and in WIB for people ({@code ...Text}).
 */
record CaseSummary(String processInstanceId, String sop, String sopName, String caseName, Person startedBy,
        Instant start, String startText, Instant end, String endText, Long durationSeconds, String durationText,
        String state, String endedAs, long breaches) {
}
