package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
                SopPlans.siaranPers());
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
}
