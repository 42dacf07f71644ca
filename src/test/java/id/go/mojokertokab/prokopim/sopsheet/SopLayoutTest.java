package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The layout of generated diagrams: every shape in its lane and the pool, no overlaps, orthogonal
 * edges attached to their ends and around every other shape, labels placed. Writes each
 * generated model to target/sopsheet/ for bpmnlint ({@code npm run lint-generated} in .ci/lint).
 */
class SopLayoutTest {

    static Stream<SopPlan> plans() {
        return Stream.of(SopPlans.inventarisasi(), SopPlans.mediaSosial(), SopPlans.pelayananDokumentasi(), SopPlans.peminjamanPeralatan(),
                SopPlans.siaranPers(), SopPlans.siaranPersTwoChecks());
    }

    @ParameterizedTest
    @MethodSource("plans")
    void generated_diagram_keeps_the_layout_rules(SopPlan plan) throws IOException {
        GeneratedSop sop = SopWriter.write(plan);

        assertThat(DiagramChecks.problems(sop.bpmnXml())).isEmpty();

        Path folder = Files.createDirectories(Path.of("target", "sopsheet"));
        Files.writeString(folder.resolve(sop.bpmnFileName()), sop.bpmnXml());
    }

    @Test
    void checks_find_a_shape_moved_onto_another() {
        String xml = SopWriter.write(SopPlans.inventarisasi()).bpmnXml();
        // move step 2's task onto step 1's column: it leaves its lane's row, overlaps and breaks its edges
        String moved = xml.replaceFirst("(bpmnElement=\"UserTask_Langkah2\">\\s*<dc:Bounds x=\")\\d+(\" y=\")\\d+", "$1250$2120");

        assertThat(DiagramChecks.problems(moved))
                .anyMatch(problem -> problem.startsWith("UserTask_Langkah2") && problem.contains("outside its lane"))
                .anyMatch(problem -> problem.contains("overlaps UserTask_Langkah2") || problem.startsWith("UserTask_Langkah2 ") && problem.contains("overlaps"))
                .anyMatch(problem -> problem.contains("not on the border of UserTask_Langkah2"));
    }

    @Test
    void two_loops_to_one_step_enter_it_at_two_points() {
        String xml = SopWriter.write(SopPlans.siaranPersTwoChecks()).bpmnXml();
        BpmnModelInstance model = DiagramChecks.read(xml);
        List<BpmnEdge> loops = model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(edge -> "Tidak".equals(((SequenceFlow) edge.getBpmnElement()).getName()))
                .toList();

        assertThat(DiagramChecks.problems(xml)).isEmpty();
        assertThat(loops).hasSize(2);
        assertThat(loops).extracting(edge -> ((SequenceFlow) edge.getBpmnElement()).getTarget().getId()).containsOnly(
                ((SequenceFlow) loops.get(0).getBpmnElement()).getTarget().getId());
        Waypoint first = last(loops.get(0));
        Waypoint second = last(loops.get(1));
        assertThat(List.of(first.getX(), first.getY())).isNotEqualTo(List.of(second.getX(), second.getY()));

        // the check finds two loops made to enter at one point
        second.setX(first.getX());
        second.setY(first.getY());
        assertThat(DiagramChecks.problems(Bpmn.convertToString(model))).anyMatch(problem -> problem.contains("like another flow"));
    }

    private static Waypoint last(BpmnEdge edge) {
        List<Waypoint> points = List.copyOf(edge.getWaypoints());
        return points.get(points.size() - 1);
    }
}
