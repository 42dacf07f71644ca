package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.mojokertokab.prokopim.sla.SlaBreachListener;
import id.go.mojokertokab.prokopim.sopsheet.ImportedSops;
import id.go.mojokertokab.prokopim.sopsheet.ImportResult;
import id.go.mojokertokab.prokopim.sopsheet.SopDeployment;
import id.go.mojokertokab.prokopim.sopsheet.SopSheetImporter;

/**
 * The test sheet, imported and deployed as the Admin page does it, worked in Tasklist by its roles:
 * the office's Kabag and Sub Koordinator, and a person in each of the two groups the import made
 * (Pengelola Gudang Peralatan, Peminjam Peralatan), who see their steps through the office's
 * filters. Step 4's check answers "Tidak" once, which sends the case back to step 3, then "Ya";
 * step 6 runs past its standard of 1 hari and its breach is raised, then resolved when the step is
 * done; the case ends after step 9.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImporSopTasklistBrowserIT extends BrowserJourney {

    private static final Path TEST_SHEET = Path.of("src/test/resources/sopsheet/impor/peminjaman-peralatan-dokumentasi.md");
    private static final String KEY = "peminjamanPeralatanDokumentasi";
    private static final String GUDANG = "gudang1";
    private static final String PEMINJAM = "peminjam1";
    private static final List<String> NEW_GROUPS = List.of("pengelola-gudang-peralatan", "peminjam-peralatan");

    @Autowired
    SopSheetImporter importer;
    @Autowired
    SopDeployment deployment;
    @Autowired
    IdentityService identityService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    @BeforeEach
    void deployTheTestSheetAndPeopleForItsNewGroups() throws Exception {
        ImportResult imported = importer.importFile("peminjaman.md", Files.readAllBytes(TEST_SHEET));
        assertThat(imported.problems()).isEmpty();
        deployment.deploy(imported.sops().get(0));
        person(GUDANG, "Bambang", "Gudang", NEW_GROUPS.get(0));
        person(PEMINJAM, "Rina", "Peminjam", NEW_GROUPS.get(1));
    }

    @AfterEach
    void removeWhatTheImportMade() {
        ClockUtil.reset();
        // the cascade removes the cases and their history with the deployment
        for (String user : List.of(GUDANG, PEMINJAM)) {
            identityService.deleteUser(user);
        }
        ImportedSops.removeAll(engine, KEY, NEW_GROUPS);
    }

    @Test
    void every_role_of_the_imported_sop_works_its_steps_in_tasklist_and_the_check_loops_once() {
        Date beforeStart = new Date();

        // the Kabag starts the imported SOP from its start form
        tasklist.login("kabag");
        tasklist.startProcess("SOP Peminjaman Peralatan Dokumentasi").fill("Perihal / agenda", "Peliputan HUT Kabupaten");
        tasklist.start();
        HistoricProcessInstance started = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
                .startedAfter(new Date(beforeStart.getTime() - 1000)).singleResult();
        work("1. Mendisposisikan permohonan peminjaman peralatan dokumentasi", "Disposisi", "Siapkan kamera dan drone.");

        switchTo("subkoor");
        work("2. Menugaskan pengelola gudang menyiapkan peralatan", "Agenda kerja", "Gudang menyiapkan hari ini.");

        // a person of a group the import made finds the step through the office's filter
        switchTo(GUDANG);
        work("3. Menyiapkan peralatan sesuai permohonan", "Peralatan siap pinjam", "Kamera 2, drone 1.");

        // the check fails once: the case goes back to step 3
        switchTo("subkoor");
        check("Tidak, kembali ke langkah 3", "Baterai drone kosong.");
        switchTo(GUDANG);
        work("3. Menyiapkan peralatan sesuai permohonan", "Peralatan siap pinjam", "Kamera 2, drone 1, baterai terisi.");
        switchTo("subkoor");
        check("Ya", "Lengkap dan baik.");

        switchTo(GUDANG);
        work("5. Menyerahkan peralatan kepada peminjam", "Tanda terima", "Diserahkan pukul 08.00.");
        // step 6 runs late: a day and a minute later its standard's timer has fired
        ClockUtil.offset(Duration.ofDays(1).plusMinutes(1).toMillis());
        Job timer = managementService.createJobQuery().processInstanceId(started.getId()).timers().singleResult();
        managementService.executeJob(timer.getId());
        Incident breach = runtimeService.createIncidentQuery().processInstanceId(started.getId())
                .incidentType(SlaBreachListener.INCIDENT_TYPE).singleResult();
        assertThat(breach.getIncidentMessage()).startsWith("Melewati standar waktu 1 hari: langkah 6 Menggunakan peralatan untuk kegiatan");

        switchTo(PEMINJAM);
        work("6. Menggunakan peralatan untuk kegiatan", "Dokumentasi kegiatan", "Foto dan video HUT.");
        assertThat(runtimeService.createIncidentQuery().incidentId(breach.getId()).count())
                .as("the breach is resolved when the late step is done").isZero();
        assertThat(historyService.createHistoricIncidentQuery().incidentId(breach.getId()).singleResult().isResolved()).isTrue();
        work("7. Mengembalikan peralatan ke gudang", "Peralatan kembali", "Dikembalikan lengkap.");
        switchTo(GUDANG);
        work("8. Memeriksa peralatan yang dikembalikan", "Catatan kondisi peralatan", "Semua baik.");
        switchTo("subkoor");
        work("9. Melaporkan peminjaman kepada Kabag Prokopim", "Laporan peminjaman (Selesai)", "Peminjaman selesai.");

        HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
        assertThat(ended.getEndTime()).as("the case ended").isNotNull();
        List<String> worked = historyService.createHistoricActivityInstanceQuery().processInstanceId(started.getId())
                .activityType("userTask").orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .map(HistoricActivityInstance::getActivityName).map(name -> name.substring(0, name.indexOf('.'))).toList();
        assertThat(worked).containsExactly("1", "2", "3", "4", "3", "4", "5", "6", "7", "8", "9");
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(started.getId()).taskAssignee(GUDANG).count())
                .isEqualTo(4);
    }

    /*
     * Logs out and in as the next person; the cookies go too, so a logout still in flight when the
     * login page opens cannot leave the previous person's session behind.
     */
    private void switchTo(String user) {
        tasklist.logout();
        browser.driver.manage().deleteAllCookies();
        tasklist.login(user);
    }

    /** Takes the step from the group's tasks, writes its output and completes it. */
    private CamundaForm work(String taskName, String outputLabel, String output) {
        tasklist.openFilter("Pekerjaan saya");
        CamundaForm form = tasklist.openTask(taskName);
        tasklist.claim();
        form.fill(outputLabel, output);
        tasklist.complete();
        return form;
    }

    private void check(String answer, String report) {
        tasklist.openFilter("Pekerjaan saya");
        CamundaForm form = tasklist.openTask("4. Memeriksa kelengkapan dan kondisi peralatan");
        tasklist.claim();
        form.fill("Berita acara pemeriksaan", report);
        form.choose("Kelengkapan dan kondisi peralatan sesuai?", answer);
        browser.screenshot("langkah4-" + (answer.startsWith("Ya") ? "ya" : "tidak"));
        tasklist.complete();
    }

    private void person(String id, String firstName, String lastName, String group) {
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setPassword(id);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
    }
}
