package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.mojokertokab.prokopim.inventory.check.TestRegister;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * Tasklist as the office sees it, in the Indonesian browser: Camunda Forms speak Indonesian
 * (scripts/office-forms.js), typed notes survive other changes (scripts/keep-typed-text.js),
 * Tasklist's own notices say what to do (scripts/office-tasklist.js) and the form's buttons can
 * be pressed on the office's screens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndonesianTasklistBrowserIT extends BrowserJourney {

    /** English that form-js or Tasklist would show without the office's scripts. */
    private static final Pattern ENGLISH = Pattern.compile("Field is required|Field must|\\bSelect\\b|Add new|\\bSearch\\b"
            + "|dd/mm/yyyy|mm/dd/yyyy|\\b(January|February|March|May|June|July|August|October|December)\\b"
            + "|\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\b"
            + "|Terjadi kesalahan saat mengirim formulir tugas");
    private static final List<Dimension> OFFICE_SCREENS = List.of(new Dimension(1366, 768), new Dimension(1920, 1080));

    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;
    TestRegister register;

    /** Step 3 lists the Buku inventarisasi's active items: four of them. */
    @BeforeEach
    void registerTheEquipment() {
        register = new TestRegister(jdbc);
        register.add("UJI-01", "Kamera", "Kamera", 2);
        register.add("UJI-02", "Drone", "Drone", 1);
        register.add("UJI-03", "Mikrofon", "Peralatan Studio dan Audio", 2);
        register.add("UJI-04", "Komputer", "Komputer Grafis", 1);
    }

    @AfterEach
    void emptyRegister() {
        register.clear();
    }

    @Test
    void step3_refused_complete_names_the_fields_to_fix_in_indonesian_above_the_buttons() {
        openStep3AsStaf1();
        browser.driver.manage().window().setSize(OFFICE_SCREENS.get(0));

        tasklist.pressComplete();

        assertThat(tasklist.error()).isEqualTo("Formulir belum lengkap: Perbaiki isian yang ditandai merah: Jumlah, Kondisi.");
        CamundaForm step3 = step3Form();
        assertThat(step3.errors()).containsOnly("Wajib diisi.");
        Rectangle toast = tasklist.notificationRect();
        Rectangle complete = tasklist.completeRect();
        assertThat(overlap(toast, complete)).as("the message lies over Selesaikan").isFalse();
        browser.screenshot("step3-refused");
        assertThat(ENGLISH.matcher(tasklist.visibleTextsAndHints()).results().map(r -> r.group()).toList()).isEmpty();

        step3.row(0).fill("Jumlah", "-1");
        browser.waitUntil("the minimum's message", driver -> step3.row(0).errors().contains("Nilai paling kecil 0."));
        assertThat(step3.row(0).errors()).containsExactlyInAnyOrder("Nilai paling kecil 0.", "Wajib diisi.");
        browser.screenshot("step3-minimum");
    }

    @Test
    void step3_note_typed_right_after_ticking_a_checkbox_is_kept() {
        String taskId = openStep3AsStaf1();
        CamundaForm step3 = step3Form();

        // tick, then type at once
        step3.row(0).check("Memori siap").type("Catatan", "Kartu memori baru");
        // another change arrives while the note of row 1 is being typed
        step3.row(1).type("Catatan", "Baterai");
        step3.row(2).tickWithoutFocus("Memori siap");
        step3.row(1).type("Catatan", " lemah");
        browser.screenshot("step3-notes-typed");
        tasklist.save();

        browser.waitUntil("the notes to be saved", driver -> tasklist.savedFormValues(taskId) != null);
        assertThat(tasklist.savedFormValues(taskId))
                .contains("\"catatan\":\"Kartu memori baru\"", "\"catatan\":\"Baterai lemah\"");
    }

    @Test
    void form_buttons_are_clear_of_the_footer_on_the_office_screens() {
        openStep3AsStaf1();
        for (Dimension screen : OFFICE_SCREENS) {
            browser.driver.manage().window().setSize(screen);
            assertThat(tasklist.formButtonsBlocked()).as("Simpan and Selesaikan at %s", screen).isEmpty();
            browser.screenshot("buttons-" + screen.getWidth() + "x" + screen.getHeight());
        }
    }

    @Test
    void date_picker_speaks_indonesian() {
        tasklist.login("kabag");
        CamundaForm agenda = tasklist.startProcess(SopStep.Sop.MEDIA_SOSIAL.name);

        assertThat(agenda.placeholder("Tanggal kegiatan")).isEqualTo("hh/bb/tttt");
        String calendar = agenda.openCalendar("Tanggal kegiatan");
        browser.screenshot("date-picker");

        assertThat(calendar).containsSubsequence("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min");
        assertThat(calendar).containsAnyOf("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                "September", "Oktober", "November", "Desember");
        assertThat(ENGLISH.matcher(tasklist.visibleTextsAndHints()).results().map(r -> r.group()).toList()).isEmpty();
    }

    @Test
    void a_link_without_https_is_refused_in_words_from_the_form() {
        String step6Id = cases.before(SopStep.MEDIA_6).getId();
        tasklist.login("staf1");
        tasklist.openFilter("Tugas saya");
        CamundaForm step6 = tasklist.openTask(SopStep.MEDIA_6.taskName(), step6Id);

        step6.fill("Tautan unggahan Instagram", "instagram.com/p/abc");

        browser.waitUntil("the pattern's message", driver -> !step6.errors().isEmpty());
        assertThat(step6.errors()).containsExactly(
                "Isi dengan tautan konten Instagram yang diawali https:// dan berada di instagram.com atau instagr.am.");
        browser.screenshot("step6-link-refused");
    }

    @Test
    void an_unclaimed_late_task_says_to_claim_it_and_how_late_it_is() {
        String step1 = cases.taskOf(cases.start(SopStep.Sop.INVENTARISASI, SopInputs.starting(SopStep.Sop.INVENTARISASI))).getId();
        taskService.setDueDate(step1, Date.from(Instant.now().minus(Duration.ofMinutes(25))));

        tasklist.login("kabag");
        tasklist.openFilter("Terlambat");
        assertThat(tasklist.cardMarker(SopStep.INVENTARIS_1.taskName())).isEqualTo("Terlambat");
        browser.screenshot("late-card");
        tasklist.openTask(SopStep.INVENTARIS_1.taskName());

        assertThat(tasklist.formNotices()).hasSize(2);
        assertThat(tasklist.formNotices().get(0)).contains("belum diambil", "Tekan Ambil");
        assertThat(tasklist.formNotices().get(1)).matches("Terlambat: melewati standar waktu 2[56] menit\\.");
        browser.screenshot("unclaimed-late-task");

        tasklist.claim();
        browser.waitUntil("the claim hint to go", driver -> tasklist.formNotices().size() == 1);
        assertThat(tasklist.formNotices().get(0)).startsWith("Terlambat");
        browser.screenshot("claimed-late-task");
    }

    private String openStep3AsStaf1() {
        String taskId = cases.before(SopStep.INVENTARIS_3).getId();
        tasklist.login("staf1");
        tasklist.openFilter("Tugas saya");
        tasklist.openTask(SopStep.INVENTARIS_3.taskName(), taskId);
        return taskId;
    }

    private CamundaForm step3Form() {
        return new CamundaForm(browser, By.cssSelector(".task-details .fjs-container"));
    }

    private static boolean overlap(Rectangle a, Rectangle b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }
}
