package id.go.mojokertokab.prokopim.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.http.OfficeApi.Response;

/**
 * /api/inventaris over real HTTP with HTTP Basic: who may read and change the register, and every
 * refusal a 4xx in Camunda's error shape that changed nothing when read back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InventoryApiTest {

    private static final String API = "/api/inventaris";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    OfficeApi api;

    @BeforeEach
    void api() {
        api = new OfficeApi(port);
    }

    static Map<String, Object> drone(String kode) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kode", kode);
        item.put("nama", "Drone DJI Mavic 3");
        item.put("kategori", "Drone");
        item.put("merekTipe", "DJI Mavic 3 Classic");
        item.put("nomorSeri", "1581F5FHD23C");
        item.put("jumlah", 1);
        item.put("lokasi", "Almari terkunci");
        return item;
    }

    @Test
    void anonymous_callers_are_asked_to_log_in() {
        assertThat(api.call(null, "GET", API + "/barang", null).status()).isEqualTo(401);
        assertThat(api.call(null, "POST", API + "/barang", drone("API-000")).status()).isEqualTo(401);
    }

    @Test
    void the_sub_koordinator_adds_edits_and_retires_an_item() {
        JsonNode added = api.call("subkoor", "POST", API + "/barang", drone("api-001")).expect(201).json();
        assertThat(added.get("kode").asText()).isEqualTo("API-001");
        assertThat(added.get("status").asText()).isEqualTo("AKTIF");
        assertThat(added.get("versi").asInt()).isZero();
        assertThat(added.get("dibuatOlehNama").asText()).isEqualTo("Bambang Setiawan (subkoor)");

        Map<String, Object> changed = drone(null);
        changed.put("jumlah", 2);
        changed.put("lokasi", "Dry cabinet terkunci");
        changed.put("versi", 0);
        JsonNode edited = api.call("subkoor", "PUT", API + "/barang/API-001", changed).expect(200).json();
        assertThat(edited.get("jumlah").asInt()).isEqualTo(2);
        assertThat(edited.get("versi").asInt()).isEqualTo(1);

        JsonNode retired = api.call("subkoor", "POST", API + "/barang/API-001/hapus", Map.of("alasan", "Jatuh saat liputan, rusak berat", "versi", 1))
                .expect(200).json();
        assertThat(retired.get("status").asText()).isEqualTo("DIHAPUS");
        assertThat(retired.get("alasanDihapus").asText()).isEqualTo("Jatuh saat liputan, rusak berat");
        assertThat(retired.get("dihapusPadaTeks").asText()).endsWith(" WIB");

        // the Kabag reads the retired item, its history, and the lists by status
        assertThat(api.get("kabag", API + "/barang/API-001").get("status").asText()).isEqualTo("DIHAPUS");
        JsonNode history = api.get("kabag", API + "/barang/API-001/riwayat");
        assertThat(history).extracting(entry -> entry.get("jenis").asText()).containsExactly("DITAMBAHKAN", "DIUBAH", "DIHAPUS");
        assertThat(history.get(1).get("uraian").asText()).isEqualTo("Jumlah: 1 → 2; Lokasi: Almari terkunci → Dry cabinet terkunci");
        assertThat(history.get(1).get("olehNama").asText()).isEqualTo("Bambang Setiawan (subkoor)");
        assertThat(kodes(api.get("kabag", API + "/barang"))).doesNotContain("API-001");
        assertThat(kodes(api.get("kabag", API + "/barang?status=DIHAPUS"))).contains("API-001");
        assertThat(kodes(api.get("staf1", API + "/barang?status=SEMUA&kategori=Drone"))).contains("API-001");
    }

    @Test
    void staff_read_but_a_change_by_staff_or_the_kabag_is_refused_and_changes_nothing() {
        api.call("subkoor", "POST", API + "/barang", drone("API-002")).expect(201);
        assertThat(api.get("staf1", API + "/barang/API-002").get("nama").asText()).isEqualTo("Drone DJI Mavic 3");

        Response added = api.call("staf1", "POST", API + "/barang", drone("API-003"));
        assertThat(added.status()).isEqualTo(403);
        assertThat(added.json().get("type").asText()).isEqualTo("AuthorizationException");
        assertThat(added.json().get("message").asText())
                .isEqualTo("Hanya Sub Koordinator Dokpim yang dapat mengubah Buku inventarisasi; Anda masuk sebagai Dewi Lestari (staf1). "
                        + "Tidak ada yang diubah.");
        assertThat(added.json().get("missingAuthorizations").get(0).get("permissionName").asText()).isEqualTo("UPDATE");
        assertThat(api.call("admin", "GET", API + "/barang/API-003", null).status()).isEqualTo(404);

        Map<String, Object> changed = drone(null);
        changed.put("jumlah", 9);
        changed.put("versi", 0);
        assertThat(api.call("kabag", "PUT", API + "/barang/API-002", changed).status()).isEqualTo(403);
        assertThat(api.call("staf2", "POST", API + "/barang/API-002/hapus", Map.of("alasan", "x", "versi", 0)).status()).isEqualTo(403);
        assertThat(api.call("admin", "POST", API + "/kategori", Map.of("nama", "Televisi")).status()).isEqualTo(403);
        JsonNode after = api.get("admin", API + "/barang/API-002");
        assertThat(after.get("jumlah").asInt()).isEqualTo(1);
        assertThat(after.get("status").asText()).isEqualTo("AKTIF");
        assertThat(after.get("versi").asInt()).isZero();
        assertThat(api.get("admin", API + "/kategori")).extracting(JsonNode::asText).doesNotContain("Televisi");
    }

    @Test
    void a_kode_in_use_and_a_stale_edit_are_conflicts_naming_the_item_and_who() {
        api.call("subkoor", "POST", API + "/barang", drone("API-004")).expect(201);

        Response again = api.call("subkoor", "POST", API + "/barang", drone("API-004"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText()).isEqualTo("Kode inventaris API-004 sudah dipakai oleh Drone DJI Mavic 3; pilih kode lain.");

        Map<String, Object> first = drone(null);
        first.put("jumlah", 2);
        first.put("versi", 0);
        api.call("subkoor", "PUT", API + "/barang/API-004", first).expect(200);
        Map<String, Object> stale = drone(null);
        stale.put("jumlah", 5);
        stale.put("versi", 0);
        Response refused = api.call("subkoor", "PUT", API + "/barang/API-004", stale);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).startsWith("Barang API-004 telah diubah oleh Bambang Setiawan (subkoor) pada ");
        assertThat(api.get("kabag", API + "/barang/API-004").get("jumlah").asInt()).isEqualTo(2);
    }

    @Test
    void invalid_fields_are_named_in_one_400() {
        Map<String, Object> item = drone("");
        item.put("jumlah", -1);
        item.put("kategori", "Televisi");
        item.put("lokasi", null);
        Response refused = api.call("subkoor", "POST", API + "/barang", item);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asText()).isEqualTo("NotValidException");
        // the lists may have grown in other tests of this context: their SOP rows come first
        assertThat(refused.json().get("message").asText())
                .startsWith("Isian tidak sah: Kode inventaris wajib diisi; "
                        + "Kategori 'Televisi' tidak ada dalam daftar (Kamera, Drone, Peralatan Studio dan Audio, Komputer Grafis")
                .endsWith("); Jumlah tidak boleh negatif; Lokasi simpan wajib diisi.");
        Response noReason = api.call("subkoor", "POST", API + "/barang/TIDAK-ADA/hapus", Map.of("versi", 0));
        assertThat(noReason.status()).isEqualTo(404);
        assertThat(noReason.json().get("message").asText()).isEqualTo("Barang dengan kode inventaris 'TIDAK-ADA' tidak ada di Buku inventarisasi.");
        assertThat(api.call("kabag", "GET", API + "/barang?status=HILANG", null).status()).isEqualTo(400);
    }

    @Test
    void a_body_that_is_not_the_json_asked_for_is_a_400() {
        for (String body : List.of("{\"kode\": ", "null", "[1, 2]", "{\"kode\": \"API-005\", \"jumlah\": \"tiga\"}",
                // a fraction or a number in quotes is not quietly made a count
                "{\"kode\": \"API-005\", \"jumlah\": 1.5}", "{\"kode\": \"API-005\", \"jumlah\": \"2\"}")) {
            Response refused = api.call("subkoor", "POST", API + "/barang", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.json().get("type").asText()).as(body).isEqualTo("InvalidRequestException");
            assertThat(refused.json().get("message").asText()).as(body).startsWith("Isi permintaan tidak dapat dibaca: ");
        }
        assertThat(api.call("subkoor", "POST", API + "/barang", "{\"jumlah\": \"tiga\"}").json().get("message").asText())
                .isEqualTo("Isi permintaan tidak dapat dibaca: isian 'jumlah' tidak sesuai bentuknya (harus berupa bilangan bulat).");
        assertThat(api.call("subkoor", "POST", API + "/usulan/abc/terima", Map.of()).status()).isEqualTo(400);
        assertThat(api.call("admin", "GET", API + "/barang/API-005", null).status()).isEqualTo(404);
    }

    @Test
    void the_lists_grow_by_the_sub_koordinator_once_per_name() {
        JsonNode locations = api.call("subkoor", "POST", API + "/lokasi", Map.of("nama", "Lemari studio")).expect(201).json();
        assertThat(locations).extracting(JsonNode::asText).endsWith("Lemari studio");
        Response twice = api.call("subkoor", "POST", API + "/lokasi", Map.of("nama", "lemari studio"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("message").asText()).isEqualTo("Lokasi simpan 'Lemari studio' sudah ada dalam daftar.");
        assertThat(api.call("subkoor", "POST", API + "/kategori", Map.of("nama", " ")).status()).isEqualTo(400);
        assertThat(api.get("staf1", API + "/kategori")).extracting(JsonNode::asText)
                .startsWith("Kamera", "Drone", "Peralatan Studio dan Audio", "Komputer Grafis");
    }

    @Test
    void a_proposal_is_accepted_or_declined_once() {
        long tripod = proposal("Tripod Manfrotto");
        long personal = proposal("Kamera pribadi");
        assertThat(api.get("kabag", API + "/usulan")).extracting(p -> p.get("id").asLong()).contains(tripod, personal);
        Map<String, Object> accept = Map.of("kode", "API-006", "kategori", "Peralatan Studio dan Audio", "lokasi", "Almari terkunci");

        assertThat(api.call("staf1", "POST", API + "/usulan/" + tripod + "/terima", accept).status()).isEqualTo(403);
        JsonNode item = api.call("subkoor", "POST", API + "/usulan/" + tripod + "/terima", accept).expect(201).json();
        assertThat(item.get("nama").asText()).isEqualTo("Tripod Manfrotto");
        assertThat(item.get("kondisiTerakhir").asText()).isEqualTo("Baik");
        assertThat(item.get("siapTerakhir").asBoolean()).isTrue();
        assertThat(item.get("diperiksaOlehNama").asText()).isEqualTo("Agus Prasetyo (staf2)");
        Response twice = api.call("subkoor", "POST", API + "/usulan/" + tripod + "/terima", Map.of("kode", "API-007", "kategori", "Kamera",
                "lokasi", "Almari terkunci"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("message").asText()).contains("sudah diterima sebagai API-006 oleh Bambang Setiawan (subkoor)");

        JsonNode declined = api.call("subkoor", "POST", API + "/usulan/" + personal + "/tolak", Map.of("alasan", "Milik pribadi staf"))
                .expect(200).json();
        assertThat(declined.get("status").asText()).isEqualTo("DITOLAK");
        assertThat(api.call("subkoor", "POST", API + "/usulan/" + personal + "/tolak", Map.of("alasan", "lagi")).status()).isEqualTo(409);
        assertThat(api.get("kabag", API + "/usulan")).extracting(p -> p.get("id").asLong()).doesNotContain(tripod, personal);
        assertThat(api.get("kabag", API + "/usulan?status=SEMUA")).extracting(p -> p.get("id").asLong()).contains(tripod, personal);
        assertThat(api.call("admin", "GET", API + "/barang/API-007", null).status()).isEqualTo(404);
    }

    @Test
    void an_office_code_with_dots_is_an_address_like_any_other() {
        api.call("subkoor", "POST", API + "/barang", drone("02.06.01.001")).expect(201);

        assertThat(api.get("staf2", API + "/barang/02.06.01.001").get("nama").asText()).isEqualTo("Drone DJI Mavic 3");
        assertThat(api.get("staf2", API + "/barang/02.06.01.001/riwayat")).hasSize(1);
    }

    @Test
    void the_caller_learns_what_the_server_lets_them_do() {
        assertThat(api.get("subkoor", API + "/akses").get("bolehMengubah").asBoolean()).isTrue();
        JsonNode kabag = api.get("kabag", API + "/akses");
        assertThat(kabag.get("bolehMembaca").asBoolean()).isTrue();
        assertThat(kabag.get("bolehMengubah").asBoolean()).isFalse();
        assertThat(kabag.get("nama").asText()).isEqualTo("Sri Wahyuni (kabag)");
    }

    private long proposal(String nama) {
        jdbc.sql("""
                INSERT INTO inv_usulan (process_instance_id, periode, nama, jumlah, kondisi, baterai_siap, memori_siap,
                    diusulkan_oleh, diusulkan_pada)
                VALUES ('pi-2', 'Desember 2026', ?, 1, 'Baik', TRUE, TRUE, 'staf2', ?)""")
                .params(nama, OffsetDateTime.of(2026, 12, 1, 3, 0, 0, 0, ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM inv_usulan").query(Long.class).single();
    }

    private static List<String> kodes(JsonNode items) {
        return java.util.stream.StreamSupport.stream(items.spliterator(), false).map(item -> item.get("kode").asText()).toList();
    }
}
