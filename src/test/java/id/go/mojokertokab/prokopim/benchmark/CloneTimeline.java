package id.go.mojokertokab.prokopim.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * When things happened in one copy of a template case. The template ran in seconds; the copy starts
 * at {@code cloneStart} and each step's task stays open for a duration of its own: under the
 * step's standard, or over it when the template's step was late, in which case the breach falls
 * exactly on the standard (task start + standard), as the SLA timer fires it. Every timestamp of
 * the template maps onto the copy piecewise linearly between these anchors (task start, breach,
 * task end), except that times close to an anchor keep their distance to it; what happens between
 * two steps keeps the template's own few milliseconds. Due dates
 * (after the template's end) follow their task; removal times follow the case's end.
 */
final class CloneTimeline {

    /** One task of the template: its start, end, due date, and when its breach was raised (null: on time). */
    record TemplateTask(long start, long end, long due, Long breach) {

        long standard() {
            return due - start;
        }
    }

    /** The template case's shape: its start and end, its tasks in the order they ran. */
    record TemplateShape(long start, long end, List<TemplateTask> tasks) {
    }

    private static final long DUE_TOLERANCE = 5_000;
    /**
     * What one transaction writes carries times a few milliseconds apart (a task's end, its
     * incident's end, the next task's start): within this much of an anchor, times only move with it.
     */
    private static final long RIGID = 200;

    private final TemplateShape shape;
    private final long[] templateAnchors;
    private final long[] cloneAnchors;
    private final long[] cloneTaskStarts;
    private final long cloneStart;
    private final long cloneEnd;

    CloneTimeline(TemplateShape shape, long cloneStart, Random random) {
        this.shape = shape;
        this.cloneStart = cloneStart;
        List<long[]> anchors = new ArrayList<>();
        anchors.add(new long[] {shape.start(), cloneStart});
        cloneTaskStarts = new long[shape.tasks().size()];
        long previousTemplate = shape.start();
        long previousClone = cloneStart;
        for (int i = 0; i < shape.tasks().size(); i++) {
            TemplateTask task = shape.tasks().get(i);
            long start = previousClone + Math.max(0, task.start() - previousTemplate);
            cloneTaskStarts[i] = start;
            anchors.add(new long[] {task.start(), start});
            long standard = task.standard();
            long open;
            if (task.breach() != null) {
                anchors.add(new long[] {task.breach(), start + standard});
                open = Math.round(standard * (1.02 + random.nextDouble() * random.nextDouble() * 2.0)) + 60_000;
            } else {
                open = Math.round(standard * (0.15 + 0.8 * random.nextDouble()));
            }
            anchors.add(new long[] {task.end(), start + open});
            previousTemplate = task.end();
            previousClone = start + open;
        }
        cloneEnd = previousClone + Math.max(0, shape.end() - previousTemplate);
        anchors.add(new long[] {shape.end(), cloneEnd});
        List<long[]> rigid = new ArrayList<>();
        for (int k = 0; k < anchors.size(); k++) {
            long[] anchor = anchors.get(k);
            long[] next = k + 1 < anchors.size() ? anchors.get(k + 1) : null;
            rigid.add(anchor);
            if (next != null && next[1] - anchor[1] != next[0] - anchor[0]) {
                long window = Math.min(RIGID, (next[0] - anchor[0]) / 3);
                rigid.add(new long[] {anchor[0] + window, anchor[1] + window});
                rigid.add(new long[] {next[0] - window, next[1] - window});
            }
        }
        templateAnchors = rigid.stream().mapToLong(anchor -> anchor[0]).toArray();
        cloneAnchors = rigid.stream().mapToLong(anchor -> anchor[1]).toArray();
    }

    long cloneEnd() {
        return cloneEnd;
    }

    /** The copy's value of a timestamp column (upper-case name) of the template. */
    long map(String column, long value) {
        if (column.equals("REMOVAL_TIME_")) {
            return value - shape.end() + cloneEnd;
        }
        if (value > shape.end() + 60_000) {
            int closest = -1;
            for (int i = 0; i < shape.tasks().size(); i++) {
                long distance = Math.abs(value - shape.tasks().get(i).due());
                if (distance <= DUE_TOLERANCE && (closest < 0 || distance < Math.abs(value - shape.tasks().get(closest).due()))) {
                    closest = i;
                }
            }
            if (closest >= 0) {
                TemplateTask task = shape.tasks().get(closest);
                return cloneTaskStarts[closest] + task.standard() + (value - task.due());
            }
            return value - shape.start() + cloneStart;
        }
        if (value < templateAnchors[0]) {
            return value - shape.start() + cloneStart;
        }
        if (value >= templateAnchors[templateAnchors.length - 1]) {
            return value - shape.end() + cloneEnd;
        }
        for (int k = 0; k < templateAnchors.length - 1; k++) {
            if (value <= templateAnchors[k + 1]) {
                long span = templateAnchors[k + 1] - templateAnchors[k];
                if (span == 0 || value == templateAnchors[k]) {
                    return cloneAnchors[k];
                }
                return cloneAnchors[k] + Math.round((double) (value - templateAnchors[k]) * (cloneAnchors[k + 1] - cloneAnchors[k]) / span);
            }
        }
        return value - shape.end() + cloneEnd;
    }
}
