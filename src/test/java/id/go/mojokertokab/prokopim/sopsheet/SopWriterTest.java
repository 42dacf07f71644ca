package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/** What the writer makes of a plan's steps, standards and decisions, beyond the layout. */
class SopWriterTest {

    @Test
    void test_sheet_becomes_tasks_timers_and_a_decision_with_its_loop() {
        GeneratedSop sop = SopWriter.write(SopPlans.pelayananDokumentasi());
        BpmnModelInstance model = DiagramChecks.read(sop.bpmnXml());

        Process process = model.getModelElementsByType(Process.class).iterator().next();
        assertThat(process.getId()).isEqualTo("pelayananDokumentasiTugasPimpinan");
        assertThat(process.getName()).isEqualTo("SOP Pelayanan Dokumentasi Tugas Pimpinan");
        assertThat(process.getCamundaCandidateStarterGroups()).isEqualTo("kabag-prokopim");

        UserTask step9 = model.getModelElementById("UserTask_Langkah9");
        assertThat(step9.getName()).isEqualTo("9. Mengarsipkan foto dan video ke arsip digital Prokopim");
        assertThat(step9.getCamundaCandidateGroups()).isEqualTo("pengelola-arsip");
        assertThat(step9.getCamundaFormRef()).isEqualTo("pelayanan-dokumentasi-tugas-pimpinan-langkah-9");
        assertThat(step9.getDocumentations().iterator().next().getTextContent()).isEqualTo("""
                Kegiatan: Mengarsipkan foto dan video ke arsip digital Prokopim
                Kelengkapan: Media penyimpanan, register arsip
                Waktu: 1 hari kerja
                Output: Arsip dokumentasi tercatat (Selesai)""");
        assertThat(timer(model, "BoundaryEvent_SlaLangkah9").getTimeDate().getTextContent()).isEqualTo("${hariKerja.setelah(1)}");
        assertThat(timer(model, "BoundaryEvent_SlaLangkah7").getTimeDuration().getTextContent()).isEqualTo("P1D");
        assertThat(timer(model, "BoundaryEvent_SlaLangkah4").getTimeDuration().getTextContent()).isEqualTo("PT3H");
        assertThat(((BoundaryEvent) model.getModelElementById("BoundaryEvent_SlaLangkah9")).getName())
                .isEqualTo("Standar waktu 1 hari kerja");

        ExclusiveGateway decision = model.getModelElementById("Gateway_KeputusanLangkah6");
        assertThat(decision.getName()).isEqualTo("Apakah hasil dokumentasi sesuai?");
        assertThat(decision.getDefault().getName()).isEqualTo("Tidak");
        assertThat(decision.getDefault().getTarget().getId()).isEqualTo("Gateway_UlangLangkah5");
        SequenceFlow yes = model.getModelElementById("Flow_YaLangkah6");
        assertThat(yes.getTarget().getId()).isEqualTo("UserTask_Langkah7");
        assertThat(yes.getConditionExpression().getTextContent())
                .isEqualTo("${execution.getVariable('keputusanLangkah6') == true}");
    }

    @Test
    void sheet_text_with_markup_characters_stays_as_written() {
        SopPlan plan = SopPlans.inventarisasi();
        List<PlannedStep> steps = new ArrayList<>(plan.steps());
        PlannedStep first = steps.get(0);
        SheetStep row = first.step();
        steps.set(0, new PlannedStep(new SheetStep(row.row(), row.number(), "Cek <alat> & \"kamera\"\u0007", row.pelaksana(),
                row.kelengkapan(), row.waktu(), row.output(), row.keterangan()), first.role(), first.standard(), null));
        SopPlan odd = new SopPlan(plan.sheet(), plan.processKey(), plan.roles(), steps);

        UserTask task = DiagramChecks.read(SopWriter.write(odd).bpmnXml()).getModelElementById("UserTask_Langkah1");

        assertThat(task.getName()).isEqualTo("1. Cek <alat> & \"kamera\"");
    }

