package id.go.mojokertokab.prokopim.inventory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.printing.PdfDocuments;

/** The laporan's PDF read back as text with PDFBox, the way a search in a PDF reader finds it. */
class LaporanPdfTest {

    static byte[] pdf;
    static String text;

    @BeforeAll
    static void render() throws IOException {
        LaporanPdf renderer = new LaporanPdf(new PdfDocuments(), new IndonesianDates(new OfficeTime(ZoneId.of("Asia/Jakarta"))));
        pdf = renderer.of(Laporans.triwulanIV("pi-1"), Instant.parse("2026-12-02T03:00:00Z"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // a cell's text wraps within its column: compare words, not lines
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void a4_with_the_offices_heading_title_and_period() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
        }
        assertThat(text).containsSubsequence("PEMERINTAH KABUPATEN MOJOKERTO", "SEKRETARIAT DAERAH",
                "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN", "LAPORAN INVENTARISASI PERALATAN DOKUMENTASI",
                "Periode: Triwulan IV 2026");
    }

    @Test
    void one_row_per_item_with_kondisi_and_readiness() {
        assertThat(text).contains("1 KAM-001 Kamera Sony A7 III Kamera 2 Baik Siap Siap Ya");
        assertThat(text).contains("2 DRN-001 Drone DJI Mavic 3 Drone 1 Rusak ringan Siap Belum siap Tidak Baling-baling retak");
        assertThat(text).containsSubsequence("3 AUD-001 Mikrofon Rode", "0 Hilang");
    }

    @Test
    void totals_per_kondisi_and_ready() {
        assertThat(text).contains("Jenis peralatan diperiksa 3", "Jumlah unit 3", "Kondisi Baik 1", "Kondisi Rusak ringan 1",
                "Kondisi Rusak berat 0", "Kondisi Hilang 1", "Siap dipergunakan (kondisi Baik, baterai dan memori siap) 1",
                "Peralatan ditemukan yang belum terdaftar 1");
    }

    @Test
    void changes_proposals_and_notes() {
        assertThat(text).containsSubsequence("Perubahan sejak pemeriksaan terakhir",
                "DRN-001 Drone DJI Mavic 3 Kondisi berubah dari Baik menjadi Rusak ringan",
                "AUD-001 Mikrofon Rode Tidak ditemukan saat pemeriksaan",
                "KOM-001 Komputer iMac Terdaftar, tetapi tidak termasuk daftar pemeriksaan ini");
        assertThat(text).containsSubsequence("Peralatan ditemukan yang belum terdaftar", "1 Tripod Manfrotto 3 Baik");
        assertThat(text).containsSubsequence("Catatan", "Semua peralatan tercatat; drone rusak ringan, mikrofon hilang.");
    }

    @Test
    void who_checked_when_in_wib_and_the_signature_blocks() {
        assertThat(text).contains("Diperiksa oleh Dewi Lestari pada 2 Desember 2026 pukul 09:30 WIB.");
        assertThat(text).containsSubsequence("Mojokerto, 2 Desember 2026", "Staf Sub Dokpim", "Sub Koordinator Dokpim",
                "Mengetahui,", "Kabag Prokopim", "Dewi Lestari");
    }

    @Test
    void text_beyond_the_pdf_fonts_does_not_stop_the_laporan() throws IOException {
        Laporan laporan = Laporans.triwulanIV("pi-2");
        Laporan odd = new Laporan("pi-2", "Triwulan IV 2026 → Desember", laporan.items(), laporan.changes(), laporan.found(),
                "Lensa 24–70 mm retak 📷; ẞ ₹ ≥ 5", "Dewi Lestari", laporan.diperiksaPada());

        byte[] rendered = new LaporanPdf(new PdfDocuments(), new IndonesianDates(new OfficeTime(ZoneId.of("Asia/Jakarta"))))
                .of(odd, Instant.parse("2026-12-02T03:00:00Z"));

        try (PDDocument document = Loader.loadPDF(rendered)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Lensa 24").contains("retak");
        }
    }

    @Test
    void a_long_word_and_a_character_xml_cannot_hold_stay_on_the_page() throws IOException {
        Laporan sample = Laporans.triwulanIV("pi-2");
        Laporan pasted = new Laporan(sample.processInstanceId(), sample.periode(), sample.items(), sample.changes(),
                sample.found(), "X".repeat(300) + " lensa\u0001 retak", sample.pelaksana(), sample.diperiksaPada());
        byte[] rendered = new LaporanPdf(new PdfDocuments(), new IndonesianDates(new OfficeTime(ZoneId.of("Asia/Jakarta"))))
                .of(pasted, Instant.parse("2026-12-02T03:00:00Z"));

        try (PDDocument document = Loader.loadPDF(rendered)) {
            float[] rightmost = {0};
            PDFTextStripper positions = new PDFTextStripper() {
                @Override
                protected void writeString(String string, java.util.List<org.apache.pdfbox.text.TextPosition> glyphs) {
                    glyphs.forEach(glyph -> rightmost[0] = Math.max(rightmost[0], glyph.getXDirAdj() + glyph.getWidthDirAdj()));
                }
            };
            positions.getText(document);
            assertThat(rightmost[0]).isLessThanOrEqualTo(PDRectangle.A4.getWidth());
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains("X".repeat(300) + "lensaretak");
        }
    }
}
