package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.mojokertokab.prokopim.inventory.check.TestRegister;

import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * The SOP Inventarisasi Peralatan Dokumentasi worked end to end in Tasklist by Kabag, Sub
 * Koordinator and staff, in headless Chromium. Step 3 is the pre-filled dynamic list (the Buku
 * inventarisasi's active items) that Tasklist
 * 7.24 would not let anyone complete without the dynamic-list-errors-fix custom script; the test
 * also shows that the required fields and the minimum still block Complete.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InventarisasiTasklistBrowserIT extends BrowserJourney {

    private static final String SOP = SopStep.Sop.INVENTARISASI.name;
    private static final List<String> PERALATAN = List.of("Kamera", "Drone", "Peralatan Studio dan Audio", "Komputer Grafis");
    /** Tasklist's long date format in the id locale (moment's LLLL), in the office's time zone. */
    private static final DateTimeFormatter WIB_LONG = DateTimeFormatter
            .ofPattern("EEEE, d MMMM yyyy 'pukul' HH:mm", Locale.forLanguageTag("id"))
            .withZone(ZoneId.of(Browser.OFFICE_ZONE));

    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;
    TestRegister register;

    /** The SOP's four kinds of equipment in the Buku inventarisasi, one item each (kategori of the same name). */
    @BeforeEach
    void registerTheEquipment() {
        register = new TestRegister(jdbc);
        for (int i = 0; i < PERALATAN.size(); i++) {
            register.add("UJI-0" + (i + 1), PERALATAN.get(i), PERALATAN.get(i), 2);
        }
    }

    @AfterEach
    void emptyRegister() {
        register.clear();
    }


    @Test
    void happyPath_every_role_works_its_step_in_tasklist_and_the_sop_ends() {
        Date beforeStart = new Date();

        // Kabag starts the SOP from its start form and gives the disposition (step 1)
        tasklist.login("kabag");
        CamundaForm startForm = tasklist.startProcess(SOP);
        startForm.fill("Periode inventarisasi", "Triwulan IV 2026");
        browser.screenshot("start-form");
        tasklist.start();
        String instanceId = startedInstance(beforeStart).getId();

        tasklist.openFilter("Tugas kelompok saya");
        browser.screenshot("kabag-group-tasks");
        CamundaForm step1 = tasklist.openTask(SopStep.INVENTARIS_1.taskName());
        assertThat(step1.text()).contains("Triwulan IV 2026");
        tasklist.claim();
        step1.fill("Disposisi kepada Sub Koordinator Dokpim", "Mohon inventarisasi seluruh peralatan dokumentasi.");
        browser.screenshot("step1-disposisi");
        tasklist.complete();
        tasklist.logout();

        // Sub Koordinator assigns staf1 (step 2)
        tasklist.login("subkoor");
        tasklist.openFilter("Tugas kelompok saya");
        CamundaForm step2 = tasklist.openTask(SopStep.INVENTARIS_2.taskName());
        tasklist.claim();
        step2.select("Staf Sub Dokpim yang ditugaskan", "Dewi Lestari (staf1)");
        step2.fill("Disposisi kepada staf", "Cek jumlah, kondisi, baterai dan memori semua alat.");
        browser.screenshot("step2-staf-dipilih");
        tasklist.complete();
        tasklist.logout();

        // staf1 finds step 3 in "Tugas saya" with its due date, worded in Indonesian and dated in WIB
        tasklist.login("staf1");
        tasklist.openFilter("Tugas saya");
        assertThat(tasklist.dueDate(SopStep.INVENTARIS_3.taskName())).isEqualTo("Batas waktu dalam sejam");
        Date due = taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(SopStep.INVENTARIS_3.taskId).singleResult().getDueDate();
        assertThat(tasklist.dueDateTooltip(SopStep.INVENTARIS_3.taskName())).isEqualTo(WIB_LONG.format(due.toInstant()));
        browser.screenshot("staf1-my-tasks");
        String step3Id = taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(SopStep.INVENTARIS_3.taskId).singleResult().getId();
        assertThat(taskService.getVariable(step3Id, "peralatan").toString()).as("the register's items").contains("UJI-01", "UJI-04");
        CamundaForm step3 = tasklist.openTask(SopStep.INVENTARIS_3.taskName());
        browser.waitUntil("the register's rows", driver -> step3.rowCount() == PERALATAN.size());
        for (int row = 0; row < PERALATAN.size(); row++) {
            assertThat(step3.row(row).selected("Nama peralatan")).isEqualTo(PERALATAN.get(row));
            assertThat(step3.row(row).selected("Kondisi terakhir")).isEqualTo("Belum pernah diperiksa");
        }
        browser.screenshot("step3-prefilled");

        // Complete is offered, but real errors still block it: nothing is filled in yet (form-js's
        // messages are worded in Indonesian by scripts/office-forms.js)
        tasklist.waitUntilCompleteEnabled();
        tasklist.pressComplete();
        browser.waitUntil("validation messages", driver -> !step3.errors().isEmpty());
        assertThat(step3.errors()).contains("Wajib diisi.");
        browser.screenshot("step3-required-fields");
        assertThat(stillWaitingAt(instanceId, SopStep.INVENTARIS_3)).isTrue();

        // every pre-filled row gets a count and a condition; the drone is slightly damaged
        for (int row = 0; row < PERALATAN.size(); row++) {
            step3.row(row).fill("Jumlah", "2")
                    .select("Kondisi", PERALATAN.get(row).equals("Drone") ? "Rusak ringan" : "Baik");
        }
        step3.row(0).check("Baterai siap").check("Memori siap");
        tasklist.waitUntilCompleteEnabled();
        // the filled list on one screen (a taller window for a moment), for the README
        tasklist.dismissNotifications();
        browser.driver.manage().window().setSize(new Dimension(1400, 1300));
        WebElement checkHeading = browser.find(By.xpath("//div[contains(@class,'fjs-container')]//h4[normalize-space(.)='Pengecekan peralatan dokumentasi']"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", checkHeading);
        browser.screenshot("step3-form");
        browser.driver.manage().window().setSize(new Dimension(1400, 1000));

        // a count below the minimum disables Complete again, until it is corrected
        step3.row(2).fill("Jumlah", "-1");
        browser.waitUntil("Complete to be disabled", driver -> !tasklist.isCompleteEnabled());
        assertThat(step3.errors()).containsExactly("Nilai paling kecil 0.");
        browser.screenshot("step3-minimum-refused");
        step3.row(2).fill("Jumlah", "3");
        tasklist.waitUntilCompleteEnabled();
        assertThat(step3.errors()).isEmpty();
        browser.screenshot("step3-filled");
        tasklist.complete();

        // staf1 records and reports (step 4), seeing the result of step 3
        CamundaForm step4 = tasklist.openTask(SopStep.INVENTARIS_4.taskName());
        assertThat(step4.text()).contains("Drone", "Rusak ringan");
        step4.fill("Laporan kepada Sub Koordinator", "Semua peralatan tercatat; drone rusak ringan.");
        browser.screenshot("step4-laporan");
        tasklist.complete();
        browser.screenshot("staf1-done");

        // the engine agrees: the SOP ended and the drone is recorded as slightly damaged
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).singleResult();
        assertThat(instance.getEndTime()).isNotNull();
        assertThat(instance.getEndActivityId()).isEqualTo("EndEvent_Selesai");
        SpinJsonNode peralatan = (SpinJsonNode) historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId).variableName("peralatan").singleResult().getValue();
        assertThat(peralatan.elements()).hasSize(PERALATAN.size());
        SpinJsonNode drone = peralatan.elements().stream()
                .filter(row -> row.prop("nama").stringValue().equals("Drone")).findFirst().orElseThrow();
        assertThat(drone.prop("kondisi").stringValue()).isEqualTo("Rusak ringan");
        assertThat(drone.prop("jumlah").numberValue().intValue()).isEqualTo(2);
        // and so is the Buku inventarisasi, with the laporan for the Sub Koordinator
        assertThat(register.count("SELECT COUNT(*) FROM inv_pemeriksaan WHERE process_instance_id = ?", instanceId))
                .isEqualTo(PERALATAN.size());
        assertThat(register.count("SELECT COUNT(*) FROM inv_barang WHERE kode = 'UJI-02' AND kondisi_terakhir = 'Rusak ringan'"))
                .isEqualTo(1);
        assertThat(register.count("SELECT COUNT(*) FROM inv_laporan WHERE process_instance_id = ?", instanceId)).isEqualTo(1);
    }

    private HistoricProcessInstance startedInstance(Date after) {
        return browser.waitUntil("the started instance", driver -> historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(SopStep.Sop.INVENTARISASI.processKey).startedBy("kabag").startedAfter(after)
                .singleResult());
    }

    private boolean stillWaitingAt(String instanceId, SopStep step) {
        return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(step.taskId).count() == 1;
    }
}
