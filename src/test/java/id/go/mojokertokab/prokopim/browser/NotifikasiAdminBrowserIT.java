package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import id.go.mojokertokab.prokopim.notification.OutboxDelivery;
import id.go.mojokertokab.prokopim.notification.ReminderPreferences;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * The notifications in the browser: the administrator reads in Admin's "Kotak keluar notifikasi"
 * (app/admin/scripts/notifikasi.js) what a new SOP task wrote to the outbox, kept there unsent
 * because its recipient has no e-mail address (DISIMPAN), and filters it by status; sends a failed
 * one again, which then reaches the mail server (GreenMail, in this JVM); staf1 switches
 * their reminders off on Welcome's start page (app/welcome/scripts/notifikasi-saya.js) and finds
 * the switch off after a reload; whoever is not an administrator gets a refusal, not a broken page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mail.host=127.0.0.1")
class NotifikasiAdminBrowserIT extends BrowserJourney {

    private static final GreenMail SMTP = startSmtp();

    /** A user Admin lets in (its application grant) who is no administrator (not in camunda-admin). */
    private static final String HELPDESK = "petugasadmin";

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    ReminderPreferences reminderPreferences;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxDelivery delivery;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    /** A notification the test wrote into the outbox itself, deleted afterwards. */
    private Long seeded;

    @AfterEach
    void putBackWhatTheTestChanged() {
        if (seeded != null) {
            jdbc.sql("DELETE FROM notif_keluar WHERE id = ?").param(seeded).update();
        }
        reminderPreferences.setReminders("staf1", true);
        setEmail("kabag", null);
        if (identityService.createUserQuery().userId(HELPDESK).count() > 0) {
            identityService.deleteUser(HELPDESK);
        }
        authorizationService.createAuthorizationQuery().userIdIn(HELPDESK).list()
                .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    }

    @Test
    void admin_reads_a_new_tasks_notification_in_the_outbox_and_filters_it_by_status() {
        // given a new inventory case, whose first step waits for the Kabag's group: the Kabag was
        // notified through the outbox
        Task task = cases.taskOf(cases.start(SopStep.Sop.INVENTARISASI, SopInputs.starting(SopStep.Sop.INVENTARISASI)));
        Map<String, Object> notification = outboxRowOf(task, "kabag");
        long id = ((Number) notification.get("id")).longValue();
        assertThat(notification).containsEntry("status", "DISIMPAN").containsEntry("jenis", "TUGAS_BARU");

        // when the administrator opens Admin, the dashboard counts the kept notifications
        Cockpit admin = new Cockpit(browser, port, "admin").login("admin");
        admin.open("#/");
        NotificationPages pages = new NotificationPages(browser);
        assertThat(pages.dashboardFigure("disimpan tanpa dikirim")).matches("[1-9]\\d* disimpan tanpa dikirim");
        browser.screenshot("dashboard");

        // and its section's title leads to the outbox, where the notification is the newest row
        admin.follow("Notifikasi");
        assertThat(pages.outboxRowText(id))
                .contains("Tugas baru", "Sri Wahyuni", SopInputs.caseName(SopStep.Sop.INVENTARISASI), "Disimpan")
                .contains("Tidak dikirim");
        assertThat(admin.visibleTableHeaders()).contains("Jenis", "Penerima", "Kanal", "Judul", "Kasus", "Status", "Percobaan");
        assertThat(admin.errorToasts()).isEmpty();

        // then the row opens to the full text and the link that opens the task in Tasklist
        WebElement text = pages.openText(id);
        assertThat(browser.read(text::getText)).contains("Ada tugas baru untuk Anda.", "Buka di Tasklist: ");
        assertThat(text.findElement(By.cssSelector("a")).getDomAttribute("href")).contains("/camunda/app/tasklist/").contains(task.getId());
        browser.screenshot("outbox-open-row");

        // a kept notification cannot be sent again: there is nothing to resend it through
        assertThat(pages.outboxRow(id).findElements(By.cssSelector(".notifikasi-kirim-ulang"))).isEmpty();

        // filtered by "Gagal" the table leaves it out; by "Disimpan" it is back
        pages.filterByStatus("GAGAL");
        assertThat(pages.showsRow(id)).isFalse();
        pages.filterByStatus("DISIMPAN");
        assertThat(pages.showsRow(id)).isTrue();
        browser.screenshot("outbox-disimpan");
    }

