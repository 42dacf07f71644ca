package id.go.mojokertokab.prokopim.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.mojokertokab.prokopim.http.OfficeHttpTest;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * /api/notifikasi over HTTP: the outbox for administrators only, "Kirim ulang" for what failed,
 * and each person's own notifications and reminder switch; every refusal Camunda-shaped, in
 * Indonesian, and changing nothing.
 */
class NotificationApiTest extends OfficeHttpTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxDelivery delivery;

    @BeforeEach
    void oneNewTaskForTheKabag() {
        jdbc.sql("DELETE FROM notif_keluar").update();
        jdbc.sql("DELETE FROM notif_preferensi").update();
        runtimeService.createProcessInstanceQuery().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "uji baru"));
        runtimeService.startProcessInstanceByKey(SopStep.Sop.INVENTARISASI.processKey, SopInputs.starting(SopStep.Sop.INVENTARISASI));
    }

    @Test
    void the_administrator_reads_the_outbox_with_what_would_have_been_sent() {
        JsonNode outbox = api().get("admin", "/api/notifikasi");

        assertThat(outbox.path("total").asLong()).isEqualTo(1);
        JsonNode row = outbox.path("rows").get(0);
        assertThat(row.path("jenis").asText()).isEqualTo("TUGAS_BARU");
        assertThat(row.path("jenisLabel").asText()).isEqualTo("Tugas baru");
        assertThat(row.path("namaPenerima").asText()).isEqualTo("Sri Wahyuni (kabag)");
        assertThat(row.path("kanal").asText()).isEqualTo("halaman");
        assertThat(row.path("status").asText()).isEqualTo("DISIMPAN");
        assertThat(row.path("statusLabel").asText()).isEqualTo("Disimpan, tidak dikirim");
        assertThat(row.path("galatTerakhir").asText()).startsWith("Tidak dikirim: belum ada server surat");
        assertThat(row.path("kasus").asText()).isEqualTo("Triwulan IV 2026");
        assertThat(row.path("isi").asText()).startsWith("Ada tugas baru untuk Anda.");
        assertThat(row.path("tautan").asText()).contains("/camunda/app/tasklist/default/#/?task=");
        assertThat(row.path("dibuat").asText()).endsWith(" WIB");

        assertThat(api().get("admin", "/api/notifikasi?status=DISIMPAN").path("total").asLong()).isEqualTo(1);
        assertThat(api().get("admin", "/api/notifikasi?status=GAGAL").path("total").asLong()).isZero();
        assertThat(api().get("admin", "/api/notifikasi/ringkasan"))
                .hasToString("{\"menunggu\":0,\"gagal\":0,\"terkirim24Jam\":0,\"disimpan\":1}");
    }

    @Test
    void only_administrators_read_the_outbox_and_a_client_mistake_is_a_400() {
        assertThat(api().call(null, "GET", "/api/notifikasi", null).status()).isEqualTo(401);
        JsonNode staff = api().call("staf1", "GET", "/api/notifikasi", null).expect(403).json();
        assertThat(staff.path("type").asText()).isEqualTo("AuthorizationException");
        assertThat(staff.path("message").asText()).isEqualTo("Kotak keluar notifikasi hanya untuk administrator.");
        api().call("kabag", "GET", "/api/notifikasi/ringkasan", null).expect(403);

        assertThat(message(api().call("admin", "GET", "/api/notifikasi?status=HILANG", null).expect(400).json()))
                .startsWith("Status 'HILANG' tidak dikenal");
        assertThat(message(api().call("admin", "GET", "/api/notifikasi?maxResults=0", null).expect(400).json()))
                .isEqualTo("maxResults harus 1 sampai 200.");
        api().call("admin", "GET", "/api/notifikasi?maxResults=banyak", null).expect(400);
        api().call("admin", "GET", "/api/notifikasi?firstResult=-1", null).expect(400);
    }

    @Test
    void kirim_ulang_is_refused_with_its_reason_and_changes_nothing() {
        long failed = row("GAGAL", 1);
        long sent = row("TERKIRIM", 1);
        long scheduled = row("MENUNGGU", 0);

        api().call("staf1", "POST", "/api/notifikasi/" + failed + "/kirim-ulang", null).expect(403);
        assertThat(message(api().call("admin", "POST", "/api/notifikasi/" + failed + "/kirim-ulang", null).expect(409).json()))
                .isEqualTo("Notifikasi " + failed + " belum dapat dikirim. Tidak dikirim: belum ada server surat (demo); hanya disimpan di sini.");
        assertThat(api().get("admin", "/api/notifikasi?status=GAGAL").path("rows").get(0).path("bisaDikirimUlang").asBoolean())
                .as("this server has no mail server").isFalse();
        assertThat(message(api().call("admin", "POST", "/api/notifikasi/" + sent + "/kirim-ulang", null).expect(409).json()))
                .isEqualTo("Notifikasi " + sent + " sudah terkirim, jadi tidak dikirim ulang.");
        assertThat(message(api().call("admin", "POST", "/api/notifikasi/" + scheduled + "/kirim-ulang", null).expect(409).json()))
                .startsWith("Notifikasi " + scheduled + " masih menunggu gilirannya");
        assertThat(message(api().call("admin", "POST", "/api/notifikasi/999999/kirim-ulang", null).expect(404).json()))
                .isEqualTo("Notifikasi 999999 tidak ada.");
        api().call("admin", "POST", "/api/notifikasi/satu/kirim-ulang", null).expect(400);

        assertThat(List.of(status(failed), status(sent), status(scheduled))).containsExactly("GAGAL", "TERKIRIM", "MENUNGGU");
    }

    @Test
    void in_the_demo_a_second_reminder_waits_for_its_time_and_is_dropped_when_the_task_is_done_first() {
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(SopStep.INVENTARIS_3.sop.processKey)
                .startBeforeActivity(SopStep.INVENTARIS_3.taskId).setVariables(SopInputs.before(SopStep.INVENTARIS_3)).execute();
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        try {
            ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plusSeconds(1)));
            managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                    .singleResult().getId());
            delivery.deliverDue();
            assertThat(kinds()).contains("PELANGGARAN staf1 DISIMPAN", "ESKALASI subkoor DISIMPAN", "PENGINGAT staf1 MENUNGGU",
                    "ESKALASI_KEDUA subkoor MENUNGGU");

            runtimeService.deleteProcessInstance(instance.getId(), "selesai lebih dulu");
            ClockUtil.setCurrentTime(Date.from(task.getCreateTime().toInstant().plus(Duration.ofHours(3))));
            delivery.deliverDue();

            assertThat(kinds()).contains("PENGINGAT staf1 DIBATALKAN", "ESKALASI_KEDUA subkoor DIBATALKAN");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void everyone_reads_their_own_notifications_only() {
        assertThat(api().get("kabag", "/api/notifikasi/saya").path("rows").findValuesAsText("penerima")).containsExactly("kabag");
        assertThat(api().get("staf1", "/api/notifikasi/saya").path("total").asLong()).isZero();
        assertThat(api().call(null, "GET", "/api/notifikasi/saya", null).status()).isEqualTo(401);
    }

    @Test
    void a_person_switches_their_reminders_off_and_gets_none() {
        assertThat(api().get("staf1", "/api/notifikasi/preferensi"))
                .hasToString("{\"pengingat\":true,\"email\":null,\"kanal\":[]}");

        JsonNode off = api().call("staf1", "PUT", "/api/notifikasi/preferensi", Map.of("pengingat", false)).expect(200).json();
        assertThat(off.path("pengingat").asBoolean()).isFalse();
        assertThat(api().get("staf1", "/api/notifikasi/preferensi").path("pengingat").asBoolean()).isFalse();
        assertThat(api().get("staf2", "/api/notifikasi/preferensi").path("pengingat").asBoolean()).as("only their own").isTrue();

        runtimeService.createProcessInstanceByKey(SopStep.INVENTARIS_3.sop.processKey)
                .startBeforeActivity(SopStep.INVENTARIS_3.taskId).setVariables(SopInputs.before(SopStep.INVENTARIS_3)).execute();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notif_keluar WHERE penerima = 'staf1'").query(Long.class).single()).isZero();
    }

    @Test
    void a_wrong_preference_is_refused_and_changes_nothing() {
        for (String body : new String[] {"{\"pengingat\":\"tidak\"}", "{}", "{\"pengingat\":false,\"email\":\"x@y\"}",
                "{\"pengingat\":0}", "[false]", "pengingat=false"}) {
            int status = api().call("staf1", "PUT", "/api/notifikasi/preferensi", body).status();
            assertThat(status).as(body).isEqualTo(400);
        }
        assertThat(api().call(null, "PUT", "/api/notifikasi/preferensi", Map.of("pengingat", false)).status()).isEqualTo(401);
        assertThat(api().get("staf1", "/api/notifikasi/preferensi").path("pengingat").asBoolean()).isTrue();
    }

    private List<String> kinds() {
        return jdbc.sql("SELECT jenis, penerima, status FROM notif_keluar ORDER BY id")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
    }

    private long row(String status, int attempts) {
        OffsetDateTime now = OffsetDateTime.now();
        return jdbc.sql("""
                INSERT INTO notif_keluar (jenis, kunci, penerima, kanal, alamat, judul, isi, status, percobaan, dibuat, dicoba_lagi)
                VALUES ('ESKALASI', ?, 'subkoor', 'email', 'bambang@example.go.id', 'Eskalasi: uji', 'Isi uji', ?, ?, ?, ?)""")
                .params("UJI:" + status, status, attempts, now, now).update() == 1
                ? jdbc.sql("SELECT id FROM notif_keluar WHERE kunci = ?").param("UJI:" + status).query(Long.class).single()
                : -1;
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM notif_keluar WHERE id = ?").param(id).query(String.class).single();
    }

    private static String message(JsonNode error) {
        return error.path("message").asText();
    }
}
