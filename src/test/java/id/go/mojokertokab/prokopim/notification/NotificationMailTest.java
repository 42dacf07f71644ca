package id.go.mojokertokab.prokopim.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.micrometer.core.instrument.MeterRegistry;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopProcessTest;
import id.go.mojokertokab.prokopim.sop.SopStep;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The notifications as people receive them, through a real SMTP server in the test JVM
 * (GreenMail): who is told of new work, of a missed standard and of an escalation, with what
 * words and links; and the outbox's promises: an SMTP outage delays and loses nothing, a rollback
 * sends nothing, two nodes send each notification once.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "prokopim.alamat-publik=https://sop.example.go.id"})
class NotificationMailTest extends SopProcessTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = startSmtp();

    @Autowired
    OutboxDelivery delivery;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Channels channels;
    @Autowired
    DeliveryMetrics metrics;
    @Autowired
    ReminderPreferences preferences;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MorningSummarySchedule summaries;
    @Autowired
    MeterRegistry registry;
    @Autowired
    OutboxRows rows;
    @Autowired
    Resending resending;
    @Autowired
    JavaMailSender mailSender;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeEach
    void addressesAndAnEmptyOutbox() {
        Map.of("kabag", "sri.wahyuni@mojokertokab.go.id", "subkoor", "bambang.setiawan@mojokertokab.go.id",
                "staf1", "dewi.lestari@mojokertokab.go.id", "staf2", "agus.prasetyo@mojokertokab.go.id")
                .forEach(this::setEmail);
        jdbc.sql("DELETE FROM notif_keluar").update();
        jdbc.sql("DELETE FROM notif_preferensi").update();
        if (!smtp.isRunning()) {
            smtp = startSmtp();
        }
        smtp.reset();
    }

    @AfterEach
    void noCasesLeft() {
        runtimeService.createProcessInstanceQuery().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test selesai"));
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void new_work_mails_the_lanes_group_with_step_case_standard_deadline_and_link() throws Exception {
        ProcessInstance instance = start(SopStep.Sop.INVENTARISASI);
        Task task = taskOf(instance);

        assertThat(delivery.deliverDue()).isEqualTo(1);

        MimeMessage mail = onlyMailTo("sri.wahyuni@mojokertokab.go.id");
        assertThat(mail.getSubject()).isEqualTo("Tugas baru: 1. Menugaskan Sub Koordinator Dokpim untuk inventarisasi … · "
                + SopInputs.caseName(SopStep.Sop.INVENTARISASI));
        assertThat(text(mail))
                .startsWith("Ada tugas baru untuk Anda.\n\nSOP Inventarisasi Peralatan Dokumentasi\n")
                .contains("Langkah: 1. Menugaskan Sub Koordinator Dokpim untuk inventarisasi peralatan dokumentasi")
                .contains("Lajur: Kabag Prokopim")
                .contains("Kasus: Triwulan IV 2026")
                .contains("Standar waktu: 10 menit, paling lambat " + wib(task.getDueDate()))
                .contains("Buka di Tasklist: https://sop.example.go.id/camunda/app/tasklist/default/#/?task=" + task.getId())
                .endsWith("Pengingat tentang tugas Anda sendiri dapat dimatikan di"
                        + " https://sop.example.go.id/camunda/app/welcome/default/ (Notifikasi saya).");
        assertThat(mail.getMessageID()).matches("<notifikasi-\\d+@prokopim\\.mojokertokab\\.go\\.id>");
        assertThat(statuses()).containsExactly("TUGAS_BARU kabag TERKIRIM");
    }

    @Test
    void a_missed_standard_tells_the_assignee_and_escalates_to_the_lanes_nearest_supervisor() throws Exception {
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_3);
        Task task = taskOf(instance);
        delivery.deliverDue();
        smtp.reset();

        Instant breachAt = task.getDueDate().toInstant().plusSeconds(1);
        ClockUtil.setCurrentTime(Date.from(breachAt));
        managementService.executeJob(timerOf(instance).getId());

        assertThat(delivery.deliverDue()).isEqualTo(2);
        assertThat(text(onlyMailTo("dewi.lestari@mojokertokab.go.id")))
                .startsWith("Tugas ini melewati standar waktu 1 jam (batas " + wib(task.getDueDate()) + ")")
                .contains("atasan lajur ini juga diberi tahu")
                .contains("Kasus: Triwulan IV 2026")
                .contains("Dikerjakan oleh: Dewi Lestari (staf1)")
                .contains("#/?task=" + task.getId());
        MimeMessage escalation = onlyMailTo("bambang.setiawan@mojokertokab.go.id");
        assertThat(escalation.getSubject()).startsWith("Eskalasi: 3. Melakukan pengecekan peralatan").endsWith("melewati standar waktu");
        assertThat(text(escalation))
                .startsWith("Untuk Sub Koordinator Dokpim: langkah di lajur Staf Sub Dokpim melewati standar waktu 1 jam")
                .contains("Dikerjakan oleh: Dewi Lestari (staf1)")
                .contains("Pelanggaran yang masih terbuka: https://sop.example.go.id/camunda/app/cockpit/default/#/dashboard");
        assertThat(mailsTo("sri.wahyuni@mojokertokab.go.id")).isEmpty();

        // the second reminder waits for twice the standard, then goes to both
        assertThat(statuses()).contains("PENGINGAT staf1 MENUNGGU", "ESKALASI_KEDUA subkoor MENUNGGU");
        smtp.reset();
        ClockUtil.setCurrentTime(Date.from(breachAt.plus(Duration.ofMinutes(59))));
        assertThat(delivery.deliverDue()).isZero();
        ClockUtil.setCurrentTime(Date.from(task.getCreateTime().toInstant().plus(Duration.ofHours(2)).plusSeconds(3)));
        assertThat(delivery.deliverDue()).isEqualTo(2);
        assertThat(onlyMailTo("dewi.lestari@mojokertokab.go.id").getSubject()).startsWith("Pengingat kedua: 3. Melakukan");
        assertThat(text(onlyMailTo("dewi.lestari@mojokertokab.go.id")))
                .startsWith("Tugas ini sudah terbuka dua kali standar waktunya (1 jam) dan belum selesai.");
        MimeMessage secondEscalation = onlyMailTo("bambang.setiawan@mojokertokab.go.id");
        assertThat(secondEscalation.getSubject()).startsWith("Eskalasi kedua: 3. Melakukan").endsWith("belum selesai");
        assertThat(text(secondEscalation)).startsWith("Untuk Sub Koordinator Dokpim: langkah di lajur Staf Sub Dokpim sudah terbuka"
                + " dua kali standar waktunya (1 jam) dan belum selesai.");
    }

    @Test
    void a_reminder_for_a_task_done_meanwhile_is_dropped() {
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_3);
        Task task = taskOf(instance);
        ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plusSeconds(1)));
        managementService.executeJob(timerOf(instance).getId());
        delivery.deliverDue();
        runtimeService.deleteProcessInstance(instance.getId(), "selesai lebih dulu");
        smtp.reset();

        ClockUtil.setCurrentTime(Date.from(task.getCreateTime().toInstant().plus(Duration.ofHours(3))));
        assertThat(delivery.deliverDue()).isZero();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(statuses()).contains("PENGINGAT staf1 DIBATALKAN", "ESKALASI_KEDUA subkoor DIBATALKAN");
    }

    @Test
    void an_smtp_outage_delays_the_mail_loses_none_and_sends_it_once_when_the_server_is_back() throws Exception {
        smtp.stop();
        start(SopStep.Sop.INVENTARISASI);

        assertThat(delivery.deliverDue()).isZero();
        assertThat(jdbc.sql("SELECT status, percobaan, galat_terakhir FROM notif_keluar").query().singleRow())
                .containsEntry("STATUS", "MENUNGGU").containsEntry("PERCOBAAN", 1)
                .hasEntrySatisfying("GALAT_TERAKHIR", error -> assertThat((String) error).startsWith("Server surat tidak dapat dihubungi"));
        assertThat(delivery.deliverDue()).as("not due again before its pause").isZero();
        assertThat(registry.get("prokopim.notifikasi.antrean").tag("status", "tertunda").gauge().value()).isEqualTo(1.0);

        smtp = startSmtp();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(31)));
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(delivery.deliverDue()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(statuses()).containsExactly("TUGAS_BARU kabag TERKIRIM");
        assertThat(registry.get("prokopim.notifikasi.antrean").tag("status", "tertunda").gauge().value()).isZero();
    }

    @Test
    void a_case_name_with_a_line_break_stays_in_the_subject_line() throws Exception {
        runtimeService.startProcessInstanceByKey(SopStep.Sop.INVENTARISASI.processKey, "Triwulan IV\r\nBcc: semua@luar.example",
                SopInputs.starting(SopStep.Sop.INVENTARISASI));

        assertThat(delivery.deliverDue()).isEqualTo(1);

        MimeMessage mail = onlyMailTo("sri.wahyuni@mojokertokab.go.id");
        assertThat(mail.getSubject()).endsWith("· Triwulan IV Bcc: semua@luar.example");
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getAllRecipients()).hasSize(1);
    }

    @Test
    void a_rolled_back_transaction_leaves_nothing_to_send() {
        transaction.executeWithoutResult(status -> {
            start(SopStep.Sop.INVENTARISASI);
            assertThat(statuses()).as("written with the task, in its transaction").containsExactly("TUGAS_BARU kabag MENUNGGU");
            status.setRollbackOnly();
        });

        assertThat(delivery.deliverDue()).isZero();
        assertThat(statuses()).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void two_nodes_delivering_at_once_send_each_notification_once() throws Exception {
        for (int i = 0; i < 20; i++) {
            start(SopStep.Sop.MEDIA_SOSIAL);
        }
        OutboxDelivery otherNode = new OutboxDelivery(jdbc, channels, preferences, taskService, metrics, false,
                Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofMinutes(15));

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                rounds.add(nodes.submit((Callable<Integer>) delivery::deliverDue));
                rounds.add(nodes.submit((Callable<Integer>) otherNode::deliverDue));
            }
            int sent = 0;
            for (Future<Integer> round : rounds) {
                sent += round.get();
            }
            assertThat(sent).isEqualTo(20);
        } finally {
            nodes.shutdownNow();
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(20);
        assertThat(Arrays.stream(received).map(NotificationMailTest::messageId).distinct()).hasSize(20);
        assertThat(statuses()).hasSize(20).allMatch(row -> row.endsWith("TERKIRIM"));
    }

    @Test
    void whoever_switched_reminders_off_gets_none_and_their_supervisor_is_still_told() {
        preferences.setReminders("staf1", false);
        preferences.setReminders("subkoor", false);
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_3);
        Task task = taskOf(instance);
        ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plusSeconds(1)));
        managementService.executeJob(timerOf(instance).getId());

        assertThat(statuses()).containsExactlyInAnyOrder("ESKALASI subkoor MENUNGGU", "ESKALASI_KEDUA subkoor MENUNGGU");
    }

    @Test
    void a_reminder_already_waiting_is_dropped_when_its_person_switches_reminders_off() {
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_3);
        Task task = taskOf(instance);
        ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plusSeconds(1)));
        managementService.executeJob(timerOf(instance).getId());
        delivery.deliverDue();

        preferences.setReminders("staf1", false);
        ClockUtil.setCurrentTime(Date.from(task.getCreateTime().toInstant().plus(Duration.ofHours(3))));
        delivery.deliverDue();

        assertThat(statuses()).contains("PENGINGAT staf1 DIBATALKAN", "ESKALASI_KEDUA subkoor TERKIRIM");
        assertThat(jdbc.sql("SELECT galat_terakhir FROM notif_keluar WHERE jenis = 'PENGINGAT'").query(String.class).single())
                .isEqualTo("Tidak dikirim: penerima mematikan pengingatnya.");
    }

    @Test
    void a_wrong_address_fails_for_good_and_is_not_retried() {
        setEmail("kabag", "sri.wahyuni@@mojokertokab");
        start(SopStep.Sop.INVENTARISASI);

        assertThat(delivery.deliverDue()).isZero();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(1))));
        assertThat(delivery.deliverDue()).isZero();

        assertThat(statuses()).containsExactly("TUGAS_BARU kabag GAGAL");
        assertThat(jdbc.sql("SELECT percobaan, galat_terakhir FROM notif_keluar").query().singleRow())
                .containsEntry("PERCOBAAN", 1)
                .hasEntrySatisfying("GALAT_TERAKHIR", error -> assertThat((String) error).startsWith("Alamat atau isi surat ditolak"));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_person_without_an_address_is_listed_as_unreachable_and_sent_again_once_they_have_one() throws Exception {
        setEmail("kabag", null);
        start(SopStep.Sop.INVENTARISASI);
        long id = jdbc.sql("SELECT id FROM notif_keluar").query(Long.class).single();

        assertThat(jdbc.sql("SELECT kanal, status, galat_terakhir FROM notif_keluar").query().singleRow())
                .containsEntry("KANAL", "halaman").containsEntry("STATUS", "DISIMPAN")
                .containsEntry("GALAT_TERAKHIR", "Tidak dikirim: alamat e-mail penerima belum diisi (profilnya di halaman awal Camunda, atau di Admin).");
        assertThat(rows.byId(id).orElseThrow().bisaDikirimUlang()).isFalse();
        assertThatThrownBy(() -> resending.again(id)).isInstanceOf(OptimisticLockingException.class)
                .hasMessageContaining("belum dapat dikirim");

        setEmail("kabag", "sri.wahyuni@mojokertokab.go.id");
        assertThat(rows.byId(id).orElseThrow().bisaDikirimUlang()).isTrue();
        assertThat(resending.again(id).status()).isEqualTo("MENUNGGU");
        assertThat(delivery.deliverDue()).isEqualTo(1);

        assertThat(onlyMailTo("sri.wahyuni@mojokertokab.go.id").getSubject()).startsWith("Tugas baru: 1.");
        assertThat(jdbc.sql("SELECT kanal, status FROM notif_keluar").query().singleRow())
                .containsEntry("KANAL", "email").containsEntry("STATUS", "TERKIRIM");
    }

    @Test
    void a_mail_server_that_never_answers_fails_the_attempt_within_its_timeout() throws Exception {
        assertThat(((JavaMailSenderImpl) mailSender).getJavaMailProperties())
                .containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "30000")
                .containsEntry("mail.smtp.writetimeout", "30000");
        try (ServerSocket silent = new ServerSocket(0)) {
            JavaMailSenderImpl toSilence = new JavaMailSenderImpl();
            toSilence.setHost("127.0.0.1");
            toSilence.setPort(silent.getLocalPort());
            toSilence.getJavaMailProperties().put("mail.smtp.timeout", "1000");
            EmailChannel channel = new EmailChannel(toSilence, "SOP Prokopim <noreply@mojokertokab.go.id>", "uji.example");

            long started = System.nanoTime();
            assertThatThrownBy(() -> channel.send(1, "sri.wahyuni@mojokertokab.go.id", "Uji", "Isi"))
                    .isInstanceOfSatisfying(DeliveryFailed.class, failed -> assertThat(failed.permanent()).isFalse());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void the_morning_summary_tells_the_kabag_of_open_breaches_yesterdays_cases_and_compliance() throws Exception {
        String deployment = repositoryService.createDeployment().name("uji-ringkasan")
                .addModelInstance("uji-ringkasan.bpmn", Bpmn.createExecutableProcess("uji-ringkasan")
                        .name("SOP Uji Ringkasan").camundaHistoryTimeToLive(30)
                        .startEvent()
                        .userTask("UserTask_Uji").name("1. Langkah uji").camundaCandidateGroups("staf-dokpim")
                        .boundaryEvent("Timer_Uji").cancelActivity(false).timerWithDuration("PT10M")
                        .camundaExecutionListenerDelegateExpression("start", "${slaBreachListener}").endEvent()
                        .moveToActivity("UserTask_Uji").endEvent()
                        .done())
                .deploy().getId();
        try {
            // Tuesday 11-03-2031 in WIB: case A late and done, B on time, C late and still open
            work("Uji A", "2031-03-11T09:00:00+07:00", true, "2031-03-11T09:25:00+07:00");
            work("Uji B", "2031-03-11T10:00:00+07:00", false, "2031-03-11T10:05:00+07:00");
            work("Uji C", "2031-03-11T15:00:00+07:00", true, null);
            jdbc.sql("DELETE FROM notif_keluar").update();

            ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2031-03-12T07:30:00+07:00").toInstant()));
            assertThat(summaries.send(LocalDate.of(2031, 3, 12))).isEqualTo(1);
            assertThat(summaries.send(LocalDate.of(2031, 3, 12))).as("a second node's run finds it written").isZero();
            assertThat(delivery.deliverDue()).isEqualTo(1);

            MimeMessage summary = onlyMailTo("sri.wahyuni@mojokertokab.go.id");
            assertThat(summary.getSubject()).isEqualTo("Ringkasan pagi SOP Prokopim, Rabu 12-03-2031");
            assertThat(text(summary))
                    .contains("Pelanggaran standar waktu yang masih terbuka: 1\n- Uji C: 1. Langkah uji (SOP Uji Ringkasan),"
                            + " belum diambil, terlambat 16 jam 20 menit\n")
                    .contains("Kasus yang selesai Selasa 11-03-2031: 2\n"
                            + "- SOP Uji Ringkasan: Uji A (selesai 11-03-2031 09:25 WIB, 1 pelanggaran)\n"
                            + "- SOP Uji Ringkasan: Uji B (selesai 11-03-2031 10:05 WIB, tepat waktu)\n")
                    .contains("- SOP Uji Ringkasan: hari itu 33,3 % (1 dari 3 langkah); 30 hari terakhir 33,3 % (1 dari 3 langkah)")
                    .contains("- SOP Inventarisasi Peralatan Dokumentasi: hari itu belum ada langkah");
            assertThat(mailsTo("dewi.lestari@mojokertokab.go.id")).isEmpty();
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void the_summary_of_a_monday_covers_the_friday_before() {
        assertThat(MorningSummary.previousWorkingDay(LocalDate.of(2031, 3, 17))).isEqualTo(LocalDate.of(2031, 3, 14));
        assertThat(MorningSummary.previousWorkingDay(LocalDate.of(2031, 3, 18))).isEqualTo(LocalDate.of(2031, 3, 17));
    }

    /** A case of the test SOP started at {@code start}, its standard missed or not, completed at {@code done} (null: open). */
    private void work(String caseName, String start, boolean late, String done) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(start).toInstant()));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("uji-ringkasan", caseName);
        if (late) {
            ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(start).plusMinutes(11).toInstant()));
            managementService.executeJob(timerOf(instance).getId());
        }
        if (done != null) {
            ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(done).toInstant()));
            taskService.complete(taskOf(instance).getId());
        }
    }

    private Job timerOf(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    private List<String> statuses() {
        return jdbc.sql("SELECT jenis, penerima, status FROM notif_keluar ORDER BY id")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage onlyMailTo(String address) {
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).as("mails to " + address).hasSize(1);
        return mails.get(0);
    }

    /** The body as written: SMTP carries its lines with CRLF. */
    static String text(MimeMessage mail) throws IOException, MessagingException {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String wib(Date date) {
        return OffsetDateTime.ofInstant(date.toInstant(), ZoneId.of("Asia/Jakarta"))
                .format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")) + " WIB";
    }

    private void setEmail(String userId, String email) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setEmail(email);
        identityService.saveUser(user);
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
