package id.go.mojokertokab.prokopim.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import id.go.mojokertokab.prokopim.OfficeTime;

/** A notice names a working-day standard as the SOP does, "1 hari kerja", not as 24 hours ("1 hari"). */
class WorkingDayNoticeTest {

    private final TaskNotices notices = new TaskNotices(new OfficeTime(ZoneId.of("Asia/Jakarta")),
            new Links("https://sop.example", "", "/camunda"));

    @Test
    void new_work_and_breach_notices_say_hari_kerja() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("arsip").name("SOP Arsip")
                .startEvent()
                .userTask("UserTask_Arsipkan").name("1. Mengarsipkan berkas")
                .boundaryEvent("BoundaryEvent_SlaArsipkan").cancelActivity(false).timerWithDate("${hariKerja.setelah(1)}")
                .endEvent()
                .moveToActivity("UserTask_Arsipkan")
                .endEvent()
                .done();
        Step step = Step.of(model.<UserTask>getModelElementById("UserTask_Arsipkan"));
        Instant due = Instant.parse("2026-12-07T08:00:00Z");
        TaskNotices.OpenTask task = new TaskNotices.OpenTask("t1", "p1", step, "Rapat", due.minusSeconds(3 * 24 * 3600),
                due, "staf1", List.of("staf-dokpim"));

        assertThat(notices.workArrived(task).body()).contains("Standar waktu: 1 hari kerja, paling lambat ");
        assertThat(notices.breached(task, "Staf Satu").body()).startsWith("Tugas ini melewati standar waktu 1 hari kerja (batas ");
    }
}
