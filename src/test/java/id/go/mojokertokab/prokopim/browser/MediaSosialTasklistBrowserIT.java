package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * The SOP Penyampaian Informasi Melalui Media Sosial worked end to end in Tasklist, in headless
 * Chromium, including one round of revision: the Sub Koordinator sends the design back with
 * notes, and the staff member sees them in step 4.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MediaSosialTasklistBrowserIT extends BrowserJourney {

    private static final String SOP = SopStep.Sop.MEDIA_SOSIAL.name;
    private static final String CATATAN_REVISI = "Logo Pemkab kurang jelas; perbesar dan cantumkan lokasi kegiatan.";

    @Autowired
    HistoryService historyService;


    @Test
    void step5a_revision_once_then_content_is_uploaded_and_the_sop_ends() {
        Date beforeStart = new Date();

        // Kabag enters the leader's agenda, refers to it (step 1) and assigns the Sub Koordinator (step 2);
        // the date is typed the way the browser writes dates (d/M/yyyy in Indonesian), as its user would
        LocalDate tanggal = LocalDate.now(ZoneId.of(Browser.OFFICE_ZONE)).plusDays(3);
        tasklist.login("kabag");
        CamundaForm agenda = tasklist.startProcess(SOP);
        agenda.fill("Kegiatan", "Peresmian Mal Pelayanan Publik")
                .select("Pimpinan", "Bupati")
                .enter("Tanggal kegiatan", browser.localDate(tanggal))
                .enter("Jam", "09:00")
                .fill("Lokasi", "Pendopo Graha Majatama");
        browser.screenshot("start-form");
        tasklist.start();
        String instanceId = startedInstance(beforeStart).getId();
        // the agenda's time is kept as typed in the office, with WIB's offset
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName("waktuKegiatan").singleResult().getValue()).isEqualTo(tanggal + "T09:00+07:00");

        tasklist.openFilter("Tugas kelompok saya");
        CamundaForm step1 = tasklist.openTask(SopStep.MEDIA_1.taskName());
        assertThat(step1.text()).contains("Peresmian Mal Pelayanan Publik", "Bupati");
        tasklist.claim();
        step1.fill("Disposisi", "Liput dan tayangkan di media sosial.");
        browser.screenshot("step1-merujuk-agenda");
        tasklist.complete();

        CamundaForm step2 = tasklist.openTask(SopStep.MEDIA_2.taskName());
        tasklist.claim();
        step2.fill("Disposisi kepada Sub Koordinator Dokpim", "Siapkan konten untuk IG dan YouTube.");
        browser.screenshot("step2-menugaskan-subkoor");
        tasklist.complete();
        tasklist.logout();

        // Sub Koordinator picks staf1 and the channels (step 3)
        tasklist.login("subkoor");
        tasklist.openFilter("Tugas kelompok saya");
        CamundaForm step3 = tasklist.openTask(SopStep.MEDIA_3.taskName());
        tasklist.claim();
        step3.select("Staf Sub Dokpim yang ditugaskan", "Dewi Lestari (staf1)")
                .choose("Media sosial", "Instagram")
                .choose("Media sosial", "YouTube")
                .fill("Rencana kerja", "Foto dan video pendek; tayang hari yang sama.");
        browser.screenshot("step3-membagi-tugas");
        tasklist.complete();
        tasklist.logout();

        // staf1 designs (step 4) and hands over (step 5)
        tasklist.login("staf1");
        tasklist.openFilter("Tugas saya");
        CamundaForm step4 = tasklist.openTask(SopStep.MEDIA_4.taskName());
        assertThat(step4.text()).doesNotContain("Perlu revisi");
        step4.fill("Judul konten", "Bupati resmikan Mal Pelayanan Publik")
                .fill("Naskah konten", "Bupati meresmikan Mal Pelayanan Publik hari ini.")
                .fill("Tautan hasil desain", "https://drive.example/desain-mpp-v1");
        browser.screenshot("step4-desain");
        tasklist.complete();
        handOverDesign("step5-serahkan");
        tasklist.logout();

        // Sub Koordinator sends it back once with notes (step 5a)
        tasklist.login("subkoor");
        tasklist.openFilter("Tugas kelompok saya");
        CamundaForm review = tasklist.openTask(SopStep.MEDIA_5A.taskName());
        tasklist.claim();
        review.choose("Hasil verifikasi", "Perlu revisi").fill("Catatan verifikasi", CATATAN_REVISI);
        browser.screenshot("step5a-perlu-revisi");
        tasklist.complete();
        tasklist.logout();

        // staf1 sees the notes in step 4, revises, and hands over again
        tasklist.login("staf1");
        tasklist.openFilter("Tugas saya");
        CamundaForm revision = tasklist.openTask(SopStep.MEDIA_4.taskName());
        assertThat(revision.text()).contains("Perlu revisi", CATATAN_REVISI);
        assertThat(revision.selected("Judul konten")).isEqualTo("Bupati resmikan Mal Pelayanan Publik");
        revision.fill("Tautan hasil desain", "https://drive.example/desain-mpp-v2");
        browser.screenshot("step4-revisi");
        tasklist.complete();
        handOverDesign("step5-serahkan-revisi");
        tasklist.logout();

        // Sub Koordinator approves (step 5a)
        tasklist.login("subkoor");
        tasklist.openFilter("Tugas kelompok saya");
        CamundaForm approval = tasklist.openTask(SopStep.MEDIA_5A.taskName());
        tasklist.claim();
        approval.choose("Hasil verifikasi", "Disetujui, layak tayang");
        browser.screenshot("step5a-disetujui");
        tasklist.complete();
        tasklist.logout();

        // staf1 uploads and records the links of the chosen channels (step 6)
        tasklist.login("staf1");
        tasklist.openFilter("Tugas saya");
        CamundaForm step6 = tasklist.openTask(SopStep.MEDIA_6.taskName());
        assertThat(step6.text()).doesNotContain("Tautan unggahan Facebook");
        step6.fill("Tautan unggahan Instagram", "https://www.instagram.com/p/mpp-mojokerto")
                .fill("Tautan unggahan YouTube", "https://youtu.be/mpp-mojokerto");
        browser.screenshot("step6-unggah");
        tasklist.complete();
        browser.screenshot("staf1-done");

        // the engine agrees: one revision round, and the SOP ended with the content uploaded
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).singleResult();
        assertThat(instance.getEndTime()).isNotNull();
        assertThat(instance.getEndActivityId()).isEqualTo("EndEvent_KontenTerupload");
        assertThat(timesPassed(instanceId, SopStep.MEDIA_4)).isEqualTo(2);
        assertThat(timesPassed(instanceId, SopStep.MEDIA_5A)).isEqualTo(2);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName("tautanYoutube").singleResult().getValue()).isEqualTo("https://youtu.be/mpp-mojokerto");
    }

    private void handOverDesign(String screenshot) {
        CamundaForm step5 = tasklist.openTask(SopStep.MEDIA_5.taskName());
        step5.fill("Catatan penyerahan", "Mohon diverifikasi.");
        browser.screenshot(screenshot);
        tasklist.complete();
    }

    private HistoricProcessInstance startedInstance(Date after) {
        return browser.waitUntil("the started instance", driver -> historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(SopStep.Sop.MEDIA_SOSIAL.processKey).startedBy("kabag").startedAfter(after)
                .singleResult());
    }

    private long timesPassed(String instanceId, SopStep step) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityId(step.taskId).finished().count();
    }
}
