package id.go.mojokertokab.prokopim.socialmedia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.http.OfficeHttpTest;

/**
 * GET /api/publikasi (JSON, CSV) and /api/publikasi/pdf over real HTTP, on four publications
 * around March 2031 whose upload times sit on the month's edges in WIB.
 */
class PublicationApiTest extends OfficeHttpTest {

    @Autowired
    PublicationLog log;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void fourPublicationsAroundMarch2031() {
        // 01-03-2031 00:30 WIB, still 28 February in UTC: March's
        record("pub-test-a", "Bupati", "Peresmian pasar desa", "2031-02-28T13:00:00Z", "2031-02-28T17:30:00Z", 1, 2,
                Map.of(Channel.INSTAGRAM, "https://www.instagram.com/p/a", Channel.FACEBOOK, "https://fb.watch/a/"));
        record("pub-test-b", "Wakil Bupati", "Rapat koordinasi, \"Forkopimda\"", "2031-03-15T02:00:00Z",
                "2031-03-15T05:00:00Z", 0, 0, Map.of(Channel.YOUTUBE, "https://youtu.be/b"));
        // 01-04-2031 00:00 WIB: April's
        record("pub-test-c", "Bupati", "Kunjungan kerja", "2031-03-31T12:00:00Z", "2031-03-31T17:00:00Z", 0, 0,
                Map.of(Channel.INSTAGRAM, "https://www.instagram.com/p/c"));
        // 28-02-2031 23:59 WIB: February's
        record("pub-test-d", "Bupati", "Apel pagi", "2031-02-28T12:00:00Z", "2031-02-28T16:59:00Z", 0, 0,
                Map.of(Channel.FACEBOOK, "https://www.facebook.com/p/d"));
    }

    @Test
    void the_month_is_the_offices_month_of_the_upload_with_its_totals() {
        JsonNode march = api().get("kabag", "/api/publikasi?bulan=2031-03");

        assertThat(march.path("monthName").asText()).isEqualTo("Maret 2031");
        assertThat(march.path("rows").findValuesAsText("processInstanceId")).containsExactly("pub-test-a", "pub-test-b");
        JsonNode first = march.path("rows").get(0);
        assertThat(first.path("kegiatan").asText()).isEqualTo("Peresmian pasar desa");
        assertThat(first.path("designer").path("name").asText()).isEqualTo("Dewi Lestari (staf1)");
        assertThat(first.path("verifier").path("name").asText()).isEqualTo("Bambang Setiawan (subkoor)");
        assertThat(first.path("uploadedText").asText()).isEqualTo("01-03-2031 00:30 WIB");
        assertThat(first.path("startedText").asText()).isEqualTo("28-02-2031 20:00 WIB");
        assertThat(first.path("durationMinutes").asInt()).isEqualTo(270);
        assertThat(first.path("duration").asText()).isEqualTo("4 jam 30 menit");
        assertThat(first.path("standard").asText()).isEqualTo("4 jam 15 menit");
        assertThat(first.path("onTime").asBoolean()).isFalse();
        assertThat(first.path("channels").findValuesAsText("kanal")).containsExactly("instagram", "facebook");
        assertThat(first.path("channels").get(1).path("tautan").asText()).isEqualTo("https://fb.watch/a/");
        JsonNode totals = march.path("totals");
        assertThat(totals.path("publications").asInt()).isEqualTo(2);
        assertThat(totals.path("perChannel").toString()).isEqualTo("{\"instagram\":1,\"youtube\":1,\"facebook\":1}");
        assertThat(totals.path("onTime").asInt()).isEqualTo(1);
        assertThat(totals.path("late").asInt()).isEqualTo(1);
        assertThat(totals.path("breaches").asInt()).isEqualTo(2);

        assertThat(ids("/api/publikasi?bulan=2031-04")).containsExactly("pub-test-c");
        assertThat(ids("/api/publikasi?bulan=2031-02")).containsExactly("pub-test-d");
    }

    @Test
    void pimpinan_and_kanal_narrow_the_month() {
        assertThat(ids("/api/publikasi?bulan=2031-03&pimpinan=Bupati")).containsExactly("pub-test-a");
        assertThat(ids("/api/publikasi?bulan=2031-03&pimpinan=Wakil%20Bupati")).containsExactly("pub-test-b");
        assertThat(ids("/api/publikasi?bulan=2031-03&kanal=youtube")).containsExactly("pub-test-b");
        assertThat(ids("/api/publikasi?bulan=2031-03&kanal=facebook")).containsExactly("pub-test-a");
        assertThat(ids("/api/publikasi?bulan=2031-03&pimpinan=Wakil%20Bupati&kanal=instagram")).isEmpty();
        JsonNode youtube = api().get("subkoor", "/api/publikasi?bulan=2031-03&kanal=youtube");
        assertThat(youtube.path("totals").path("perChannel").toString()).isEqualTo("{\"instagram\":0,\"youtube\":1,\"facebook\":0}");
    }

