package id.go.mojokertokab.prokopim.sopsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.go.mojokertokab.prokopim.identity.OfficeRole;
import id.go.mojokertokab.prokopim.sopsheet.SwimlaneLayout.Diagram;
import id.go.mojokertokab.prokopim.sopsheet.SwimlaneLayout.Flow;
import id.go.mojokertokab.prokopim.sopsheet.SwimlaneLayout.Node;

/** The BPMN XML of a {@link SopWriter}'s model and its diagram, written as Camunda Modeler writes it. */
final class BpmnXml {

    private static final String NAMESPACES = "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
            + "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" "
            + "xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\"";

    private final SopWriter model;
    private final Diagram diagram;
    private final SopPlan plan;
    private final String pascal;
    private final Map<String, PlannedStep> stepOfTask = new HashMap<>();
    private final List<String> laneIds;
    private final StringBuilder xml = new StringBuilder();

    BpmnXml(SopWriter model, Diagram diagram) {
        this.model = model;
        this.diagram = diagram;
        this.plan = model.plan();
        this.pascal = Character.toUpperCase(plan.processKey().charAt(0)) + plan.processKey().substring(1);
        plan.steps().forEach(step -> stepOfTask.put(SopWriter.taskId(step), step));
        this.laneIds = laneIds(plan.roles());
    }

    @Override
    public String toString() {
        if (xml.isEmpty()) {
            write();
        }
        return xml.toString();
    }

    private void write() {
        line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        line(0, "<bpmn:definitions " + NAMESPACES + " id=\"Definitions_" + pascal
                + "\" targetNamespace=\"http://mojokertokab.go.id/prokopim/sop\" exporter=\"Camunda Modeler\" exporterVersion=\"5.41.0\""
                + " modeler:executionPlatform=\"Camunda Platform\" modeler:executionPlatformVersion=\"7.24.0\">");
        line(1, "<bpmn:collaboration id=\"Collaboration_" + pascal + "\">");
        line(2, "<bpmn:participant id=\"Participant_" + pascal + "\" name=\"" + attr(SopNames.title(plan.sheet().unit()))
                + "\" processRef=\"" + attr(plan.processKey()) + "\" />");
        line(1, "</bpmn:collaboration>");
        process();
        diagram();
        line(0, "</bpmn:definitions>");
    }

