package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/**
 * The office's two SOP tables, generated, against the hand-made models in bpmn/: the same steps
 * with the same names in order, lanes, candidate groups, supervisors and standards.
 *
 * What the hand-made models add, and the generated ones therefore lack: the media SOP's
 * verification step "5a. Memverifikasi konten sebelum tayang" (implied by step 5, not a row of the
 * sheet) with its gateway "Konten disetujui?" and the revision loop back to step 4; task listeners
 * (staff options, the equipment checklist, the inventory recorder), the assignee
 * {@code ${stafPelaksana}} on staff steps, and forms with the office's own fields; named start and
 * end events. The media SOP's name is written "YouTube" in the hand-made model and "You Tube" in the
 * sheet; the sheets' "Disahkan oleh" names the official with her NIP, the hand-made models only the
 * position.
 */
class HandMadeComparisonTest {

    @Test
    void inventarisasi_matches_the_hand_made_model() {
        compare(SopPlans.inventarisasi(), "bpmn/inventarisasi-peralatan-dokumentasi.bpmn", List.of());
        assertThat(process(generated(SopPlans.inventarisasi())).getName())
                .isEqualTo(process(handMade("bpmn/inventarisasi-peralatan-dokumentasi.bpmn")).getName());
    }

    @Test
    void media_sosial_matches_the_hand_made_model_but_its_verification_step() {
        compare(SopPlans.mediaSosial(), "bpmn/penyampaian-informasi-media-sosial.bpmn",
                List.of("5a. Memverifikasi konten sebelum tayang"));
        assertThat(process(generated(SopPlans.mediaSosial())).getName())
                .isEqualTo("SOP Penyampaian Informasi Melalui Media Sosial (IG, You Tube dan FB)");
    }

    private static void compare(SopPlan plan, String handMadeFile, List<String> addedByHand) {
        BpmnModelInstance generated = generated(plan);
        BpmnModelInstance handMade = handMade(handMadeFile);

        List<UserTask> generatedSteps = steps(generated, List.of());
        List<UserTask> handMadeSteps = steps(handMade, addedByHand);
        assertThat(generatedSteps).extracting(UserTask::getName).containsExactlyElementsOf(
                handMadeSteps.stream().map(UserTask::getName).toList());
        assertThat(generatedSteps).extracting(UserTask::getCamundaCandidateGroups)
                .containsExactlyElementsOf(handMadeSteps.stream().map(UserTask::getCamundaCandidateGroups).toList());
        assertThat(generatedSteps).extracting(task -> laneOf(generated, task))
                .containsExactlyElementsOf(handMadeSteps.stream().map(task -> laneOf(handMade, task)).toList());
        assertThat(generatedSteps).extracting(task -> standardOf(generated, task))
                .containsExactlyElementsOf(handMadeSteps.stream().map(task -> standardOf(handMade, task)).toList());
        assertThat(generatedSteps).extracting(task -> timerName(generated, task))
                .containsExactlyElementsOf(handMadeSteps.stream().map(task -> timerName(handMade, task)).toList());

        assertThat(lanes(generated)).containsExactlyElementsOf(lanes(handMade));
        Process generatedProcess = process(generated);
        Process handMadeProcess = process(handMade);
        assertThat(generatedProcess.getId()).isEqualTo(handMadeProcess.getId());
        assertThat(generatedProcess.getCamundaVersionTag()).isEqualTo(handMadeProcess.getCamundaVersionTag());
        assertThat(generatedProcess.getCamundaHistoryTimeToLiveString()).isEqualTo(handMadeProcess.getCamundaHistoryTimeToLiveString());
        assertThat(generatedProcess.getCamundaCandidateStarterGroups()).isEqualTo(handMadeProcess.getCamundaCandidateStarterGroups());
        assertThat(participant(generated)).isEqualTo(participant(handMade));
        // the header as documentation, but "Disahkan oleh", which the sheet writes with the official's name and NIP
        List<String> generatedHeader = documentation(generatedProcess);
        assertThat(generatedHeader).filteredOn(line -> !line.startsWith("Disahkan oleh:"))
                .containsExactlyElementsOf(documentation(handMadeProcess).stream().filter(line -> !line.startsWith("Disahkan oleh:")).toList());
        assertThat(generatedHeader).contains("Disahkan oleh: KEPALA BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN ALFIYAH ERNAWATI, S.Sos, MM"
                + " NIP. 19660419 198610 2 003");
    }

    private static List<String> documentation(Process process) {
        return process.getDocumentations().iterator().next().getTextContent().lines().toList();
    }

    private static BpmnModelInstance generated(SopPlan plan) {
        return DiagramChecks.read(SopWriter.write(plan).bpmnXml());
    }

    private static BpmnModelInstance handMade(String file) {
        return Bpmn.readModelFromFile(new File(file));
    }

    private static List<UserTask> steps(BpmnModelInstance model, List<String> leftOut) {
        return model.getModelElementsByType(UserTask.class).stream()
                .filter(task -> !leftOut.contains(task.getName()))
                .sorted(Comparator.comparing(task -> task.getName().substring(0, task.getName().indexOf('.'))))
                .toList();
    }

    private static String laneOf(BpmnModelInstance model, UserTask task) {
        return model.getModelElementsByType(Lane.class).stream().filter(lane -> lane.getFlowNodeRefs().contains(task))
                .map(Lane::getName).findFirst().orElse(null);
    }

    private static BoundaryEvent timerOf(BpmnModelInstance model, UserTask task) {
        return model.getModelElementsByType(BoundaryEvent.class).stream().filter(timer -> timer.getAttachedTo() == task)
                .findFirst().orElseThrow();
    }

    private static String standardOf(BpmnModelInstance model, UserTask task) {
        BoundaryEvent timer = timerOf(model, task);
        TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
        return (timer.cancelActivity() ? "interrupting " : "") + definition.getTimeDuration().getTextContent();
    }

    private static String timerName(BpmnModelInstance model, UserTask task) {
        return timerOf(model, task).getName();
    }

    /** Each lane: its name and its supervisors (atasan). */
    private static List<String> lanes(BpmnModelInstance model) {
        return model.getModelElementsByType(Lane.class).stream()
                .map(lane -> lane.getName() + " / atasan: " + (lane.getExtensionElements() == null ? "-"
                        : lane.getExtensionElements().getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
                                .singleResult().getCamundaProperties().stream().map(CamundaProperty::getCamundaValue).findFirst().orElse("-")))
                .toList();
    }

    private static Process process(BpmnModelInstance model) {
        return model.getModelElementsByType(Process.class).iterator().next();
    }

    private static String participant(BpmnModelInstance model) {
        return model.getModelElementsByType(Participant.class).iterator().next().getName();
    }
}
