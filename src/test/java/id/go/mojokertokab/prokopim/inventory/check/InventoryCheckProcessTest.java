package id.go.mojokertokab.prokopim.inventory.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.mojokertokab.prokopim.form.SubmissionRefused;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopProcessTest;
import id.go.mojokertokab.prokopim.sop.SopStep;

/** SOP Inventarisasi steps 3 and 4 against the Buku inventarisasi. */
class InventoryCheckProcessTest extends SopProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;
    TestRegister register;

    @BeforeEach
    void twoCamerasAndADrone() {
        register = new TestRegister(jdbc);
        register.add("UJI-DRN-01", "Drone DJI Mavic 3", "Drone", 1);
        register.add("UJI-KAM-01", "Kamera Sony A7 III", "Kamera", 2);
        register.add("UJI-KAM-02", "Kamera Canon 5D", "Kamera", 1);
        register.retire("UJI-KAM-02");
    }

    @AfterEach
    void emptyRegister() {
        register.clear();
    }

    @Test
    void step3_lists_the_registers_active_items_never_checked_with_empty_counts() {
        Task step3 = taskOf(startBefore(SopStep.INVENTARIS_3));

        List<Map<String, Object>> rows = rows(step3, EquipmentChecklist.REGISTERED);

        // the retired camera is not listed; cameras (kategori 1) before drones (kategori 2)
        assertThat(rows).extracting(row -> row.get("kode")).containsExactly("UJI-KAM-01", "UJI-DRN-01");
        assertThat(rows.get(0)).containsEntry("nama", "Kamera Sony A7 III").containsEntry("kategori", "Kamera")
                .containsEntry("kondisiTerakhir", "Belum pernah diperiksa").containsEntry("diperiksaTerakhir", "-")
                .containsEntry("jumlah", null).containsEntry("kondisi", null);
        assertThat(rows(step3, EquipmentChecklist.UNREGISTERED)).isEmpty();
    }

    @Test
    void step4_records_each_item_its_history_and_the_proposals_as_done_by_the_staff_of_step3() {
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_3);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-02T02:30:00Z")));
        Task step3 = taskOf(instance);
        List<Map<String, Object>> checked = rows(step3, EquipmentChecklist.REGISTERED);
        fill(checked.get(0), 2, "Baik", true, true, "");
        fill(checked.get(1), 1, "Rusak ringan", true, false, "Baling-baling retak");
        taskService.complete(step3.getId(), Map.of(EquipmentChecklist.REGISTERED, Spin.JSON(checked),
                EquipmentChecklist.UNREGISTERED, Spin.JSON(List.of(Map.of("nama", "Tripod Manfrotto", "jumlah", 3, "kondisi", "Baik",
                        "bateraiSiap", false, "memoriSiap", false, "catatan", "Tidak ada di buku")))));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-02T03:00:00Z")));

        taskService.complete(taskOf(instance).getId(), SopInputs.completing(SopStep.INVENTARIS_4));

        assertThat(instance).isEnded();
        Map<String, Object> drone = jdbc.sql("""
                SELECT p.jumlah, p.kondisi, p.baterai_siap, p.memori_siap, p.catatan, p.diperiksa_oleh, p.diperiksa_pada, p.periode
                FROM inv_pemeriksaan p JOIN inv_barang b ON b.id = p.barang_id
                WHERE p.process_instance_id = ? AND b.kode = 'UJI-DRN-01'""").param(instance.getId()).query().singleRow();
        assertThat(drone).containsEntry("JUMLAH", 1).containsEntry("KONDISI", "Rusak ringan").containsEntry("BATERAI_SIAP", true)
                .containsEntry("MEMORI_SIAP", false).containsEntry("CATATAN", "Baling-baling retak")
                .containsEntry("DIPERIKSA_OLEH", "staf1").containsEntry("PERIODE", "Triwulan IV 2026");
        // read as the column's type on H2 and PostgreSQL alike (a plain getObject differs between them)
        OffsetDateTime checkedAt = jdbc.sql("""
                SELECT p.diperiksa_pada FROM inv_pemeriksaan p JOIN inv_barang b ON b.id = p.barang_id
                WHERE p.process_instance_id = ? AND b.kode = 'UJI-DRN-01'""").param(instance.getId())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single();
        assertThat(checkedAt.toInstant()).isEqualTo(Instant.parse("2026-12-02T02:30:00Z"));
        assertThat(register.count("SELECT COUNT(*) FROM inv_pemeriksaan WHERE process_instance_id = ?", instance.getId())).isEqualTo(2);
        Map<String, Object> item = jdbc.sql("SELECT kondisi_terakhir, siap_terakhir, diperiksa_oleh FROM inv_barang WHERE kode = ?")
                .param("UJI-KAM-01").query().singleRow();
        assertThat(item).containsEntry("KONDISI_TERAKHIR", "Baik").containsEntry("SIAP_TERAKHIR", true)
                .containsEntry("DIPERIKSA_OLEH", "staf1");
        assertThat(jdbc.sql("""
                SELECT r.uraian FROM inv_riwayat_barang r JOIN inv_barang b ON b.id = r.barang_id
                WHERE b.kode = 'UJI-DRN-01' AND r.jenis = 'DIPERIKSA' AND r.process_instance_id = ?""")
                .param(instance.getId()).query(String.class).single())
                .isEqualTo("Diperiksa pada inventarisasi Triwulan IV 2026: jumlah 1, kondisi Rusak ringan, baterai siap,"
                        + " memori belum siap. Catatan: Baling-baling retak");
        Map<String, Object> proposal = jdbc.sql("SELECT nama, jumlah, status, diusulkan_oleh, barang_id FROM inv_usulan"
                + " WHERE process_instance_id = ?").param(instance.getId()).query().singleRow();
        assertThat(proposal).containsEntry("NAMA", "Tripod Manfrotto").containsEntry("JUMLAH", 3)
                .containsEntry("STATUS", "MENUNGGU").containsEntry("DIUSULKAN_OLEH", "staf1").containsEntry("BARANG_ID", null);
        assertThat(jdbc.sql("SELECT dibuat_oleh FROM inv_laporan WHERE process_instance_id = ?").param(instance.getId())
                .query(String.class).single()).isEqualTo("staf1");
    }

    @Test
    void a_second_inventory_starts_from_what_the_first_found() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-02T02:30:00Z")));
        runInventory(Map.of("UJI-KAM-01", "Baik", "UJI-DRN-01", "Rusak ringan"));

        Task second = taskOf(startBefore(SopStep.INVENTARIS_3));

        List<Map<String, Object>> rows = rows(second, EquipmentChecklist.REGISTERED);
        assertThat(rows).extracting(row -> row.get("kode")).containsExactly("UJI-KAM-01", "UJI-DRN-01");
        assertThat(rows.get(1)).containsEntry("kondisiTerakhir", "Rusak ringan")
                .containsEntry("diperiksaTerakhir", "02-12-2026 09:30 WIB")
                .containsEntry("kondisi", null).containsEntry("jumlah", null);
        assertThat(rows.get(0)).containsEntry("kondisiTerakhir", "Baik");
    }

    @Test
    void the_second_laporan_tells_what_changed_since_the_first() throws java.io.IOException {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T02:00:00Z")));
        String first = runInventory(Map.of("UJI-KAM-01", "Baik", "UJI-DRN-01", "Baik"));
        register.add("UJI-KOM-01", "Komputer iMac", "Komputer Grafis", 1);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-02T02:30:00Z")));
        String second = runInventory(Map.of("UJI-KAM-01", "Baik", "UJI-DRN-01", "Rusak ringan", "UJI-KOM-01", "Baik"));

        assertThat(laporanText(first)).contains("Kamera Sony A7 III Baru pertama kali diperiksa",
                "Diperiksa oleh Dewi Lestari pada 2 November 2026 pukul 09:00 WIB.");
        String laporan = laporanText(second);
        assertThat(laporan).contains("Periode: Triwulan IV 2026",
                "UJI-DRN-01 Drone DJI Mavic 3 Kondisi berubah dari Baik menjadi Rusak ringan",
                "UJI-KOM-01 Komputer iMac Baru pertama kali diperiksa",
                "Diperiksa oleh Dewi Lestari pada 2 Desember 2026 pukul 09:30 WIB.",
                "Jenis peralatan diperiksa 3", "Kondisi Baik 2", "Kondisi Rusak ringan 1",
                "Semua peralatan tercatat; drone rusak ringan.");
        assertThat(laporan).doesNotContain("UJI-KAM-01 Kamera Sony A7 III Baru pertama kali", "Kamera Canon 5D");
        assertThat(jdbc.sql("SELECT csv FROM inv_laporan WHERE process_instance_id = ?").param(second).query(String.class).single())
                .contains("UJI-DRN-01,Drone DJI Mavic 3,Drone,1,Rusak ringan,Siap,Siap,Tidak,,Ya");
    }

    private String laporanText(String instanceId) throws java.io.IOException {
        byte[] pdf = jdbc.sql("SELECT pdf FROM inv_laporan WHERE process_instance_id = ?").param(instanceId)
                .query((rs, n) -> rs.getBytes("pdf")).single();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void step3_leaving_registered_items_unchecked_or_checking_nothing_is_refused() {
        Task step3 = taskOf(startBefore(SopStep.INVENTARIS_3));

        // the pre-filled list not sent back: its counts stay empty
        assertThatThrownBy(() -> taskService.complete(step3.getId(), SopInputs.completing(SopStep.INVENTARIS_3)))
                .rootCause().isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("«Peralatan dokumentasi» baris 1 (Kamera Sony A7 III): «Jumlah» wajib diisi")
                .hasMessageContaining("baris 2 (Drone DJI Mavic 3): «Kondisi» wajib diisi");
        assertThat(taskOf(startBefore(SopStep.INVENTARIS_3))).isNotNull();

        register.clear();
        Task withEmptyRegister = taskOf(startBefore(SopStep.INVENTARIS_3));
        assertThatThrownBy(() -> taskService.complete(withEmptyRegister.getId()))
                .rootCause().isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("belum ada peralatan yang diperiksa");
        assertThat(taskService.createTaskQuery().taskId(withEmptyRegister.getId()).count()).isEqualTo(1);
    }

    @Test
    void step3_a_registered_row_may_not_be_removed_nor_one_added_to_the_registers_list() {
        Task step3 = taskOf(startBefore(SopStep.INVENTARIS_3));
        List<Map<String, Object>> checked = rows(step3, EquipmentChecklist.REGISTERED);
        checked.forEach(row -> fill(row, 1, "Baik", true, true, ""));
        Map<String, Object> added = new java.util.HashMap<>(checked.get(0));
        added.put("kode", null);
        added.put("nama", null);
        added.put("kategori", null);
        added.put("kondisiTerakhir", null);
        added.put("diperiksaTerakhir", null);

        // the last row (the drone) removed: nothing shifts, so only the task's own list tells
        assertThatThrownBy(() -> taskService.complete(step3.getId(),
                Map.of(EquipmentChecklist.REGISTERED, Spin.JSON(checked.subList(0, 1)))))
                .rootCause().isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("«Peralatan dokumentasi»: baris Drone DJI Mavic 3 (UJI-DRN-01) tidak boleh dihapus;"
                        + " bila peralatan itu tidak ditemukan, isi jumlah 0 dan kondisi Hilang");
        assertThatThrownBy(() -> taskService.complete(step3.getId(),
                Map.of(EquipmentChecklist.REGISTERED, Spin.JSON(List.of(checked.get(0), checked.get(1), added)))))
                .rootCause().isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("«Peralatan dokumentasi» baris 3: baris tambahan tidak dapat dicatat di sini");

        taskService.complete(step3.getId(), Map.of(EquipmentChecklist.REGISTERED, Spin.JSON(checked)));
        assertThat(taskService.createTaskQuery().taskId(step3.getId()).count()).isZero();
    }

    @Test
    void step4_records_an_item_retired_since_step3_and_the_laporan_says_so() {
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_3);
        Task step3 = taskOf(instance);
        List<Map<String, Object>> checked = rows(step3, EquipmentChecklist.REGISTERED);
        fill(checked.get(0), 2, "Baik", true, true, "");
        fill(checked.get(1), 1, "Rusak berat", false, false, "Tidak bisa terbang");
        taskService.complete(step3.getId(), Map.of(EquipmentChecklist.REGISTERED, Spin.JSON(checked)));
        // the drone, the second row, is retired by the Sub Koordinator before step 4 completes
        register.retire("UJI-DRN-01");

        taskService.complete(taskOf(instance).getId(), SopInputs.completing(SopStep.INVENTARIS_4));

        // it was checked, so its check is kept, and the laporan tells the Sub Koordinator it left the register
        assertThat(instance).isEnded();
        assertThat(register.count("SELECT COUNT(*) FROM inv_pemeriksaan WHERE process_instance_id = ?", instance.getId())).isEqualTo(2);
        assertThat(register.count("SELECT COUNT(*) FROM inv_barang WHERE kode = 'UJI-DRN-01' AND status = 'DIHAPUS'"
                + " AND kondisi_terakhir = 'Rusak berat'")).isEqualTo(1);
    }

    @Test
    void step4_fails_when_an_item_left_the_register_and_names_it() {
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_3);
        Task step3 = taskOf(instance);
        List<Map<String, Object>> checked = rows(step3, EquipmentChecklist.REGISTERED);
        checked.forEach(row -> fill(row, 1, "Baik", true, true, ""));
        taskService.complete(step3.getId(), Map.of(EquipmentChecklist.REGISTERED, Spin.JSON(checked)));
        jdbc.sql("UPDATE inv_barang SET kode = 'UJI-DRN-99' WHERE kode = 'UJI-DRN-01'").update();

        assertThatThrownBy(() -> taskService.complete(taskOf(instance).getId(), SopInputs.completing(SopStep.INVENTARIS_4)))
                .rootCause().isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("Peralatan Drone DJI Mavic 3 (UJI-DRN-01) tidak ada lagi di Buku inventarisasi");

        // the first item (the camera) was written before the drone failed, in the same transaction: rolled back with it
        assertThat(register.count("SELECT COUNT(*) FROM inv_pemeriksaan WHERE process_instance_id = ?", instance.getId())).isZero();
        assertThat(register.count("SELECT COUNT(*) FROM inv_riwayat_barang WHERE process_instance_id = ?", instance.getId())).isZero();
        assertThat(register.count("SELECT COUNT(*) FROM inv_laporan WHERE process_instance_id = ?", instance.getId())).isZero();
        assertThat(register.count("SELECT COUNT(*) FROM inv_barang WHERE kode = 'UJI-KAM-01' AND kondisi_terakhir IS NULL"))
                .isEqualTo(1);
        assertThat(instance).isWaitingAtExactly(SopStep.INVENTARIS_4.taskId);
    }

    /** Steps 3 and 4 of one inventory, each registered item judged as given. */
    private String runInventory(Map<String, String> kondisi) {
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_3);
        Task step3 = taskOf(instance);
        List<Map<String, Object>> checked = rows(step3, EquipmentChecklist.REGISTERED);
        checked.forEach(row -> fill(row, 1, kondisi.get(row.get("kode")), true, true, ""));
        taskService.complete(step3.getId(), Map.of(EquipmentChecklist.REGISTERED, Spin.JSON(checked)));
        taskService.complete(taskOf(instance).getId(), SopInputs.completing(SopStep.INVENTARIS_4));
        assertThat(instance).isEnded();
        return instance.getId();
    }

    private static void fill(Map<String, Object> row, int jumlah, String kondisi, boolean baterai, boolean memori, String catatan) {
        row.put("jumlah", jumlah);
        row.put("kondisi", kondisi);
        row.put("bateraiSiap", baterai);
        row.put("memoriSiap", memori);
        row.put("catatan", catatan);
    }

    private List<Map<String, Object>> rows(Task task, String variable) {
        try {
            return JSON.readValue(taskService.getVariable(task.getId(), variable).toString(), new TypeReference<>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
