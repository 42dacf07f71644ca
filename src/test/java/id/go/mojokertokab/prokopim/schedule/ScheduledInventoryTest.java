package id.go.mojokertokab.prokopim.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import id.go.mojokertokab.prokopim.sop.SopProcessTest;
import id.go.mojokertokab.prokopim.sop.SopStep;

/** The inventory SOP also starts by itself, from the timer of its schedule's diagram. */
class ScheduledInventoryTest extends SopProcessTest {

    private static final String SCHEDULE = "StartEvent_JadwalBerkala";

    @Test
    void the_schedule_starts_an_inventory_for_the_month_that_waits_for_the_kabag() {
        // given the schedule's timer, waiting for the first working day of a month at 08:00 WIB
        Job schedule = scheduleJob();
        assertThat(schedule.getDuedate()).isAfter(ClockUtil.getCurrentTime());
        assertThat(OffsetDateTime.ofInstant(schedule.getDuedate().toInstant(), java.time.ZoneId.of("Asia/Jakarta")).getHour())
                .isEqualTo(8);

        // when it fires on Tuesday 1 December 2026, 08:00 WIB
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-01T08:00:00+07:00").toInstant()));
        managementService.executeJob(schedule.getId());

        // then an inventory for December 2026 waits at step 1 for the Kabag, named by its period
        ProcessInstance started = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(SopStep.Sop.INVENTARISASI.processKey).processInstanceBusinessKey("Desember 2026")
                .singleResult();
        assertThat(started).isWaitingAtExactly(SopStep.INVENTARIS_1.taskId);
        assertThat(task(started)).hasCandidateGroup("kabag-prokopim");
        assertThat(started).variables()
                .containsEntry("periodeInventarisasi", "Desember 2026")
                .containsEntry("keteranganInventarisasi", ScheduledInventory.NOTE);
        // and the schedule waits for the next month: Friday 1 January 2027, 08:00 WIB
        assertThat(scheduleJob().getDuedate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-01-01T08:00:00+07:00").toInstant());

        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey("jadwalInventarisasiPeralatanDokumentasi").finished().count()).isOne();
        runtimeService.deleteProcessInstance(started.getId(), "test");
    }

    private Job scheduleJob() {
        return managementService.createJobQuery().timers().activityId(SCHEDULE)
                .processDefinitionKey("jadwalInventarisasiPeralatanDokumentasi").singleResult();
    }
}
