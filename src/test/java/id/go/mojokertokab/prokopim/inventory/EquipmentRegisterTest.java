package id.go.mojokertokab.prokopim.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.exception.NotValidException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The register's rules, whoever calls: unique kode, retire instead of delete, stale edits, proposals decided once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EquipmentRegisterTest {

    @Autowired
    EquipmentRegister register;
    @Autowired
    Proposals proposals;
    @Autowired
    JdbcClient jdbc;

    static ItemInput camera(String kode) {
        return new ItemInput(kode, "Kamera Canon EOS 90D", "Kamera", "Canon EOS 90D", "0930210", 2, "Almari terkunci", null);
    }

    @Test
    void a_kode_is_used_once_whatever_its_case() {
        register.add(camera("REG-001"), "subkoor");

        assertThatThrownBy(() -> register.add(camera("reg-001"), "subkoor"))
                .isInstanceOf(RegisterConflict.class)
                .hasMessage("Kode inventaris REG-001 sudah dipakai oleh Kamera Canon EOS 90D; pilih kode lain.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inv_barang WHERE kode = 'REG-001'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_edit_is_written_to_the_history_in_words() {
        register.add(camera("REG-002"), "subkoor");

        Item edited = register.edit("REG-002", new ItemInput(null, "Kamera Canon EOS 90D", "Kamera", "Canon EOS 90D", "0930210", 3,
                "Dry cabinet terkunci", 0), "subkoor");

        assertThat(edited.versi()).isEqualTo(1);
        assertThat(edited.jumlah()).isEqualTo(3);
        assertThat(register.historyOf("REG-002")).extracting(HistoryEntry::jenis, HistoryEntry::uraian, HistoryEntry::olehNama)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DITAMBAHKAN", "Ditambahkan ke Buku inventarisasi: Nama: Kamera Canon EOS 90D; "
                                + "Kategori: Kamera; Merek/tipe: Canon EOS 90D; Nomor seri: 0930210; Jumlah: 2; Lokasi: Almari terkunci",
                                "Bambang Setiawan (subkoor)"),
                        org.assertj.core.groups.Tuple.tuple("DIUBAH", "Jumlah: 2 → 3; Lokasi: Almari terkunci → Dry cabinet terkunci",
                                "Bambang Setiawan (subkoor)"));
    }

    @Test
    void an_edit_based_on_an_older_version_is_refused_naming_who_changed_it() {
        register.add(camera("REG-003"), "subkoor");
        register.edit("REG-003", new ItemInput(null, "Kamera Canon EOS 90D", "Kamera", null, null, 1, "Almari terkunci", 0), "subkoor");

        assertThatThrownBy(() -> register.edit("REG-003",
                new ItemInput(null, "Kamera Canon", "Kamera", null, null, 5, "Almari terkunci", 0), "subkoor"))
                .isInstanceOf(RegisterConflict.class)
                .hasMessageStartingWith("Barang REG-003 telah diubah oleh Bambang Setiawan (subkoor) pada ")
                .hasMessageContaining("(sekarang versi 1, perubahan Anda berdasarkan versi 0)");
        assertThat(register.get("REG-003").jumlah()).isEqualTo(1);
        assertThat(register.historyOf("REG-003")).hasSize(2);
    }

    @Test
    void retiring_keeps_the_row_and_says_so_in_the_history() {
        register.add(camera("REG-004"), "subkoor");

        Item retired = register.retire("REG-004", "Rusak berat, tidak dapat diperbaiki", 0, "subkoor");

        assertThat(retired.status()).isEqualTo("DIHAPUS");
        assertThat(retired.alasanDihapus()).isEqualTo("Rusak berat, tidak dapat diperbaiki");
        assertThat(retired.dihapusPada()).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inv_barang WHERE kode = 'REG-004'").query(Long.class).single()).isEqualTo(1);
        assertThat(register.list("AKTIF", null)).extracting(Item::kode).doesNotContain("REG-004");
        assertThat(register.list("DIHAPUS", null)).extracting(Item::kode).contains("REG-004");
        assertThat(register.historyOf("REG-004")).last().satisfies(entry -> {
            assertThat(entry.jenis()).isEqualTo("DIHAPUS");
            assertThat(entry.uraian()).isEqualTo("Dihapus dari daftar: Rusak berat, tidak dapat diperbaiki");
        });
        // a retired item is neither retired again, nor edited, and its kode is not given to another item
        assertThatThrownBy(() -> register.retire("REG-004", "lagi", 1, "subkoor")).isInstanceOf(RegisterConflict.class)
                .hasMessageContaining("sudah dihapus dari daftar pada");
        assertThatThrownBy(() -> register.edit("REG-004", camera(null), "subkoor")).isInstanceOf(NotValidException.class);
        assertThatThrownBy(() -> register.edit("REG-004", new ItemInput(null, "X", "Kamera", null, null, 1, "Almari terkunci", 1), "subkoor"))
                .isInstanceOf(RegisterConflict.class).hasMessageContaining("aktifkan kembali");
        assertThatThrownBy(() -> register.add(camera("REG-004"), "subkoor")).isInstanceOf(RegisterConflict.class)
                .hasMessageContaining("dihapus dari daftar pada");
    }

    @Test
    void a_retired_item_found_again_is_activated_again() {
        register.add(camera("REG-005"), "subkoor");
        register.retire("REG-005", "Hilang saat liputan", 0, "subkoor");

        Item back = register.reactivate("REG-005", "Ditemukan kembali di mobil dinas", 1, "subkoor");

        assertThat(back.status()).isEqualTo("AKTIF");
        assertThat(back.alasanDihapus()).isNull();
        assertThat(back.versi()).isEqualTo(2);
        assertThat(register.historyOf("REG-005")).extracting(HistoryEntry::jenis).containsExactly("DITAMBAHKAN", "DIHAPUS", "DIUBAH");
        assertThat(register.historyOf("REG-005").get(2).uraian()).startsWith("Diaktifkan kembali: Ditemukan kembali di mobil dinas");
    }

    @Test
    void every_problem_of_the_fields_is_named_at_once() {
        assertThatThrownBy(() -> register.add(new ItemInput(" ", "x".repeat(201), "Televisi", null, null, -1, "Gudang", null), "subkoor"))
                .isInstanceOf(NotValidException.class)
                .hasMessageStartingWith("Isian tidak sah: Kode inventaris wajib diisi; Nama barang paling banyak 200 karakter (sekarang 201); "
                        + "Kategori 'Televisi' tidak ada dalam daftar (Kamera, Drone, Peralatan Studio dan Audio, Komputer Grafis")
                .hasMessageContaining("; Jumlah tidak boleh negatif; "
                        + "Lokasi simpan 'Gudang' tidak ada dalam daftar (Almari terkunci, Filling kabinet terkunci, Dry cabinet terkunci")
                .hasMessageEndingWith(").");
        assertThatThrownBy(() -> register.add(camera("KAM/001"), "subkoor")).isInstanceOf(NotValidException.class)
                .hasMessageContaining("Kode inventaris diawali huruf atau angka dan hanya boleh berisi huruf, angka");
        assertThatThrownBy(() -> register.add(new ItemInput("KAM-9", "Kamera\u0000 Canon", "Kamera", null, null, 1,
                "Almari terkunci", null), "subkoor")).isInstanceOf(NotValidException.class)
                .hasMessageContaining("Nama barang berisi karakter kendali yang tidak dapat dicetak");
        // ".." would be an address no page can open
        assertThatThrownBy(() -> register.add(camera(".."), "subkoor")).isInstanceOf(NotValidException.class)
                .hasMessageContaining("Kode inventaris diawali huruf atau angka");
    }

    @Test
    void an_accepted_proposal_becomes_an_item_with_its_last_check_once() {
        long id = proposal("Tripod Manfrotto", 2);

        Item item = proposals.accept(id, new ItemInput("REG-006", null, "Peralatan Studio dan Audio", "Manfrotto 055", null, null,
                "Almari terkunci", null), "subkoor");

        assertThat(item.nama()).isEqualTo("Tripod Manfrotto");
        assertThat(item.jumlah()).isEqualTo(2);
        assertThat(item.kondisiTerakhir()).isEqualTo("Rusak ringan");
        assertThat(item.siapTerakhir()).isFalse();
        assertThat(item.diperiksaOleh()).isEqualTo("staf1");
        assertThat(item.diperiksaOlehNama()).isEqualTo("Dewi Lestari (staf1)");
        Proposal accepted = proposals.get(id);
        assertThat(accepted.status()).isEqualTo("DITERIMA");
        assertThat(accepted.kodeBarang()).isEqualTo("REG-006");
        assertThat(accepted.diputuskanOleh()).isEqualTo("subkoor");
        assertThat(register.historyOf("REG-006").get(0).uraian())
                .startsWith("Ditambahkan dari usulan #" + id + " (ditemukan pada inventarisasi Desember 2026 oleh Dewi Lestari (staf1), kondisi Rusak ringan)");

        assertThatThrownBy(() -> proposals.accept(id, new ItemInput("REG-007", null, "Kamera", null, null, null, "Almari terkunci", null), "subkoor"))
                .isInstanceOf(RegisterConflict.class)
                .hasMessageStartingWith("Usulan #" + id + " (Tripod Manfrotto) sudah diterima sebagai REG-006 oleh Bambang Setiawan (subkoor)");
        assertThatThrownBy(() -> proposals.decline(id, "bukan milik kantor", "subkoor")).isInstanceOf(RegisterConflict.class);
        assertThat(register.find("REG-007")).isEmpty();
    }

    @Test
    void a_declined_proposal_stays_declined() {
        long id = proposal("Kamera pribadi staf", 1);

        Proposal declined = proposals.decline(id, "Milik pribadi, bukan inventaris kantor", "subkoor");

        assertThat(declined.status()).isEqualTo("DITOLAK");
        assertThat(declined.alasanDitolak()).isEqualTo("Milik pribadi, bukan inventaris kantor");
        assertThat(proposals.list("MENUNGGU")).extracting(Proposal::id).doesNotContain(id);
        assertThatThrownBy(() -> proposals.accept(id, new ItemInput("REG-008", null, "Kamera", null, null, null, "Almari terkunci", null), "subkoor"))
                .isInstanceOf(RegisterConflict.class).hasMessageContaining("sudah ditolak oleh Bambang Setiawan (subkoor)");
        assertThat(register.find("REG-008")).isEmpty();
    }

    @Test
    void accepting_under_a_taken_kode_changes_nothing() {
        register.add(camera("REG-009"), "subkoor");
        long id = proposal("Kamera lama", 1);

        assertThatThrownBy(() -> proposals.accept(id, new ItemInput("REG-009", null, "Kamera", null, null, null, "Almari terkunci", null), "subkoor"))
                .isInstanceOf(RegisterConflict.class).hasMessageContaining("sudah dipakai oleh Kamera Canon EOS 90D");

        assertThat(proposals.get(id).status()).isEqualTo("MENUNGGU");
        assertThat(proposals.get(id).diputuskanOleh()).isNull();
    }

    long proposal(String nama, int jumlah) {
        jdbc.sql("""
                INSERT INTO inv_usulan (process_instance_id, periode, nama, jumlah, kondisi, baterai_siap, memori_siap, catatan,
                    diusulkan_oleh, diusulkan_pada)
                VALUES ('pi-1', 'Desember 2026', ?, ?, 'Rusak ringan', TRUE, FALSE, 'ditemukan di almari', 'staf1', ?)""")
                .params(nama, jumlah, OffsetDateTime.of(2026, 12, 1, 2, 0, 0, 0, ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM inv_usulan").query(Long.class).single();
    }
}