    @Test
    void the_same_rows_as_csv() {
        OfficeApi.Response csv = OfficeApi.send(authorized("subkoor", "/api/publikasi?bulan=2031-03")
                .header("Accept", "text/csv").build());

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("rekap-publikasi-2031-03.csv");
        assertThat(csv.body().split("\r\n")).containsExactly(
                "perihal,kegiatan,pimpinan,waktu_kegiatan,lokasi,judul,kanal,tautan_instagram,tautan_youtube,tautan_facebook,"
                        + "desainer,verifikator,jumlah_revisi,mulai,terupload,durasi_menit,standar_menit,tepat_waktu,jumlah_pelanggaran",
                "01-03-2031 · Peresmian pasar desa,Peresmian pasar desa,Bupati,01-03-2031 09:00 WIB,Desa Jabon,Judul pub-test-a,"
                        + "\"Instagram, Facebook\",https://www.instagram.com/p/a,,https://fb.watch/a/,Dewi Lestari (staf1),"
                        + "Bambang Setiawan (subkoor),1,28-02-2031 20:00 WIB,01-03-2031 00:30 WIB,270,255,tidak,2",
                "\"01-03-2031 · Rapat koordinasi, \"\"Forkopimda\"\"\",\"Rapat koordinasi, \"\"Forkopimda\"\"\",Wakil Bupati,"
                        + "01-03-2031 09:00 WIB,Desa Jabon,Judul pub-test-b,YouTube,,https://youtu.be/b,,Dewi Lestari (staf1),"
                        + "Bambang Setiawan (subkoor),0,15-03-2031 09:00 WIB,15-03-2031 12:00 WIB,180,255,ya,0");
    }

    @Test
    void the_month_as_a_printable_pdf_with_real_text() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(authorized("kabag", "/api/publikasi/pdf?bulan=2031-03")
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(Math.round(Math.max(page.getWidth(), page.getHeight()) / 72 * 25.4)).as("A4").isEqualTo(297);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("PEMERINTAH KABUPATEN MOJOKERTO", "SEKRETARIAT DAERAH",
                    "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN", "REKAP PUBLIKASI MEDIA SOSIAL", "Bulan Maret 2031");
            assertThat(text).contains("Peresmian pasar desa", "Dewi Lestari (staf1)", "01-03-2031 00:30 WIB",
                    "4 jam 30 menit", "Tidak", "Wakil Bupati", "https://youtu.be/b", "3 jam", "Ya");
            // narrow cells wrap long words at their hyphens and dots
            assertThat(text.replace(" ", "")).contains("Judulpub-test-a", "Judulpub-test-b",
                    "Instagram:https://www.instagram.com/p/a", "Facebook:https://fb.watch/a/");
            assertThat(text).doesNotContain("Kunjungan kerja", "Apel pagi");
            assertThat(text).contains("Jumlah publikasi 2", "Publikasi di Instagram 1", "Publikasi di YouTube 1",
                    "Publikasi di Facebook 1", "Tepat waktu (dalam standar) 1", "Melewati standar 1",
                    "Pelanggaran standar waktu langkah 2");
        }
    }

    @Test
    void refusals_are_camunda_shaped_with_indonesian_messages() {
        assertThat(api().call(null, "GET", "/api/publikasi?bulan=2031-03", null).status()).isEqualTo(401);
        assertThat(api().call(null, "GET", "/api/publikasi/pdf?bulan=2031-03", null).status()).isEqualTo(401);

        JsonNode staff = api().call("staf1", "GET", "/api/publikasi?bulan=2031-03", null).expect(403).json();
        assertThat(staff.path("type").asText()).isEqualTo("AuthorizationException");
        assertThat(staff.path("message").asText()).startsWith("Anda tidak berhak membaca Rekap publikasi");
        api().call("staf1", "GET", "/api/publikasi/pdf?bulan=2031-03", null).expect(403);

        JsonNode badMonth = api().call("kabag", "GET", "/api/publikasi?bulan=2031-13", null).expect(400).json();
        assertThat(badMonth.path("message").asText()).contains("'bulan'", "YYYY-MM", "2031-13");
        JsonNode badChannel = api().call("kabag", "GET", "/api/publikasi?bulan=2031-03&kanal=tiktok", null).expect(400).json();
        assertThat(badChannel.path("message").asText()).isEqualTo("Kanal 'tiktok' tidak dikenal; pilih instagram, youtube atau facebook.");
        api().call("kabag", "GET", "/api/publikasi/pdf?bulan=maret", null).expect(400);

        api().call("admin", "GET", "/api/publikasi?bulan=2031-03", null).expect(200);
    }

    private java.util.List<String> ids(String path) {
        return api().get("kabag", path).path("rows").findValuesAsText("processInstanceId");
    }

    private HttpRequest.Builder authorized(String user, String path) {
        return HttpRequest.newBuilder(api().uri(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private void record(String id, String pimpinan, String kegiatan, String started, String uploaded, int revisions,
            int breaches, Map<Channel, String> links) {
        if (jdbc.sql("SELECT COUNT(*) FROM pub_publikasi WHERE process_instance_id = ?").param(id).query(Integer.class).single() > 0) {
            return;
        }
        Instant start = Instant.parse(started);
        Instant upload = Instant.parse(uploaded);
        log.record(new Publication(id, "01-03-2031 · " + kegiatan, kegiatan, pimpinan,
                OffsetDateTime.parse("2031-03-01T09:00+07:00"), "Desa Jabon", "Judul " + id, new EnumMap<>(links), "staf1",
                "subkoor", revisions, start, upload, Publication.minutes(java.time.Duration.between(start, upload)), 255,
                breaches));
    }
}