    private void process() {
        SheetHeader header = plan.sheet().header();
        String versionTag = header.nomor().trim().replaceAll("^/+", "");
        line(1, "<bpmn:process id=\"" + attr(plan.processKey()) + "\" name=\"" + attr(SopNames.processName(header.nama()))
                + "\" isExecutable=\"true\"" + (versionTag.isEmpty() ? "" : " camunda:versionTag=\"" + attr(versionTag) + "\"")
                + " camunda:historyTimeToLive=\"P730D\" camunda:candidateStarterGroups=\""
                + attr(plan.steps().get(0).role().groupId()) + "\">");
        line(2, "<bpmn:documentation>" + text(documentation(header)) + "</bpmn:documentation>");
        line(2, "<bpmn:extensionElements>");
        line(3, "<camunda:properties>");
        line(4, "<camunda:property name=\"namaKasus\" value=\"${" + StepForms.CASE_NAME_KEY + "}\" />");
        line(3, "</camunda:properties>");
        line(2, "</bpmn:extensionElements>");
        lanes();
        for (Node node : model.columns()) {
            node(node);
        }
        for (Flow flow : model.flows()) {
            String condition = model.conditions().get(flow.id());
            String opening = "<bpmn:sequenceFlow id=\"" + flow.id() + "\"" + name(model.flowNames().get(flow.id()))
                    + " sourceRef=\"" + flow.source() + "\" targetRef=\"" + flow.target() + "\"";
            if (condition == null) {
                line(2, opening + " />");
            } else {
                line(2, opening + ">");
                line(3, "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">" + text(condition) + "</bpmn:conditionExpression>");
                line(2, "</bpmn:sequenceFlow>");
            }
        }
        for (Node node : model.columns()) {
            if (node.timer() != null) {
                line(2, "<bpmn:sequenceFlow id=\"" + node.timer().flowId() + "\" sourceRef=\"" + node.timer().boundaryId()
                        + "\" targetRef=\"" + node.timer().endId() + "\" />");
            }
        }
        line(1, "</bpmn:process>");
    }

    /** The header in the hand-made models' shape: one "Field: value" per line, lists numbered. */
    private static String documentation(SheetHeader header) {
        StringBuilder text = new StringBuilder();
        field(text, "Nomor SOP", header.nomor());
        field(text, "Tgl pembuatan", header.tanggalPembuatan());
        field(text, "Tgl revisi", header.tanggalRevisi());
        field(text, "Tgl efektif", header.tanggalEfektif());
        field(text, "Disahkan oleh", header.disahkanOleh());
        list(text, "Dasar hukum", header.dasarHukum());
        list(text, "Kualifikasi pelaksana", header.kualifikasiPelaksana());
        list(text, "Keterkaitan", header.keterkaitan());
        list(text, "Peralatan/perlengkapan", header.peralatan());
        field(text, "Peringatan", header.peringatan());
        field(text, "Pencatatan dan pendataan", header.pencatatan());
        return text.toString().strip();
    }

    private static void field(StringBuilder text, String name, String value) {
        if (!value.isBlank()) {
            text.append(name).append(": ").append(StepForms.oneLine(value)).append('\n');
        }
    }

    private static void list(StringBuilder text, String name, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        text.append(name).append(":\n");
        for (int i = 0; i < items.size(); i++) {
            text.append(i + 1).append(". ").append(StepForms.oneLine(items.get(i))).append('\n');
        }
    }

    private void lanes() {
        line(2, "<bpmn:laneSet id=\"LaneSet_" + pascal + "\">");
        for (int lane = 0; lane < plan.roles().size(); lane++) {
            Role role = plan.roles().get(lane);
            line(3, "<bpmn:lane id=\"" + laneId(lane) + "\" name=\"" + attr(role.laneName()) + "\">");
            List<String> supervisors = supervisorsOf(role);
            if (!supervisors.isEmpty()) {
                line(4, "<bpmn:extensionElements>");
                line(5, "<camunda:properties>");
                line(6, "<camunda:property name=\"atasan\" value=\"" + attr(String.join(", ", supervisors)) + "\" />");
                line(5, "</camunda:properties>");
                line(4, "</bpmn:extensionElements>");
            }
            for (Node node : model.columns()) {
                if (node.lane() == lane) {
                    line(4, "<bpmn:flowNodeRef>" + node.id() + "</bpmn:flowNodeRef>");
                    if (node.timer() != null) {
                        line(4, "<bpmn:flowNodeRef>" + node.timer().boundaryId() + "</bpmn:flowNodeRef>");
                        line(4, "<bpmn:flowNodeRef>" + node.timer().endId() + "</bpmn:flowNodeRef>");
                    }
                }
            }
            line(3, "</bpmn:lane>");
        }
        line(2, "</bpmn:laneSet>");
    }

    /**
     * A lane's supervisors (atasan), nearest first: for one of the office's roles the roles above it
     * by rank, whether or not they have a lane here; a new role has none, since its place in the
     * office is not known (sheets order their columns by the flow, not by rank, and atasan gives
     * read access and escalations). The import page lists new roles for the administrator.
     */
    static List<String> supervisorsOf(Role role) {
        List<String> supervisors = new ArrayList<>();
        for (OfficeRole office : OfficeRole.values()) {
            if (office.groupId().equals(role.groupId())) {
                return supervisors;
            }
            supervisors.add(0, office.groupId());
        }
        return List.of();
    }

    private String laneId(int lane) {
        return laneIds.get(lane);
    }

    /**
     * "Lane_" + the group in PascalCase, numbered from the second lane that would share it: groups
     * such as "staf2" and "staf-2" (pelaksana "Staf2" and "Staf 2") read the same in PascalCase.
     */
    static List<String> laneIds(List<Role> roles) {
        Set<String> taken = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (Role role : roles) {
            String plain = "Lane_" + SopNames.pascal(role.groupId());
            String id = plain;
            for (int n = 2; !taken.add(id); n++) {
                id = plain + "_" + n;
            }
            ids.add(id);
        }
        return ids;
    }

    private void node(Node node) {
        String incoming = links(node.id(), true);
        String outgoing = links(node.id(), false);
        switch (node.kind()) {
            case EVENT -> {
                boolean start = node.id().equals(SopWriter.START_ID);
                if (start) {
                    line(2, "<bpmn:startEvent id=\"" + node.id() + "\" name=\"Mulai\" camunda:formRef=\""
                            + model.forms().startFormId() + "\" camunda:formRefBinding=\"deployment\">");
                    xml.append(outgoing);
                    line(2, "</bpmn:startEvent>");
                } else {
                    line(2, "<bpmn:endEvent id=\"" + node.id() + "\" name=\"Selesai\">");
                    xml.append(incoming);
                    line(2, "</bpmn:endEvent>");
                }
            }
            case GATEWAY -> {
                PlannedStep decided = plan.steps().stream()
                        .filter(step -> step.decision() != null && SopWriter.decisionId(step).equals(node.id())).findFirst().orElse(null);
                String defaultFlow = model.defaults().get(node.id());
                String name = decided != null ? StepForms.oneLine(decided.decision().question())
                        : "Langkah " + SopNames.number(stepOfMerge(node.id()).step().number()) + " baru atau diulang";
                line(2, "<bpmn:exclusiveGateway id=\"" + node.id() + "\"" + name(name)
                        + (defaultFlow == null ? "" : " default=\"" + defaultFlow + "\"") + ">");
                xml.append(incoming).append(outgoing);
                line(2, "</bpmn:exclusiveGateway>");
            }
            case TASK -> task(node, stepOfTask.get(node.id()), incoming, outgoing);
        }
    }

    private PlannedStep stepOfMerge(String gatewayId) {
        return plan.steps().stream().filter(step -> SopWriter.mergeId(step).equals(gatewayId)).findFirst().orElseThrow();
    }

    private void task(Node node, PlannedStep step, String incoming, String outgoing) {
        SheetStep row = step.step();
        line(2, "<bpmn:userTask id=\"" + node.id() + "\" name=\""
                + attr(SopNames.number(row.number()) + ". " + StepForms.oneLine(row.kegiatan())) + "\" camunda:formRef=\""
                + model.forms().formId(step) + "\" camunda:formRefBinding=\"deployment\" camunda:candidateGroups=\""
                + attr(step.role().groupId()) + "\">");
        StringBuilder documentation = new StringBuilder()
                .append("Kegiatan: ").append(StepForms.oneLine(row.kegiatan()))
                .append("\nKelengkapan: ").append(StepForms.oneLine(row.kelengkapan()))
                .append("\nWaktu: ").append(StepForms.oneLine(step.standard().text()))
                .append("\nOutput: ").append(StepForms.oneLine(row.output()));
        if (!row.keterangan().isBlank()) {
            documentation.append("\nKeterangan: ").append(StepForms.oneLine(row.keterangan()));
        }
        line(3, "<bpmn:documentation>" + text(documentation.toString()) + "</bpmn:documentation>");
        xml.append(incoming).append(outgoing);
        line(2, "</bpmn:userTask>");
        String timer = node.timer().boundaryId();
        line(2, "<bpmn:boundaryEvent id=\"" + timer + "\" name=\"" + attr("Standar waktu " + StepForms.oneLine(step.standard().text()))
                + "\" cancelActivity=\"false\" attachedToRef=\"" + node.id() + "\">");
        line(3, "<bpmn:extensionElements>");
        line(4, "<camunda:executionListener delegateExpression=\"${slaBreachListener}\" event=\"start\" />");
        line(3, "</bpmn:extensionElements>");
        line(3, "<bpmn:outgoing>" + node.timer().flowId() + "</bpmn:outgoing>");
        line(3, "<bpmn:timerEventDefinition id=\"TimerEventDefinition_" + timer.substring(timer.indexOf('_') + 1) + "\">");
        StandardTime standard = step.standard();
        if (standard.duration() != null) {
            line(4, "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">" + SopWriter.isoDuration(standard.duration())
                    + "</bpmn:timeDuration>");
        } else {
            line(4, "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${hariKerja.setelah(" + standard.workingDays()
                    + ")}</bpmn:timeDate>");
        }
        line(3, "</bpmn:timerEventDefinition>");
        line(2, "</bpmn:boundaryEvent>");
        line(2, "<bpmn:endEvent id=\"" + node.timer().endId() + "\" name=\"Melewati standar waktu\">");
        line(3, "<bpmn:incoming>" + node.timer().flowId() + "</bpmn:incoming>");
        line(2, "</bpmn:endEvent>");
    }

    private String links(String nodeId, boolean incoming) {
        StringBuilder links = new StringBuilder();
        for (Flow flow : model.flows()) {
            if ((incoming ? flow.target() : flow.source()).equals(nodeId)) {
                String tag = incoming ? "incoming" : "outgoing";
                links.append("      <bpmn:").append(tag).append('>').append(flow.id()).append("</bpmn:").append(tag).append(">\n");
            }
        }
        return links.toString();
    }

    private void diagram() {
        line(1, "<bpmndi:BPMNDiagram id=\"BPMNDiagram_1\">");
        line(2, "<bpmndi:BPMNPlane id=\"BPMNPlane_1\" bpmnElement=\"Collaboration_" + pascal + "\">");
        shape("Participant_" + pascal, diagram.pool(), true);
        for (int lane = 0; lane < diagram.lanes().size(); lane++) {
            shape(laneId(lane), diagram.lanes().get(lane), true);
        }
        diagram.shapes().forEach((id, bounds) -> shape(id, bounds, false));
        diagram.edges().forEach((id, points) -> {
            line(3, "<bpmndi:BPMNEdge id=\"" + id + "_di\" bpmnElement=\"" + id + "\">");
            for (Point point : points) {
                line(4, "<di:waypoint x=\"" + point.x() + "\" y=\"" + point.y() + "\" />");
            }
            label(diagram.labels().get(id));
            line(3, "</bpmndi:BPMNEdge>");
        });
        line(2, "</bpmndi:BPMNPlane>");
        line(1, "</bpmndi:BPMNDiagram>");
    }

    private void shape(String id, Bounds bounds, boolean horizontal) {
        Bounds label = diagram.labels().get(id);
        line(3, "<bpmndi:BPMNShape id=\"" + id + "_di\" bpmnElement=\"" + id + "\"" + (horizontal ? " isHorizontal=\"true\"" : "")
                + ">");
        line(4, bounds(bounds));
        label(label);
        line(3, "</bpmndi:BPMNShape>");
    }

    private void label(Bounds label) {
        if (label != null) {
            line(4, "<bpmndi:BPMNLabel>");
            line(5, bounds(label));
            line(4, "</bpmndi:BPMNLabel>");
        }
    }

    private static String bounds(Bounds bounds) {
        return "<dc:Bounds x=\"" + bounds.x() + "\" y=\"" + bounds.y() + "\" width=\"" + bounds.width() + "\" height=\""
                + bounds.height() + "\" />";
    }

    private static String name(String name) {
        return name == null ? "" : " name=\"" + attr(name) + "\"";
    }

    private void line(int depth, String content) {
        xml.append("  ".repeat(depth)).append(content).append('\n');
    }

    /** Escaped, without the control characters XML 1.0 cannot hold (a pasted sheet may carry them). */
    private static String text(String value) {
        return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "")
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(String value) {
        return text(value).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }
}