    @Test
    void admin_sends_a_failed_notification_again_and_it_arrives() throws Exception {
        // given an e-mail the mail server refused for good, to an address since corrected
        OffsetDateTime hourAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        jdbc.sql("""
                INSERT INTO notif_keluar (jenis, kunci, penerima, kanal, alamat, judul, isi, tautan, nama_kasus, status,
                    percobaan, galat_terakhir, dibuat, dicoba_lagi)
                VALUES ('TUGAS_BARU', 'browser-test:gagal', 'kabag', 'email', 'kabag@salah.example', 'Tugas baru: uji kirim ulang',
                    'Ada tugas baru untuk Anda.', NULL, 'Triwulan IV 2026', 'GAGAL', 3, '550 Alamat tidak dikenal', ?, ?)""")
                .params(hourAgo, hourAgo).update();
        seeded = jdbc.sql("SELECT id FROM notif_keluar WHERE kunci = 'browser-test:gagal'").query(Long.class).single();
        setEmail("kabag", "sri.wahyuni@mojokertokab.go.id");

        // when the administrator opens the failed ones from the dashboard's highlighted figure
        Cockpit admin = new Cockpit(browser, port, "admin").login("admin");
        admin.open("#/");
        NotificationPages pages = new NotificationPages(browser);
        assertThat(pages.dashboardFigure("gagal dikirim")).matches("[1-9]\\d* gagal dikirim atau menunggu dicoba ulang");
        browser.click(browser.find(By.cssSelector(".notifikasi-ringkasan li.notifikasi-gagal a")));
        assertThat(pages.outboxRowText(seeded)).contains("Sri Wahyuni", "kabag@salah.example", "Gagal", "550 Alamat tidak dikenal");
        browser.screenshot("outbox-gagal");

        // and presses "Kirim ulang"
        assertThat(pages.sendAgain(seeded)).isEqualTo("Notifikasi “Tugas baru: uji kirim ulang” untuk Sri Wahyuni (kabag) "
                + "dijadwalkan untuk dikirim ulang.");

        // then the row waits to be sent again, without a second button, as the server keeps it
        assertThat(pages.outboxRowText(seeded)).contains("Menunggu").doesNotContain("Kirim ulang");
        assertThat(jdbc.sql("SELECT status FROM notif_keluar WHERE id = ?").param(seeded).query(String.class).single())
                .isEqualTo("MENUNGGU");
        browser.screenshot("outbox-kirim-ulang");

        // and goes out to the address the Kabag has now
        delivery.deliverDue();
        assertThat(SMTP.getReceivedMessages()).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Tugas baru: uji kirim ulang");
            assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("sri.wahyuni@mojokertokab.go.id");
        });
    }

    @Test
    void staf1_switches_reminders_off_and_finds_them_off_after_a_reload() {
        // given a notification for staf1 about their new step 3
        Task task = cases.before(SopStep.INVENTARIS_3);
        assertThat(task.getAssignee()).isEqualTo("staf1");
        long id = ((Number) outboxRowOf(task, "staf1").get("id")).longValue();

        // when staf1 opens Welcome, "Notifikasi saya" shows reminders on and the notification listed
        Cockpit welcome = new Cockpit(browser, port, "welcome").login("staf1");
        welcome.open("#/welcome");
        NotificationPages pages = new NotificationPages(browser);
        assertThat(pages.reminderSwitch().isSelected()).isTrue();
        assertThat(pages.settingsText()).contains("Notifikasi saya", "Kirimi saya pengingat");
        assertThat(pages.myNotification(id)).contains("Tugas baru: ", "Disimpan");
        assertThat(pages.openMine(id)).contains("Ada tugas baru untuk Anda.", task.getId());
        browser.screenshot("welcome-notifikasi-saya");

        // and switches reminders off: the page confirms it
        assertThat(pages.flipReminders()).isEqualTo("Tersimpan: pengingat dimatikan.");
        assertThat(pages.reminderSwitch().isSelected()).isFalse();

        // then after a reload the switch reads off, as the server keeps it
        browser.driver.navigate().refresh();
        assertThat(pages.reminderSwitch().isSelected()).isFalse();
        assertThat(reminderPreferences.wantsReminders("staf1")).isFalse();
        browser.screenshot("welcome-pengingat-mati");
    }

    @Test
    void whoever_is_no_administrator_is_refused_the_outbox_with_a_reason() {
        // staf1, logged into Welcome, following a link to the outbox: Admin itself is refused
        new Cockpit(browser, port, "welcome").login("staf1");
        browser.get(LoginPage.appUrl(port, "admin") + "#/notifikasi");
        browser.waitUntil("Admin's refusal", driver -> driver.findElement(By.tagName("h1")).getText().equals("Akses ditolak"));
        browser.screenshot("staf1-admin-refused");
        browser.driver.manage().deleteAllCookies();

        // a user Admin lets in who is no administrator sees the page say why, and no outbox
        User helpdesk = identityService.newUser(HELPDESK);
        helpdesk.setFirstName("Petugas");
        helpdesk.setLastName("Admin");
        helpdesk.setPassword(HELPDESK);
        identityService.saveUser(helpdesk);
        Authorization adminApp = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        adminApp.setUserId(HELPDESK);
        adminApp.setResource(Resources.APPLICATION);
        adminApp.setResourceId("admin");
        adminApp.addPermission(Permissions.ACCESS);
        authorizationService.saveAuthorization(adminApp);

        Cockpit admin = new Cockpit(browser, port, "admin").login(HELPDESK);
        admin.open("#/notifikasi");
        NotificationPages pages = new NotificationPages(browser);
        assertThat(pages.refusal()).isEqualTo("Kotak keluar notifikasi hanya untuk administrator.");
        assertThat(pages.showsOutbox()).isFalse();
        assertThat(browser.read(() -> browser.find(By.cssSelector(".notifikasi-halaman h3")).getText())).isEqualTo("Kotak keluar notifikasi");
        browser.screenshot("helpdesk-refused");
    }

    /** The task's notification for {@code recipient}, as the outbox API gives it to the administrator. */
    private void setEmail(String userId, String email) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setEmail(email);
        identityService.saveUser(user);
    }

    private static GreenMail startSmtp() {
        try (ServerSocket free = new ServerSocket(0)) {
            GreenMail server = new GreenMail(new ServerSetup(free.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            free.close();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> outboxRowOf(Task task, String recipient) {
        ResponseEntity<Map<String, Object>> page = http.withBasicAuth("admin", "admin").exchange(
                "/api/notifikasi?maxResults=200", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
                });
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) page.getBody().get("rows");
        return rows.stream()
                .filter(row -> recipient.equals(row.get("penerima")))
                .filter(row -> String.valueOf(row.get("tautan")).contains(task.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no notification of task " + task.getId() + " in " + rows));
    }
}
