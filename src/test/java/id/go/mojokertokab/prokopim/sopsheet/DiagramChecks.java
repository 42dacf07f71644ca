package id.go.mojokertokab.prokopim.sopsheet;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * The layout rules a generated diagram must keep, read back from its XML (through Camunda's model
 * API, which also validates it against the BPMN schema): each rule broken is one line of the result.
 */
final class DiagramChecks {

    private final BpmnModelInstance model;
    private final Map<String, id.go.mojokertokab.prokopim.sopsheet.Bounds> shapes = new LinkedHashMap<>();
    private final Map<String, id.go.mojokertokab.prokopim.sopsheet.Bounds> labels = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private DiagramChecks(String xml) {
        model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            shapes.put(shape.getBpmnElement().getId(), bounds(shape.getBounds()));
            if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
                labels.put(shape.getBpmnElement().getId(), bounds(shape.getBpmnLabel().getBounds()));
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
                labels.put(edge.getBpmnElement().getId(), bounds(edge.getBpmnLabel().getBounds()));
            }
        }
    }

    static BpmnModelInstance read(String xml) {
        return new DiagramChecks(xml).model;
    }

    static List<String> problems(String xml) {
        DiagramChecks checks = new DiagramChecks(xml);
        checks.everyElementDrawn();
        checks.shapesInTheirLanes();
        checks.noOverlaps();
        checks.edges();
        checks.labels();
        return checks.problems;
    }

    private void everyElementDrawn() {
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!shapes.containsKey(node.getId())) {
                problems.add(node.getId() + " has no shape");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (model.getModelElementsByType(BpmnEdge.class).stream().noneMatch(edge -> edge.getBpmnElement() == flow)) {
                problems.add(flow.getId() + " has no edge");
            }
        }
    }

    private void shapesInTheirLanes() {
        Participant participant = model.getModelElementsByType(Participant.class).iterator().next();
        var pool = shapes.get(participant.getId());
        List<Lane> lanes = new ArrayList<>(model.getModelElementsByType(Lane.class));
        int y = pool.y();
        for (Lane lane : lanes) {
            var laneBounds = shapes.get(lane.getId());
            if (laneBounds.y() != y || laneBounds.x() != pool.x() + 30 || laneBounds.right() != pool.right()) {
                problems.add(lane.getId() + " is not the next band of the pool after its 30 px header: " + laneBounds);
            }
            y = laneBounds.bottom();
            for (FlowNode node : lane.getFlowNodeRefs()) {
                if (!laneBounds.contains(shapes.get(node.getId()))) {
                    problems.add(node.getId() + " " + shapes.get(node.getId()) + " is outside its lane " + lane.getName() + " " + laneBounds);
                }
            }
        }
        if (y != pool.bottom()) {
            problems.add("the lanes end at " + y + ", the pool at " + pool.bottom());
        }
        labels.forEach((id, label) -> {
            if (!pool.contains(label)) {
                problems.add("label of " + id + " " + label + " is outside the pool " + pool);
            }
        });
    }

    private List<String> flowNodeIds() {
        return model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList();
    }

    private void noOverlaps() {
        List<String> ids = flowNodeIds();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                if (attached(a, b) || attached(b, a)) {
                    continue;
                }
                if (shapes.get(a).overlaps(shapes.get(b))) {
                    problems.add(a + " " + shapes.get(a) + " overlaps " + b + " " + shapes.get(b));
                }
            }
        }
        labels.forEach((owner, label) -> {
            for (String id : ids) {
                if (!id.equals(owner) && label.overlaps(shapes.get(id))) {
                    problems.add("label of " + owner + " " + label + " covers " + id + " " + shapes.get(id));
                }
            }
            labels.forEach((other, otherLabel) -> {
                if (owner.compareTo(other) < 0 && label.overlaps(otherLabel)) {
                    problems.add("label of " + owner + " overlaps the label of " + other);
                }
            });
        });
    }

    private boolean attached(String boundary, String task) {
        return model.getModelElementById(boundary) instanceof BoundaryEvent event && event.getAttachedTo().getId().equals(task);
    }

    private void edges() {
        Set<String> arrivals = new HashSet<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
            List<Point> points = edge.getWaypoints().stream().map(DiagramChecks::point).toList();
            if (points.size() < 2) {
                problems.add(flow.getId() + " has fewer than two waypoints");
                continue;
            }
            var source = shapes.get(flow.getSource().getId());
            var target = shapes.get(flow.getTarget().getId());
            if (!source.hasOnBorder(points.get(0))) {
                problems.add(flow.getId() + " starts at " + points.get(0) + ", not on the border of " + flow.getSource().getId() + " " + source);
            }
            Point end = points.get(points.size() - 1);
            String arrival = flow.getTarget().getId() + " " + end;
            if (!arrivals.add(arrival)) {
                problems.add(flow.getId() + " enters " + flow.getTarget().getId() + " at " + end + " like another flow");
            }
            if (!target.hasOnBorder(end) && !(flow.getTarget() instanceof Gateway && onDiamond(end, target))) {
                problems.add(flow.getId() + " ends at " + points.get(points.size() - 1) + ", not on the border of "
                        + flow.getTarget().getId() + " " + target);
            }
            for (int i = 1; i < points.size(); i++) {
                Point from = points.get(i - 1);
                Point to = points.get(i);
                if (from.x() != to.x() && from.y() != to.y()) {
                    problems.add(flow.getId() + " has a slanted segment " + from + "–" + to);
                }
                for (String id : flowNodeIds()) {
                    if (!id.equals(flow.getSource().getId()) && !id.equals(flow.getTarget().getId())
                            && crossesInside(from, to, shapes.get(id))) {
                        problems.add(flow.getId() + " runs through " + id);
                    }
                }
            }
        }
    }

    /** A point of the outline of the diamond a gateway draws inside its bounds. */
    private static boolean onDiamond(Point point, id.go.mojokertokab.prokopim.sopsheet.Bounds bounds) {
        int halfWidth = bounds.width() / 2;
        int halfHeight = bounds.height() / 2;
        return Math.abs(point.x() - bounds.centerX()) * halfHeight + Math.abs(point.y() - bounds.centerY()) * halfWidth
                == halfWidth * halfHeight;
    }

    /** A horizontal or vertical segment through the inside of a shape (touching its outline is allowed). */
    private static boolean crossesInside(Point from, Point to, id.go.mojokertokab.prokopim.sopsheet.Bounds shape) {
        int left = Math.min(from.x(), to.x());
        int right = Math.max(from.x(), to.x());
        int top = Math.min(from.y(), to.y());
        int bottom = Math.max(from.y(), to.y());
        return left < shape.right() && right > shape.x() && top < shape.bottom() && bottom > shape.y()
                && (from.y() == to.y() ? from.y() > shape.y() && from.y() < shape.bottom()
                        : from.x() > shape.x() && from.x() < shape.right());
    }

    private void labels() {
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            boolean shows = node instanceof Event || (node instanceof Gateway && node.getName() != null);
            if (shows && !labels.containsKey(node.getId())) {
                problems.add(node.getId() + " (" + node.getName() + ") has no label bounds");
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
            if (flow.getName() != null && !labels.containsKey(flow.getId())) {
                problems.add(flow.getId() + " (" + flow.getName() + ") has no label bounds");
            }
        }
    }

    private static id.go.mojokertokab.prokopim.sopsheet.Bounds bounds(Bounds bounds) {
        return new id.go.mojokertokab.prokopim.sopsheet.Bounds((int) Math.round(bounds.getX()), (int) Math.round(bounds.getY()),
                (int) Math.round(bounds.getWidth()), (int) Math.round(bounds.getHeight()));
    }

    private static Point point(Waypoint waypoint) {
        return new Point((int) Math.round(waypoint.getX()), (int) Math.round(waypoint.getY()));
    }
}
