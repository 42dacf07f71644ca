package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The importer picks the reader by content and name, plans every sheet with a step table, skips
 * the ones without, and produces nothing when any sheet has a problem, saying which.
 */
class SopSheetImporterTest {

    private final SopSheetImporter importer = new SopSheetImporter();

    private static SopSheet testSheet() {
        return TextSheets.read(SheetUpload.testSheet()).sheets().get(0);
    }

    @Test
    void an_excel_workbook_becomes_the_same_sop_as_its_text_and_a_worksheet_without_steps_is_skipped() {
        SopSheet identityOnly = new SopSheet(testSheet().unit(), testSheet().header(), List.of(), List.of());
        byte[] workbook = SheetWorkbooks.xlsx(testSheet(), identityOnly);

        ImportResult fromExcel = importer.importFile("peminjaman.xlsx", workbook);
        ImportResult fromText = importer.importFile("peminjaman.md", SheetUpload.testSheet().getBytes(StandardCharsets.UTF_8));

        assertThat(fromExcel.problems()).isEmpty();
        assertThat(fromExcel.sops()).singleElement().satisfies(sop -> {
            assertThat(sop.plan().processKey()).isEqualTo("peminjamanPeralatanDokumentasi");
            assertThat(sop.plan().roles()).isEqualTo(fromText.sops().get(0).plan().roles());
            assertThat(sop.forms().keySet()).isEqualTo(fromText.sops().get(0).forms().keySet());
        });
        assertThat(importer.importFile("lembar-tanpa-nama", workbook).sops()).as("a workbook is known by its content").hasSize(1);
    }

    @Test
    void a_problem_in_one_of_several_sheets_names_that_sop_and_nothing_is_made() {
        SopSheet good = testSheet();
        SheetStep first = good.steps().get(0);
        List<SheetStep> steps = new java.util.ArrayList<>(good.steps());
        steps.set(0, new SheetStep(first.row(), first.number(), first.kegiatan(), first.pelaksana(), first.kelengkapan(), "sebentar",
                first.output(), first.keterangan()));
        SopSheet broken = new SopSheet(good.unit(), renamed(good, "Pengembalian Peralatan").header(), good.pelaksana(), steps);

        ImportResult result = importer.importFile("dua.xlsx", SheetWorkbooks.xlsx(good, broken));

        assertThat(result.sops()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("SOP “Pengembalian Peralatan”: ").contains("sebentar"));
    }

    @Test
    void two_sops_that_would_be_written_to_one_file_are_a_problem_not_a_broken_zip() {
        SopSheet first = renamed(testSheet(), "Peminjaman Peralatan (Dokumentasi)");
        SopSheet second = renamed(testSheet(), "Peminjaman Peralatan Dokumentasi");

        ImportResult result = importer.importFile("dua.xlsx", SheetWorkbooks.xlsx(first, second));

        assertThat(result.sops()).isEmpty();
        assertThat(result.problems()).extracting(SheetProblem::message).containsExactly("SOP “Peminjaman Peralatan Dokumentasi”"
                + " dan “Peminjaman Peralatan (Dokumentasi)” menjadi berkas yang sama (peminjaman-peralatan-dokumentasi.bpmn);"
                + " beri nama SOP yang berbeda.");
    }

    @Test
    void a_file_without_a_step_table_or_of_another_kind_is_one_problem_for_the_whole_file() {
        SopSheet identityOnly = new SopSheet(testSheet().unit(), testSheet().header(), List.of(), List.of());
        assertThat(importer.importFile("identitas.xlsx", SheetWorkbooks.xlsx(identityOnly)).problems())
                .extracting(SheetProblem::toString).singleElement().asString().contains("tidak memuat tabel langkah");
        assertThat(importer.importFile("sop.docx", new byte[] {'P', 'K', 3, 4}).problems())
                .extracting(SheetProblem::toString).singleElement().asString().contains(".docx", "Excel .xlsx");
        assertThat(importer.importFile("sop.xlsx", "bukan excel".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(SheetProblem::toString).singleElement().asString().contains("isinya bukan Excel .xlsx");
        assertThat(importer.importFile("rusak.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0}).problems())
                .extracting(SheetProblem::toString).singleElement().asString().contains("XLSX", "simpan ulang");
        assertThat(importer.importFile("sop.md", new byte[] {(byte) 0xC3, (byte) 0x28}).problems())
                .extracting(SheetProblem::toString).singleElement().asString().contains("bukan teks UTF-8");
        assertThat(importer.importFile("kosong.md", new byte[0]).problems())
                .extracting(SheetProblem::toString).singleElement().asString().contains("kosong");
        assertThat(importer.importFile("besar.md", new byte[SopSheetImporter.MAX_BYTES + 1]).problems())
                .extracting(SheetProblem::toString).singleElement().asString().contains("terlalu besar", "batasnya 2,0 MB");
    }

    private static SopSheet renamed(SopSheet sheet, String nama) {
        SheetHeader header = sheet.header();
        return new SopSheet(sheet.unit(), new SheetHeader(header.nomor(), nama, header.tanggalPembuatan(), header.tanggalRevisi(),
                header.tanggalEfektif(), header.disahkanOleh(), header.dasarHukum(), header.kualifikasiPelaksana(), header.keterkaitan(),
                header.peralatan(), header.peringatan(), header.pencatatan()), sheet.pelaksana(), sheet.steps());
    }
}
