package id.go.mojokertokab.prokopim.benchmark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the clients of one run saw inside its measured window: the latency of every request by
 * kind, the task completions, and the refused or failed requests. A request counts only if it
 * began and ended inside the window; warm-up requests and those cut off at its end do not.
 */
final class Measurements {

    /** The calls Tasklist makes to start a case and to do one step of it. */
    enum Kind {
        START_FORM("start-form"), START("start"), LIST("list"), CLAIM("claim"), FORM_VARIABLES("form-variables"),
        DEPLOYED_FORM("deployed-form"), SUBMIT("submit");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    final long windowStart;
    final long windowEnd;
    private final Map<Kind, List<Long>> nanos = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> failures = new EnumMap<>(Kind.class);
    private final Map<String, Integer> failureReasons = new LinkedHashMap<>();
    private int completions;

    Measurements(long windowStart, long windowEnd) {
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        for (Kind kind : Kind.values()) {
            nanos.put(kind, new ArrayList<>());
        }
    }

    /** A request answered as expected; a submit of a step is one task completion. */
    synchronized void answered(Kind kind, long start, long end) {
        if (inWindow(start, end)) {
            nanos.get(kind).add(end - start);
            if (kind == Kind.SUBMIT) {
                completions++;
            }
        }
    }

    /** A request refused or failed; the case it belonged to is abandoned. */
    synchronized void failed(Kind kind, long start, long end, String reason) {
        if (inWindow(start, end)) {
            failures.merge(kind, 1, Integer::sum);
            failureReasons.merge(kind.label + ": " + reason, 1, Integer::sum);
        }
    }

    boolean over() {
        return System.nanoTime() >= windowEnd;
    }

    synchronized int completions() {
        return completions;
    }

    synchronized int requests() {
        return nanos.values().stream().mapToInt(List::size).sum();
    }

    synchronized int failures() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The distinct reasons of failure with their counts, for the report. */
    synchronized Map<String, Integer> failureReasons() {
        return new LinkedHashMap<>(failureReasons);
    }

    /** "p50/p99" in ms of one kind of request, or "-" when none was made in the window. */
    synchronized String percentiles(Kind kind) {
        List<Long> sorted = new ArrayList<>(nanos.get(kind));
        if (sorted.isEmpty()) {
            return "-";
        }
        sorted.sort(null);
        return millis(sorted, 0.50) + "/" + millis(sorted, 0.99);
    }

    double seconds() {
        return (windowEnd - windowStart) / 1e9;
    }

    private boolean inWindow(long start, long end) {
        return start >= windowStart && end <= windowEnd;
    }

    private static String millis(List<Long> sorted, double percentile) {
        int rank = (int) Math.ceil(percentile * sorted.size());
        double ms = sorted.get(Math.max(rank, 1) - 1) / 1e6;
        return ms < 10 ? String.format("%.1f", ms) : String.valueOf(Math.round(ms));
    }
}
