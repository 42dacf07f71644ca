package id.go.mojokertokab.prokopim.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * Riwayat SOP over HTTP, after both SOPs were worked to their end through the Java API by the
 * demo users, at known times (WIB = UTC+7):
 * <ul>
 * <li>a media case started by the Kabag at 09:00 WIB on 1 December 2026, whose step 4 broke its
 * 3-hour standard by 15 minutes and whose content came back for one revision;</li>
 * <li>an inventory started at 23:00 WIB on 30 November and finished at 00:30 WIB on 1 December
 * (still 30 November in UTC), checked by staf2;</li>
 * <li>a media case finished in January 2027, an inventory finished in February 2027 whose step 1
 * the Kabag completed without claiming it, and an inventory still running.</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseHistoryApiTest {

    private static final String MEDIA = SopStep.Sop.MEDIA_SOSIAL.processKey;
    private static final String INVENTORY = SopStep.Sop.INVENTARISASI.processKey;
    private static final String DECEMBER = "dari=2026-12-01&sampai=2026-12-31";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    CaseWork work;

    String media;
    String inventory;
    String january;
    String unclaimed;
    String running;
    Instant now;

    @BeforeAll
    void workTheCases() {
        work = new CaseWork(engine);
        inventory = inventory();
        media = mediaWithALateStepAndARevision();
        january = mediaFinishedInJanuary();
        unclaimed = inventoryWithAnUnclaimedStep();
        running = work.start(INVENTORY, "kabag", "kabag-prokopim", Map.of("periodeInventarisasi", "Triwulan I 2027"));
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    private String inventory() {
        clock("2026-11-30T16:00:00Z");
        String id = work.start(INVENTORY, "kabag", "kabag-prokopim",
                Map.of("periodeInventarisasi", "Triwulan IV 2026", "keteranganInventarisasi", "Akhir tahun"));
        later(10);
        work.complete(id, "kabag", "kabag-prokopim", SopInputs.completing(SopStep.INVENTARIS_1));
        later(10);
        work.complete(id, "subkoor", "subkoor-dokpim", Map.of("stafPelaksana", "staf2", "disposisiSubkoor", "Cek semua peralatan."));
        later(40);
        work.complete(id, "staf2", "staf-dokpim", SopInputs.completing(SopStep.INVENTARIS_3));
        later(30);
        work.complete(id, "staf2", "staf-dokpim", SopInputs.completing(SopStep.INVENTARIS_4));
        return id;
    }

    private String mediaWithALateStepAndARevision() {
        clock("2026-12-01T02:00:00Z");
        String id = work.start(MEDIA, "kabag", "kabag-prokopim", SopInputs.agenda());
        later(5);
        work.complete(id, "kabag", "kabag-prokopim", SopInputs.completing(SopStep.MEDIA_1));
        later(5);
        work.complete(id, "kabag", "kabag-prokopim", SopInputs.completing(SopStep.MEDIA_2));
        later(5);
        work.complete(id, "subkoor", "subkoor-dokpim", SopInputs.completing(SopStep.MEDIA_3));
        // step 4 takes 3 h 15 min: its timer fires at 3 h and marks the breach
        later(180);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(id).timers().singleResult().getId());
        later(15);
        work.complete(id, "staf1", "staf-dokpim", Map.of("judulKonten", "Bupati resmikan pasar",
                "naskahKonten", "Naskah pertama", "tautanDesain", "https://drive.example.go.id/desain/1"));
        later(10);
        work.complete(id, "staf1", "staf-dokpim", SopInputs.completing(SopStep.MEDIA_5));
        later(10);
        work.complete(id, "subkoor", "subkoor-dokpim", Map.of("kontenDisetujui", false, "catatanVerifikasi", "Judul kurang jelas."));
        later(20);
        work.complete(id, "staf1", "staf-dokpim", SopInputs.completing(SopStep.MEDIA_4));
        later(5);
        work.complete(id, "staf1", "staf-dokpim", SopInputs.completing(SopStep.MEDIA_5));
        later(5);
        work.complete(id, "subkoor", "subkoor-dokpim", SopInputs.completing(SopStep.MEDIA_5A));
        later(5);
        work.complete(id, "staf1", "staf-dokpim", SopInputs.completing(SopStep.MEDIA_6));
        return id;
    }

    private String mediaFinishedInJanuary() {
        clock("2027-01-05T03:00:00Z");
        String id = runtimeService.createProcessInstanceByKey(MEDIA)
                .startBeforeActivity(SopStep.MEDIA_6.taskId)
                .setVariables(SopInputs.before(SopStep.MEDIA_6))
                .execute().getId();
        later(5);
        work.complete(id, "staf1", "staf-dokpim", SopInputs.completing(SopStep.MEDIA_6));
        return id;
    }

    private String inventoryWithAnUnclaimedStep() {
        clock("2027-02-02T02:00:00Z");
        // started by the schedule (nobody), so only the unclaimed step 1 ties the Kabag to it
        String id = runtimeService.startProcessInstanceByKey(INVENTORY, "Triwulan I 2027 (awal)",
                Map.of("periodeInventarisasi", "Triwulan I 2027 (awal)")).getId();
        later(10);
        work.completeUnclaimed(id, "kabag", "kabag-prokopim", SopInputs.completing(SopStep.INVENTARIS_1));
        later(10);
        work.complete(id, "subkoor", "subkoor-dokpim", Map.of("stafPelaksana", "staf2", "disposisiSubkoor", "Cek semua."));
        later(10);
        work.complete(id, "staf2", "staf-dokpim", SopInputs.completing(SopStep.INVENTARIS_3));
        later(10);
        work.complete(id, "staf2", "staf-dokpim", SopInputs.completing(SopStep.INVENTARIS_4));
        return id;
    }

    // ------------------------------------------------------------------ list

    @Test
    void kabag_lists_the_finished_cases_of_the_period_newest_first() {
        JsonNode list = get("kabag", "/api/riwayat?" + DECEMBER).getBody();

        assertThat(ids(list)).containsExactly(media, inventory);
        assertThat(list.get("count").asLong()).isEqualTo(2);
        assertThat(list.get("dari").asText()).isEqualTo("2026-12-01");
        assertThat(list.get("sops").findValuesAsText("key")).containsExactlyInAnyOrder(MEDIA, INVENTORY);
        JsonNode first = list.get("cases").get(0);
        assertThat(first.get("sop").asText()).isEqualTo(MEDIA);
        assertThat(first.get("sopName").asText()).isEqualTo(SopStep.Sop.MEDIA_SOSIAL.name);
        assertThat(first.get("caseName").asText()).isEqualTo("01-12-2026 · Peresmian pasar desa");
        assertThat(first.get("startedBy").get("userId").asText()).isEqualTo("kabag");
        assertThat(first.get("startedBy").get("name").asText()).isEqualTo("Sri Wahyuni");
        assertThat(first.get("startText").asText()).isEqualTo("01-12-2026 09:00 WIB");
        assertThat(first.get("endText").asText()).isEqualTo("01-12-2026 13:25 WIB");
        assertThat(first.get("durationSeconds").asLong()).isEqualTo(Duration.ofHours(4).plusMinutes(25).toSeconds());
        assertThat(first.get("durationText").asText()).isEqualTo("4 jam 25 menit");
        assertThat(first.get("state").asText()).isEqualTo("selesai");
        assertThat(first.get("endedAs").asText()).isEqualTo("Konten terupload di media sosial");
        assertThat(first.get("breaches").asLong()).isEqualTo(1);
        assertThat(list.get("cases").get(1).get("endedAs").asText()).isEqualTo("Peralatan tercatat dan tersusun rapi");
    }

    @Test
    void the_period_is_whole_office_days_in_wib() {
        // the inventory ended 00:30 WIB on 1 December, 30 November in UTC
        assertThat(ids(get("kabag", "/api/riwayat?dari=2026-12-01&sampai=2026-12-01").getBody())).containsExactly(media, inventory);
        assertThat(ids(get("kabag", "/api/riwayat?dari=2026-11-01&sampai=2026-11-30").getBody())).isEmpty();
        assertThat(ids(get("kabag", "/api/riwayat?dari=2027-01-01&sampai=2027-01-31").getBody())).containsExactly(january);
    }

    @Test
    void filters_by_sop_name_and_person() {
        assertThat(ids(get("subkoor", "/api/riwayat?sop=" + INVENTORY + "&" + DECEMBER).getBody())).containsExactly(inventory);
        assertThat(ids(get("subkoor", "/api/riwayat?sop=" + MEDIA + "&" + DECEMBER).getBody())).containsExactly(media);
        // any case, any part of the name
        assertThat(ids(get("kabag", "/api/riwayat?cari=PASAR desa&" + DECEMBER).getBody())).containsExactly(media);
        assertThat(ids(get("kabag", "/api/riwayat?cari=triwulan&" + DECEMBER).getBody())).containsExactly(inventory);
        assertThat(ids(get("kabag", "/api/riwayat?cari=tidak ada&" + DECEMBER).getBody())).isEmpty();
        // the text as written, not a pattern: "_" is no stand-in for the space of "pasar desa"
        assertThat(ids(get("kabag", "/api/riwayat?cari=pasar_desa&" + DECEMBER).getBody())).isEmpty();
        // who did a step, or started the case
        assertThat(ids(get("kabag", "/api/riwayat?oleh=staf2&" + DECEMBER).getBody())).containsExactly(inventory);
        assertThat(ids(get("kabag", "/api/riwayat?oleh=staf1&" + DECEMBER).getBody())).containsExactly(media);
        assertThat(ids(get("kabag", "/api/riwayat?oleh=kabag&" + DECEMBER).getBody())).containsExactly(media, inventory);
    }

    @Test
    void a_step_completed_without_claiming_it_names_who_completed_it() {
        JsonNode record = get("kabag", "/api/riwayat/" + unclaimed).getBody();
        JsonNode step1 = record.get("steps").get(0);
        assertThat(step1.get("step").asText()).isEqualTo("1");
        assertThat(step1.get("state").asText()).isEqualTo("selesai");
        assertThat(step1.get("doneBy").get("userId").asText()).isEqualTo("kabag");
        assertThat(step1.get("doneBy").get("name").asText()).isEqualTo("Sri Wahyuni");

        String february = "dari=2027-02-01&sampai=2027-02-28";
        assertThat(ids(get("kabag", "/api/riwayat?oleh=kabag&" + february).getBody())).containsExactly(unclaimed);
        assertThat(ids(get("subkoor", "/api/riwayat?oleh=staf2&" + february).getBody())).containsExactly(unclaimed);
        assertThat(ids(get("kabag", "/api/riwayat?oleh=staf1&" + february).getBody())).isEmpty();
    }

    @Test
    void pages_and_counts() {
        JsonNode first = get("kabag", "/api/riwayat?maxResults=1&" + DECEMBER).getBody();
        JsonNode second = get("kabag", "/api/riwayat?maxResults=1&firstResult=1&" + DECEMBER).getBody();
        JsonNode searched = get("kabag", "/api/riwayat?maxResults=1&firstResult=1&cari=a&" + DECEMBER).getBody();

        assertThat(ids(first)).containsExactly(media);
        assertThat(ids(second)).containsExactly(inventory);
        assertThat(first.get("count").asLong()).isEqualTo(2);
        assertThat(ids(searched)).containsExactly(inventory);
        assertThat(searched.get("count").asLong()).isEqualTo(2);
    }

    @Test
    void running_cases_are_not_listed_but_open_as_a_record() {
        assertThat(ids(get("kabag", "/api/riwayat?dari=2026-01-01&sampai=2027-12-31").getBody())).doesNotContain(running);

        JsonNode record = get("kabag", "/api/riwayat/" + running).getBody();
        assertThat(record.get("summary").get("state").asText()).isEqualTo("berjalan");
        assertThat(record.get("steps").get(0).get("state").asText()).isEqualTo("terbuka");
    }

    // ---------------------------------------------------------------- record

    @Test
    void the_media_record_shows_each_step_in_order_with_its_revision() {
        JsonNode record = get("subkoor", "/api/riwayat/" + media).getBody();
        assertThat(record.get("summary").get("sopName").asText()).isEqualTo(SopStep.Sop.MEDIA_SOSIAL.name);
        assertThat(record.get("summary").get("caseName").asText()).isEqualTo("01-12-2026 · Peresmian pasar desa");

        List<String> steps = new ArrayList<>();
        record.get("steps").forEach(step -> steps.add(step.get("step").asText() + "#" + step.get("round").asInt()));
        assertThat(steps).containsExactly("1#1", "2#1", "3#1", "4#1", "5#1", "5a#1", "4#2", "5#2", "5a#2", "6#1");
        assertThat(record.get("revisions").asInt()).isEqualTo(1);
        JsonNode verification = record.get("steps").get(5);
        assertThat(verification.get("activity").asText()).isEqualTo("Memverifikasi konten sebelum tayang");
        assertThat(verification.get("role").asText()).isEqualTo("Sub Koordinator Dokpim");
        assertThat(verification.get("doneBy").get("name").asText()).isEqualTo("Bambang Setiawan");
        assertThat(values(verification)).containsEntry("Hasil verifikasi", "Perlu revisi")
                .containsEntry("Catatan verifikasi", "Judul kurang jelas.");
        assertThat(values(record.get("steps").get(8))).containsEntry("Hasil verifikasi", "Disetujui, layak tayang")
                .doesNotContainKey("Catatan verifikasi");
        assertThat(values(record.get("steps").get(3))).containsEntry("Judul konten", "Bupati resmikan pasar");
        assertThat(values(record.get("steps").get(6))).containsEntry("Judul konten", "Bupati resmikan pasar desa");
        assertThat(record.get("laporan")).isNull();
    }

    @Test
    void the_late_step_shows_its_standard_how_late_and_the_breach() {
        JsonNode record = get("kabag", "/api/riwayat/" + media).getBody();
        JsonNode late = record.get("steps").get(3);
        JsonNode again = record.get("steps").get(6);

        assertThat(late.get("doneBy").get("userId").asText()).isEqualTo("staf1");
        assertThat(late.get("doneBy").get("name").asText()).isEqualTo("Dewi Lestari");
        assertThat(late.get("createdText").asText()).isEqualTo("01-12-2026 09:15 WIB");
        assertThat(late.get("completedText").asText()).isEqualTo("01-12-2026 12:30 WIB");
        assertThat(late.get("durationText").asText()).isEqualTo("3 jam 15 menit");
        assertThat(late.get("standard").asText()).isEqualTo("PT3H");
        assertThat(late.get("standardText").asText()).isEqualTo("3 jam");
        assertThat(late.get("breached").asBoolean()).isTrue();
        assertThat(late.get("overText").asText()).isEqualTo("15 menit");
        assertThat(again.get("breached").asBoolean()).isFalse();
        assertThat(again.get("durationText").asText()).isEqualTo("20 menit");
        assertThat(again.get("overSeconds").isNull()).isTrue();
        assertThat(record.get("breaches")).hasSize(1);
        JsonNode breach = record.get("breaches").get(0);
        assertThat(breach.get("taskId").asText()).isEqualTo(late.get("taskId").asText());
        assertThat(breach.get("step").asText()).isEqualTo("4");
        assertThat(breach.get("createdText").asText()).isEqualTo("01-12-2026 12:15 WIB");
        assertThat(breach.get("resolvedText").asText()).isEqualTo("01-12-2026 12:30 WIB");
        assertThat(breach.get("message").asText()).contains("Melewati standar waktu 3 jam");
    }

    @Test
    void recorded_values_are_labelled_and_worded_for_people() {
        JsonNode record = get("kabag", "/api/riwayat/" + media).getBody();

        assertThat(values(record.get("request"))).containsEntry("Kegiatan", "Peresmian pasar desa")
                .containsEntry("Pimpinan", "Bupati")
                .containsEntry("Tanggal kegiatan", "01-12-2026 09:00 WIB");
        assertThat(values(record.get("steps").get(0))).containsEntry("Disposisi", "Liput dan publikasikan.");
        JsonNode division = record.get("steps").get(2);
        assertThat(values(division)).containsEntry("Staf Sub Dokpim yang ditugaskan", "Dewi Lestari (staf1)");
        JsonNode channels = field(division, "kanalMedia");
        assertThat(channels.get("kind").asText()).isEqualTo("list");
        assertThat(channels.get("items").findValuesAsText("text")).containsExactly("Instagram", "Facebook");
        JsonNode instagram = field(record.get("steps").get(9), "tautanInstagram");
        assertThat(instagram.get("kind").asText()).isEqualTo("link");
        assertThat(instagram.get("href").asText()).isEqualTo("https://www.instagram.com/p/abc");
    }

    @Test
    void the_inventory_record_shows_the_checked_list_as_a_table_and_links_its_laporan() {
        JsonNode record = get("kabag", "/api/riwayat/" + inventory).getBody();

        assertThat(record.get("steps")).hasSize(4);
        assertThat(record.get("revisions").asInt()).isZero();
        assertThat(values(record.get("request"))).containsEntry("Periode inventarisasi", "Triwulan IV 2026")
                .containsEntry("Keterangan", "Akhir tahun");
        JsonNode check = record.get("steps").get(2);
        assertThat(check.get("doneBy").get("name").asText()).isEqualTo("Agus Prasetyo");
        assertThat(check.get("durationText").asText()).isEqualTo("40 menit");
        assertThat(check.get("standardText").asText()).isEqualTo("1 jam");
        JsonNode table = field(check, "peralatanTakTerdaftar");
        assertThat(table.get("kind").asText()).isEqualTo("table");
        assertThat(table.get("columns").toString()).contains("Nama peralatan", "Jumlah", "Kondisi", "Baterai siap");
        assertThat(table.get("rows")).hasSize(4);
        assertThat(table.get("rows").get(1).findValuesAsText("text")).startsWith("Drone", "1", "Rusak ringan", "Ya", "Tidak");
        assertThat(values(record.get("steps").get(3)))
                .containsEntry("Laporan kepada Sub Koordinator", "Semua peralatan tercatat; drone rusak ringan.");
        assertThat(record.get("breaches")).isEmpty();
        assertThat(record.get("laporan").get("pdf").asText()).isEqualTo("/api/inventaris/laporan/" + inventory + "/pdf");
        assertThat(record.get("laporan").get("csv").asText()).isEqualTo("/api/inventaris/laporan/" + inventory + "/csv");
        // the link leads to the laporan step 4 stored (inventory/report)
        ResponseEntity<byte[]> pdf = http.withBasicAuth("subkoor", "subkoor")
                .getForEntity(record.get("laporan").get("pdf").asText(), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(pdf.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    // -------------------------------------------------------------- refusals

    @Test
    void anonymous_callers_get_401() {
        assertThat(http.getForEntity("/api/riwayat?" + DECEMBER, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/riwayat/" + media, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void staff_without_read_history_get_403_and_nothing_of_the_cases() {
        List<ResponseEntity<String>> refusals = List.of(
                http.withBasicAuth("staf1", "staf1").getForEntity("/api/riwayat/" + media, String.class),
                http.withBasicAuth("staf1", "staf1").getForEntity("/api/riwayat?sop=" + MEDIA + "&" + DECEMBER, String.class),
                http.withBasicAuth("staf1", "staf1").getForEntity("/api/riwayat?" + DECEMBER, String.class));

        for (ResponseEntity<String> refusal : refusals) {
            assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refusal.getBody()).contains("\"type\":\"AuthorizationException\"", "tidak berhak membaca riwayat")
                    .doesNotContain("pasar", "Pasar", "Wahyuni", "Dewi", "Triwulan", "instagram", media + "\"");
        }
    }

    @Test
    void unknown_ids_and_sops_are_404() {
        ResponseEntity<JsonNode> unknown = get("kabag", "/api/riwayat/tidak-ada");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("message").asText()).contains("tidak ditemukan");
        assertThat(get("admin", "/api/riwayat?sop=tidakAda").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // the schedule that starts inventories is no SOP of its own: nobody works a step of it
        assertThat(get("admin", "/api/riwayat?sop=jadwalInventarisasiPeralatanDokumentasi").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("admin", "/api/riwayat").getBody().get("sops").findValuesAsText("key"))
                .containsExactlyInAnyOrder(MEDIA, INVENTORY);
    }

    @Test
    void a_mistaken_query_is_400_with_the_reason() {
        ResponseEntity<JsonNode> badDate = get("kabag", "/api/riwayat?dari=kemarin");
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDate.getBody().get("type").asText()).isEqualTo("NotValidException");
        assertThat(badDate.getBody().get("message").asText()).contains("'dari'");
        assertThat(get("kabag", "/api/riwayat?dari=2026-12-31&sampai=2026-12-01").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("kabag", "/api/riwayat?maxResults=1000").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> notANumber = get("kabag", "/api/riwayat?firstResult=satu");
        assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notANumber.getBody().get("message").asText()).contains("'firstResult'");
    }

    // --------------------------------------------------------------- helpers

    private ResponseEntity<JsonNode> get(String user, String path) {
        return http.withBasicAuth(user, user).getForEntity(path, JsonNode.class);
    }

    private static List<String> ids(JsonNode list) {
        return list.get("cases").findValuesAsText("processInstanceId");
    }

    /** label → text of a step's recorded values (or of the request, an array of them). */
    private static Map<String, String> values(JsonNode stepOrValues) {
        JsonNode recorded = stepOrValues.isArray() ? stepOrValues : stepOrValues.get("recorded");
        Map<String, String> values = new HashMap<>();
        recorded.forEach(value -> values.put(value.get("label").asText(), value.get("value").path("text").asText()));
        return values;
    }

    private static JsonNode field(JsonNode step, String key) {
        for (JsonNode value : step.get("recorded")) {
            if (value.get("field").asText().equals(key)) {
                return value.get("value");
            }
        }
        throw new AssertionError("no recorded " + key + " in " + step);
    }

    private void clock(String instant) {
        now = Instant.parse(instant);
        ClockUtil.setCurrentTime(Date.from(now));
    }

    private void later(int minutes) {
        now = now.plus(Duration.ofMinutes(minutes));
        ClockUtil.setCurrentTime(Date.from(now));
    }
}
