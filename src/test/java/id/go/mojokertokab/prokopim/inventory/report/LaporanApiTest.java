package id.go.mojokertokab.prokopim.inventory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * GET /api/inventaris/laporan… over real HTTP, with three stored laporan: one made by staf1, one by
 * staf2, and one whose laporan someone else wrote but whose items staf2 checked (step 3).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaporanApiTest {

    private static final String ID = "laporan-api-test";
    private static final String BY_STAF2 = "laporan-api-test-staf2";
    private static final String CHECKED_BY_STAF2 = "laporan-api-test-diperiksa-staf2";
    private static final String ITEM = "LAPORAN-API-TEST-1";

    @Autowired
    TestRestTemplate http;
    @Autowired
    LaporanStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;

    @BeforeAll
    void oneLaporanAndAGuest() {
        store.save(Laporans.triwulanIV(ID), "staf1", Instant.parse("2026-12-02T03:00:00Z"));
        store.save(Laporans.triwulanIV(BY_STAF2), "staf2", Instant.parse("2026-12-01T03:00:00Z"));
        store.save(Laporans.triwulanIV(CHECKED_BY_STAF2), "subkoor", Instant.parse("2026-11-30T03:00:00Z"));
        OffsetDateTime at = OffsetDateTime.parse("2026-11-30T02:00:00Z");
        jdbc.sql("""
                INSERT INTO inv_barang (kode, nama, kategori, jumlah, lokasi, dibuat_oleh, dibuat_pada, diubah_oleh, diubah_pada)
                VALUES (?, 'Kamera uji', 'Kamera', 1, 'Almari terkunci', 'subkoor', ?, 'subkoor', ?)""")
                .params(ITEM, at, at).update();
        jdbc.sql("""
                INSERT INTO inv_pemeriksaan (process_instance_id, periode, barang_id, jumlah, kondisi, baterai_siap, memori_siap,
                    diperiksa_oleh, diperiksa_pada)
                SELECT ?, 'Triwulan IV 2026', id, 1, 'Baik', TRUE, TRUE, 'staf2', ? FROM inv_barang WHERE kode = ?""")
                .params(CHECKED_BY_STAF2, at, ITEM).update();
        User guest = identityService.newUser("tamu");
        guest.setFirstName("Tamu");
        guest.setPassword("Tamu-Rahasia-2026!");
        identityService.saveUser(guest);
    }

    @AfterAll
    void removeThem() {
        jdbc.sql("DELETE FROM inv_laporan WHERE process_instance_id IN (?, ?, ?)").params(ID, BY_STAF2, CHECKED_BY_STAF2).update();
        jdbc.sql("DELETE FROM inv_pemeriksaan WHERE process_instance_id = ?").param(CHECKED_BY_STAF2).update();
        jdbc.sql("DELETE FROM inv_barang WHERE kode = ?").param(ITEM).update();
        identityService.deleteUser("tamu");
    }

    @Test
    void the_list_names_period_maker_and_whether_the_sub_koordinator_read_it() {
        ResponseEntity<List> response = http.withBasicAuth("kabag", "kabag").getForEntity("/api/inventaris/laporan", List.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> listed = ((List<Map<String, Object>>) response.getBody()).stream()
                .filter(laporan -> ID.equals(laporan.get("processInstanceId"))).findFirst().orElseThrow();
        assertThat(listed).containsEntry("periode", "Triwulan IV 2026").containsEntry("dibuatOleh", "staf1")
                .containsEntry("dibuatOlehNama", "Dewi Lestari").containsKey("dibacaSubkoorPada");
        assertThat(Instant.parse(listed.get("dibuatPada").toString())).isEqualTo(Instant.parse("2026-12-02T03:00:00Z"));
    }

    @Test
    void pdf_and_csv_are_named_after_the_period_and_the_sub_koordinator_opening_the_pdf_marks_it_read() throws IOException {
        ResponseEntity<byte[]> kabagReads = http.withBasicAuth("kabag", "kabag")
                .getForEntity("/api/inventaris/laporan/" + ID + "/pdf", byte[].class);
        assertThat(kabagReads.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(kabagReads.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(kabagReads.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename=\"laporan-inventarisasi-triwulan-iv-2026.pdf\"");
        try (PDDocument document = Loader.loadPDF(kabagReads.getBody())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Triwulan IV 2026");
        }
        assertThat(readBySubkoor()).isNull();
        assertThat(unreadFor("subkoor")).contains(ID);
        assertThat(unreadFor("kabag")).isEmpty();

        assertThat(http.withBasicAuth("subkoor", "subkoor").getForEntity("/api/inventaris/laporan/" + ID + "/pdf", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readBySubkoor()).isNotNull();
        assertThat(unreadFor("subkoor")).doesNotContain(ID);

        ResponseEntity<String> csv = http.withBasicAuth("staf1", "staf1").getForEntity("/api/inventaris/laporan/" + ID + "/csv", String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment").contains("filename=\"laporan-inventarisasi-triwulan-iv-2026.csv\"");
        assertThat(csv.getBody()).startsWith("no,kode,nama,kategori,jumlah,kondisi").contains("KAM-001,Kamera Sony A7 III");
    }

    @Test
    void whoever_reads_the_sops_history_reads_every_laporan_and_staff_their_own() {
        for (String reader : List.of("kabag", "subkoor", "admin")) {
            assertThat(listed(reader)).as(reader).contains(ID, BY_STAF2, CHECKED_BY_STAF2);
            assertThat(http.withBasicAuth(reader, reader).getForEntity("/api/inventaris/laporan/" + BY_STAF2 + "/csv", String.class)
                    .getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
        }
        assertThat(listed("staf1")).contains(ID).doesNotContain(BY_STAF2, CHECKED_BY_STAF2);
        assertThat(listed("staf2")).contains(BY_STAF2, CHECKED_BY_STAF2).doesNotContain(ID);
        assertThat(http.withBasicAuth("staf2", "staf2").getForEntity("/api/inventaris/laporan/" + CHECKED_BY_STAF2 + "/csv",
                String.class).getStatusCode()).as("staf2 checked its items in step 3").isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("staf1", "staf1").getForEntity("/api/inventaris/laporan/" + ID + "/pdf", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        for (String file : List.of("pdf", "csv")) {
            ResponseEntity<Map> refused = http.withBasicAuth("staf2", "staf2")
                    .getForEntity("/api/inventaris/laporan/" + ID + "/" + file, Map.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).containsEntry("type", "AuthorizationException").containsEntry("userId", "staf2");
            assertThat(refused.getBody().get("message").toString()).startsWith("Laporan inventarisasi hanya dapat dibaca oleh")
                    .doesNotContain("Triwulan");
        }
    }

    @Test
    void a_read_history_grant_in_camunda_admin_opens_every_laporan() {
        String pdf = "/api/inventaris/laporan/" + BY_STAF2 + "/pdf";
        assertThat(http.withBasicAuth("staf1", "staf1").getForEntity(pdf, byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId("staf1");
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(LaporanReaders.PROCESS_KEY);
        grant.addPermission(ProcessDefinitionPermissions.READ_HISTORY);
        String grantId = authorizationService.saveAuthorization(grant).getId();
        try {
            assertThat(http.withBasicAuth("staf1", "staf1").getForEntity(pdf, byte[].class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(listed("staf1")).contains(ID, BY_STAF2, CHECKED_BY_STAF2);
        } finally {
            authorizationService.deleteAuthorization(grantId);
        }
        assertThat(http.withBasicAuth("staf1", "staf1").getForEntity(pdf, byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void refusals_in_camundas_error_shape() {
        assertThat(http.getForEntity("/api/inventaris/laporan", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/inventaris/laporan/" + ID + "/pdf", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<Map> guest = http.withBasicAuth("tamu", "Tamu-Rahasia-2026!").getForEntity("/api/inventaris/laporan/" + ID + "/pdf",
                Map.class);
        assertThat(guest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(guest.getBody()).containsEntry("type", "AuthorizationException").containsEntry("userId", "tamu");
        assertThat(guest.getBody().get("message").toString()).startsWith("Laporan inventarisasi hanya dapat dibaca oleh");
        assertThat(http.withBasicAuth("tamu", "Tamu-Rahasia-2026!").getForEntity("/api/inventaris/laporan", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> unknown = http.withBasicAuth("subkoor", "subkoor").getForEntity("/api/inventaris/laporan/tidak-ada/pdf",
                Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("type", "NotFoundException")
                .containsEntry("message", "Laporan inventarisasi untuk SOP 'tidak-ada' tidak ditemukan.");
        assertThat(http.withBasicAuth("admin", "admin").getForEntity("/api/inventaris/laporan/tidak-ada/csv", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private List<Object> listed(String user) {
        List<Map<String, Object>> listed = http.withBasicAuth(user, user).getForEntity("/api/inventaris/laporan", List.class).getBody();
        return listed.stream().map(laporan -> laporan.get("processInstanceId")).toList();
    }

    private Object readBySubkoor() {
        return jdbc.sql("SELECT dibaca_subkoor_pada FROM inv_laporan WHERE process_instance_id = ?").param(ID).query().singleRow()
                .get("dibaca_subkoor_pada");
    }

    private List<Object> unreadFor(String user) {
        List<Map<String, Object>> unread = http.withBasicAuth(user, user).getForEntity("/api/inventaris/laporan/baru", List.class).getBody();
        return unread.stream().map(laporan -> laporan.get("processInstanceId")).toList();
    }
}
