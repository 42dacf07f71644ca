package id.go.mojokertokab.prokopim.inventory.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaporanCsvTest {

    @Test
    void the_items_then_the_unregistered_equipment_one_row_each_with_indonesian_headers() {
        String csv = LaporanCsv.of(Laporans.triwulanIV("pi-1"));

        assertThat(csv.split("\\r\\n")).containsExactly(
                "no,kode,nama,kategori,jumlah,kondisi,baterai,memori,siap_dipergunakan,catatan,terdaftar",
                "1,KAM-001,Kamera Sony A7 III,Kamera,2,Baik,Siap,Siap,Ya,,Ya",
                "2,DRN-001,Drone DJI Mavic 3,Drone,1,Rusak ringan,Siap,Belum siap,Tidak,Baling-baling retak,Ya",
                // a note a spreadsheet would run as a formula is kept as text
                "3,AUD-001,Mikrofon Rode,Peralatan Studio dan Audio,0,Hilang,Belum siap,Belum siap,Tidak,\"'=HYPERLINK(\"\"http://contoh\"\")\",Ya",
                "4,,Tripod Manfrotto,,3,Baik,Belum siap,Belum siap,Tidak,Tidak ada di buku,Tidak");
    }

    @Test
    void cells_are_quoted_and_formulas_defused() {
        assertThat(LaporanCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(LaporanCsv.cell("+62 812")).isEqualTo("'+62 812");
        assertThat(LaporanCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(LaporanCsv.cell(-1)).isEqualTo("-1");
        assertThat(LaporanCsv.cell(null)).isEmpty();
    }
}
