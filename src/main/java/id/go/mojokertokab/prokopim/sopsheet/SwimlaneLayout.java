package id.go.mojokertokab.prokopim.sopsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of a SOP diagram: a pool of horizontal lanes, one column per flow node from left
 * to right (a step's task, a gateway, an event), each node in its lane's row, a task's SLA timer
 * on its bottom border with its end event below. Forward flows join neighbouring columns (a
 * straight line in one lane, else right, down or up in the gap between the columns, and right
 * into the target's left side); a flow back to an earlier column runs below the lowest of the
 * lanes it joins, under every shape there, and enters its target from below, each flow back into
 * the same target at its own point of the target's lower outline (two loops to one step stay
 * apart). Lanes are as high as their tallest column plus one corridor per back flow they carry.
 */
final class SwimlaneLayout {

    enum Kind { EVENT, TASK, GATEWAY }

    /** A task's SLA timer, its end event and the flow between them. */
    record Timer(String boundaryId, String endId, String flowId) {
    }

    /** One column: a node of the given lane; {@code timer} only for a task, else null. */
    record Node(String id, Kind kind, int lane, boolean named, Timer timer) {
    }

    /** A sequence flow; {@code labelled} when it shows its name ("Ya", "Tidak"). */
    record Flow(String id, String source, String target, boolean labelled) {
    }

    /** Where everything goes. Labels only for the elements that show a name. */
    record Diagram(Bounds pool, List<Bounds> lanes, Map<String, Bounds> shapes, Map<String, Bounds> labels,
            Map<String, List<Point>> edges) {
    }

    static final int POOL_X = 160;
    static final int POOL_Y = 80;
    static final int POOL_HEADER = 30;
    static final int TASK_WIDTH = 180;
    static final int TASK_HEIGHT = 110;
    static final int EVENT_SIZE = 36;
    static final int GATEWAY_SIZE = 50;
    /** Between two columns: room for the timers' labels on the left and a vertical flow on the right. */
    static final int GAP = 80;
    /** Before the first and after the last column, for the start and end events' labels. */
    static final int MARGIN = 60;
    /** From a lane's top to the centre line of its nodes (room for a gateway's question above it). */
    static final int CENTER = 80;
    static final int TIMER_INSET = 8;
    static final int TIMER_TO_END = 37;
    static final int LANE_WITH_TASK = 260;
    static final int LANE_WITHOUT_TASK = 140;
    static final int CORRIDOR = 240;
    static final int CORRIDOR_SPACING = 14;
    /** Between the points where flows back into one target enter it: right, then left of its middle. */
    static final int ENTRY_SPACING = 10;

    private SwimlaneLayout() {
    }

    static Diagram place(int laneCount, List<Node> columns, List<Flow> flows) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            column.put(columns.get(i).id(), i);
        }
        Map<String, Node> nodes = new HashMap<>();
        columns.forEach(node -> nodes.put(node.id(), node));
        List<Flow> backFlows = flows.stream()
                .filter(flow -> column.containsKey(flow.source()) && column.get(flow.target()) < column.get(flow.source()))
                .toList();
        int[] corridors = new int[laneCount];
        Map<String, Integer> corridorOf = new HashMap<>();
        Map<String, Integer> corridorLane = new HashMap<>();
        for (Flow back : backFlows) {
            int lane = Math.max(nodes.get(back.source()).lane(), nodes.get(back.target()).lane());
            corridorLane.put(back.id(), lane);
            corridorOf.put(back.id(), corridors[lane]++);
        }
        List<Bounds> lanes = lanes(laneCount, columns, corridors);
        int laneX = POOL_X + POOL_HEADER;

        Map<String, Bounds> shapes = new LinkedHashMap<>();
        Map<String, Bounds> labels = new LinkedHashMap<>();
        int x = laneX + MARGIN;
        for (Node node : columns) {
            int middle = lanes.get(node.lane()).y() + CENTER;
            Bounds shape = switch (node.kind()) {
                case TASK -> new Bounds(x, middle - TASK_HEIGHT / 2, TASK_WIDTH, TASK_HEIGHT);
                case GATEWAY -> new Bounds(x, middle - GATEWAY_SIZE / 2, GATEWAY_SIZE, GATEWAY_SIZE);
                case EVENT -> new Bounds(x, middle - EVENT_SIZE / 2, EVENT_SIZE, EVENT_SIZE);
            };
            shapes.put(node.id(), shape);
            if (node.named() && node.kind() == Kind.EVENT) {
                labels.put(node.id(), new Bounds(shape.centerX() - 45, shape.bottom() + 7, 90, 27));
            } else if (node.named() && node.kind() == Kind.GATEWAY) {
                labels.put(node.id(), new Bounds(shape.centerX() - 50, shape.y() - 45, 100, 40));
            }
            if (node.timer() != null) {
                placeTimer(node.timer(), shape, shapes, labels);
            }
            x = shape.right() + GAP;
        }
        int laneWidth = x - GAP + MARGIN - laneX;
        List<Bounds> sizedLanes = lanes.stream().map(lane -> new Bounds(laneX, lane.y(), laneWidth, lane.height())).toList();
        Bounds last = sizedLanes.get(sizedLanes.size() - 1);
        Bounds pool = new Bounds(POOL_X, POOL_Y, laneWidth + POOL_HEADER, last.bottom() - POOL_Y);

        Map<String, List<Point>> edges = new LinkedHashMap<>();
        Map<String, Integer> entries = new HashMap<>();
        Map<String, Integer> backInto = new HashMap<>();
        backFlows.forEach(back -> backInto.merge(back.target(), 1, Integer::sum));
        for (Node node : columns) {
            if (node.timer() != null) {
                Bounds timer = shapes.get(node.timer().boundaryId());
                Bounds end = shapes.get(node.timer().endId());
                edges.put(node.timer().flowId(), List.of(new Point(timer.centerX(), timer.bottom()), new Point(end.centerX(), end.y())));
            }
        }
        for (Flow flow : flows) {
            Bounds source = shapes.get(flow.source());
            Bounds target = shapes.get(flow.target());
            if (corridorLane.containsKey(flow.id())) {
                int corridorY = sizedLanes.get(corridorLane.get(flow.id())).y() + CORRIDOR + corridorOf.get(flow.id()) * CORRIDOR_SPACING;
                Point entry = entry(nodes.get(flow.target()).kind(), target, entries.merge(flow.target(), 1, Integer::sum) - 1,
                        backInto.get(flow.target()));
                edges.put(flow.id(), List.of(new Point(source.centerX(), source.bottom()), new Point(source.centerX(), corridorY),
                        new Point(entry.x(), corridorY), entry));
                if (flow.labelled()) {
                    labels.put(flow.id(), new Bounds(source.centerX() + 6, source.bottom() + 4, 28, 14));
                }
            } else {
                edges.put(flow.id(), forward(source, target));
                if (flow.labelled()) {
                    labels.put(flow.id(), new Bounds(source.right() + 6, source.centerY() - 20, 18, 14));
                }
            }
        }
        return new Diagram(pool, sizedLanes, shapes, labels, edges);
    }

    private static List<Bounds> lanes(int laneCount, List<Node> columns, int[] corridors) {
        List<Bounds> lanes = new ArrayList<>();
        int y = POOL_Y;
        for (int lane = 0; lane < laneCount; lane++) {
            int current = lane;
            boolean hasTask = columns.stream().anyMatch(node -> node.lane() == current && node.kind() == Kind.TASK);
            int height = (hasTask ? LANE_WITH_TASK : LANE_WITHOUT_TASK) + corridors[lane] * CORRIDOR_SPACING;
            lanes.add(new Bounds(POOL_X + POOL_HEADER, y, 0, height));
            y += height;
        }
        return lanes;
    }

    private static void placeTimer(Timer timer, Bounds task, Map<String, Bounds> shapes, Map<String, Bounds> labels) {
        Bounds boundary = new Bounds(task.x() + TIMER_INSET, task.bottom() - EVENT_SIZE / 2, EVENT_SIZE, EVENT_SIZE);
        Bounds end = new Bounds(boundary.x(), boundary.bottom() + TIMER_TO_END, EVENT_SIZE, EVENT_SIZE);
        shapes.put(timer.boundaryId(), boundary);
        shapes.put(timer.endId(), end);
        labels.put(timer.boundaryId(), new Bounds(boundary.x() + 40, boundary.y() + 26, 110, 14));
        labels.put(timer.endId(), new Bounds(end.right() + 6, end.y() + 4, 74, 27));
    }

    /**
     * Where the {@code index}-th of {@code count} flows back into a target enters it from below:
     * the middle of its lower side, then 10 px right, 10 px left, 20 px right, … (closer together
     * when that would leave the target); on a gateway's diamond the point of its outline at that x.
     */
    static Point entry(Kind kind, Bounds target, int index, int count) {
        int half = Math.min(target.width(), target.height()) / 2;
        int sides = count / 2;
        int spacing = sides == 0 ? 0 : Math.min(ENTRY_SPACING, (half - 1) / sides);
        int offset = (index % 2 == 1 ? 1 : -1) * ((index + 1) / 2) * spacing;
        return new Point(target.centerX() + offset, kind == Kind.GATEWAY ? target.bottom() - Math.abs(offset) : target.bottom());
    }

    /** Neighbouring columns: straight in one lane, else a step in the middle of the gap between them. */
    private static List<Point> forward(Bounds source, Bounds target) {
        Point out = new Point(source.right(), source.centerY());
        Point in = new Point(target.x(), target.centerY());
        if (out.y() == in.y()) {
            return List.of(out, in);
        }
        int middle = source.right() + GAP / 2;
        return List.of(out, new Point(middle, out.y()), new Point(middle, in.y()), in);
    }
}
