package id.go.mojokertokab.prokopim.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopProcessTest;
import id.go.mojokertokab.prokopim.sop.SopStep;

/** Every case is known by its name: business key, variable and history, from the start form. */
class CaseNameTest extends SopProcessTest {

    @Autowired
    FormService formService;

    @Test
    void an_inventory_is_named_by_its_period() {
        ProcessInstance instance = formService.submitStartForm(definition(SopStep.Sop.INVENTARISASI).getId(),
                SopInputs.starting(SopStep.Sop.INVENTARISASI));

        assertThat(instance.getBusinessKey()).isEqualTo("Triwulan IV 2026");
        assertNamed(instance, "Triwulan IV 2026");
    }

    @Test
    void a_media_case_is_named_by_the_agenda_items_day_in_wib_and_its_activity() {
        Map<String, Object> agenda = SopInputs.agenda();
        // 23:30 UTC on 9 December is already 10 December in Mojokerto
        agenda.put("waktuKegiatan", "2026-12-09T23:30Z");
        agenda.put("kegiatan", "  Rapat Koordinasi Forkopimda ");

        ProcessInstance instance = formService.submitStartForm(definition(SopStep.Sop.MEDIA_SOSIAL).getId(), agenda);

        assertNamed(instance, "10-12-2026 · Rapat Koordinasi Forkopimda");
    }

    @Test
    void a_business_key_given_by_the_starter_is_kept() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(SopStep.Sop.INVENTARISASI.processKey,
                "INV-2026-04", SopInputs.starting(SopStep.Sop.INVENTARISASI));

        assertNamed(instance, "INV-2026-04");
    }

    @Test
    void a_case_started_at_a_step_is_named_from_the_variables_given_with_it() {
        ProcessInstance instance = startBefore(SopStep.MEDIA_4);

        assertNamed(instance, "01-12-2026 · Peresmian pasar desa");
    }

    @Test
    void a_case_started_at_a_step_without_its_fields_is_named_after_the_sop_and_its_start_time() {
        ProcessInstance instance = startBefore(SopStep.MEDIA_1, Map.of());

        String name = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
        assertThat(name).startsWith(SopStep.Sop.MEDIA_SOSIAL.name + ", ").endsWith(" WIB");
        assertNamed(instance, name);
    }

    @Test
    void a_name_longer_than_the_business_key_column_is_shortened() {
        Map<String, Object> agenda = SopInputs.agenda();
        agenda.put("kegiatan", "Rapat ".repeat(80));

        ProcessInstance instance = formService.submitStartForm(definition(SopStep.Sop.MEDIA_SOSIAL).getId(), agenda);

        String name = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
        assertThat(name).hasSize(CaseNaming.MAX_LENGTH).startsWith("01-12-2026 · Rapat Rapat").endsWith("…");
    }

    @Test
    void every_task_of_the_case_carries_its_name() {
        ProcessInstance instance = start(SopStep.Sop.INVENTARISASI);
        Task step1 = taskOf(instance);

        assertThat(taskService.getVariable(step1.getId(), CaseNamePlugin.PROPERTY)).isEqualTo("Triwulan IV 2026");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("Triwulan IV 2026").list())
                .extracting(Task::getId).contains(step1.getId());
    }

    @Test
    void dates_are_the_offices_days_in_its_configured_time_zone() {
        CaseNameFunctions wib = new CaseNameFunctions(new OfficeTime(ZoneId.of("Asia/Jakarta")));
        CaseNameFunctions wit = new CaseNameFunctions(new OfficeTime(ZoneId.of("Asia/Jayapura")));

        assertThat(wib.tanggal("2026-12-10T09:00+07:00")).isEqualTo("10-12-2026");
        assertThat(wib.tanggal("2026-12-10T22:30")).isEqualTo("10-12-2026");
        assertThat(wib.tanggal("2026-12-10")).isEqualTo("10-12-2026");
        assertThat(wit.tanggal("2026-12-10T22:30+07:00")).isEqualTo("11-12-2026");
        assertThat(wib.tanggal("besok pagi")).isEqualTo("besok pagi");
        assertThat(wib.tanggal(null)).isEmpty();
    }

    private void assertNamed(ProcessInstance instance, String name) {
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey())
                .isEqualTo(name);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey()).isEqualTo(name);
        assertThat(runtimeService.getVariable(instance.getId(), CaseNamePlugin.PROPERTY)).isEqualTo(name);
    }
}