    @Test
    void a_decision_returning_to_a_later_step_is_not_written() {
        SopPlan plan = SopPlans.inventarisasi();
        List<PlannedStep> steps = new ArrayList<>(plan.steps());
        PlannedStep second = steps.get(1);
        steps.set(1, new PlannedStep(second.step(), second.role(), second.standard(), new Decision("Sudah?", "4")));

        assertThatThrownBy(() -> SopWriter.write(new SopPlan(plan.sheet(), plan.processKey(), plan.roles(), steps)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("later step 4");
    }

    @Test
    void lanes_get_atasan_by_the_offices_ranks_whatever_the_sheets_column_order_and_new_roles_none() {
        SopPlan plan = SopPlans.siaranPers();
        List<Role> flowOrder = List.of(SopPlans.STAF, SopPlans.STAF_KOMPIM, SopPlans.SUBKOOR, SopPlans.KABAG);

        BpmnModelInstance model = DiagramChecks.read(SopWriter.write(
                new SopPlan(plan.sheet(), plan.processKey(), flowOrder, plan.steps())).bpmnXml());

        assertThat(model.getModelElementsByType(Lane.class)).extracting(Lane::getName, SopWriterTest::atasan).containsExactly(
                tuple("Staf Sub Dokpim", "subkoor-dokpim, kabag-prokopim"),
                tuple("Staf Sub Kompim", null),
                tuple("Sub Koordinator Dokpim", "kabag-prokopim"),
                tuple("Kabag Prokopim", null));
    }

    @Test
    void pelaksana_whose_groups_read_alike_get_lanes_of_their_own() {
        SopPlan plan = SopPlans.siaranPers();
        Role staf2 = new Role("Staf2", "staf2");
        Role stafSpace2 = new Role("Staf 2", "staf-2");
        List<PlannedStep> steps = plan.steps().stream().map(step -> new PlannedStep(step.step(),
                step.role().equals(SopPlans.STAF) ? staf2 : step.role().equals(SopPlans.STAF_KOMPIM) ? stafSpace2 : step.role(),
                step.standard(), step.decision())).toList();

        String xml = SopWriter.write(new SopPlan(plan.sheet(), plan.processKey(),
                List.of(SopPlans.KABAG, SopPlans.SUBKOOR, staf2, stafSpace2), steps)).bpmnXml();

        assertThat(DiagramChecks.read(xml).getModelElementsByType(Lane.class)).extracting(Lane::getId)
                .containsExactly("Lane_KabagProkopim", "Lane_SubkoorDokpim", "Lane_Staf2", "Lane_Staf2_2");
        assertThat(DiagramChecks.problems(xml)).isEmpty();
    }

    @Test
    void a_nama_that_already_starts_with_sop_is_not_doubled() {
        SopPlan plan = SopPlans.siaranPers();
        SheetHeader h = plan.sheet().header();
        SheetHeader named = new SheetHeader(h.nomor(), "SOP Penerbitan Siaran Pers", h.tanggalPembuatan(), h.tanggalRevisi(),
                h.tanggalEfektif(), h.disahkanOleh(), h.dasarHukum(), h.kualifikasiPelaksana(), h.keterkaitan(), h.peralatan(),
                h.peringatan(), h.pencatatan());
        SopSheet sheet = new SopSheet(plan.sheet().unit(), named, plan.sheet().pelaksana(), plan.sheet().steps());

        GeneratedSop sop = SopWriter.write(new SopPlan(sheet, plan.processKey(), plan.roles(), plan.steps()));

        Process process = DiagramChecks.read(sop.bpmnXml()).getModelElementsByType(Process.class).iterator().next();
        assertThat(process.getName()).isEqualTo("SOP Penerbitan Siaran Pers");
        assertThat(sop.forms().values()).allSatisfy(form -> assertThat(form).contains("SOP Penerbitan Siaran Pers")
                .doesNotContain("SOP SOP"));
        assertThat(SopNames.processName("Penerbitan Siaran Pers")).isEqualTo("SOP Penerbitan Siaran Pers");
        assertThat(SopNames.processName("Sopir Dinas")).isEqualTo("SOP Sopir Dinas");
    }

    private static String atasan(Lane lane) {
        return lane.getExtensionElements() == null ? null
                : lane.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).singleResult()
                        .getCamundaProperties().stream().filter(property -> "atasan".equals(property.getCamundaName()))
                        .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    }

    private static TimerEventDefinition timer(BpmnModelInstance model, String boundaryId) {
        BoundaryEvent timer = model.getModelElementById(boundaryId);
        return (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
    }
}
