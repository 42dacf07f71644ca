package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxSheetsTest {

    @Test
    void test_sheet_written_as_xlsx_reads_back_as_the_text_reads_it() throws IOException {
        SopSheet text = TextSheets.read(TextSheetsTest.resource("sop-uji-pelayanan-dokumentasi.md")).sheets().get(0);

        SheetReading reading = XlsxSheets.read(new ByteArrayInputStream(SheetWorkbooks.xlsx(text)));

        assertThat(reading.problems()).isEmpty();
        SopSheet xlsx = reading.sheets().get(0);
        assertThat(xlsx.unit()).isEqualTo(text.unit());
        assertThat(xlsx.header()).isEqualTo(text.header());
        assertThat(xlsx.pelaksana()).isEqualTo(text.pelaksana());
        assertThat(xlsx.steps()).isEqualTo(renumbered(text.steps(), SheetWorkbooks.FIRST_STEP_ROW));
        assertThat(SheetCheck.plan(xlsx).plan().steps()).extracting(PlannedStep::decision)
                .filteredOn(decision -> decision != null)
                .containsExactly(new Decision("Apakah hasil dokumentasi sesuai?", "5"));
    }

    @Test
    void steps_marked_with_flowchart_symbols_are_read_like_steps_marked_with_text() throws IOException {
        SopSheet text = TextSheets.read(TextSheetsTest.resource("sop-uji-pelayanan-dokumentasi.md")).sheets().get(0);

        SheetReading reading = XlsxSheets.read(new ByteArrayInputStream(
                SheetWorkbooks.xlsx(SheetWorkbooks.Marks.SYMBOLS, text)));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.sheets().get(0).steps()).extracting(SheetStep::pelaksana)
                .containsExactlyElementsOf(text.steps().stream().map(SheetStep::pelaksana).toList());
        assertThat(SheetCheck.plan(reading.sheets().get(0)).plan().roles()).hasSize(4);
    }

    @Test
    void office_sheets_in_one_workbook_are_one_sop_per_worksheet() throws IOException {
        List<SopSheet> office = TextSheets.read(TextSheetsTest.resource("sop-prokopim-2022.md")).sheets();

        SheetReading reading = XlsxSheets.read(new ByteArrayInputStream(
                SheetWorkbooks.xlsx(office.toArray(SopSheet[]::new))));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.sheets()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(reading.sheets().get(i).header()).isEqualTo(office.get(i).header());
            assertThat(reading.sheets().get(i).steps())
                    .isEqualTo(renumbered(office.get(i).steps(), SheetWorkbooks.FIRST_STEP_ROW));
        }
    }

    @Test
    void a_clerks_workbook_with_separate_left_cells_numbered_lists_and_a_one_row_header_is_read() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 1, "", "", "Nomor SOP", "", "7/SOP/PKP/2024");
            row(sheet, 2, "PEMERINTAH KABUPATEN MOJOKERTO", "", "Tgl Pembuatan", "", "Maret 2024");
            row(sheet, 3, "Bagian Umum", "", "Nama SOP :", "", "Pengarsipan Surat Masuk");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 4, 6));
            row(sheet, 5, "Dasar Hukum", "", "", "Kualifikasi Pelaksana");
            row(sheet, 6, "1. Undang-Undang No. 43 Tahun 2009 tentang Kearsipan\n2. Peraturan Bupati No. 1 Tahun 2020",
                    "", "", "- Teliti\n- Mampu mengoperasikan komputer");
            row(sheet, 8, "No", "Uraian Kegiatan", "Sekretaris", "Pengelola Arsip", "Kelengkapan", "Waktu", "Output",
                    "Keterangan");
            row(sheet, 9, "1", "Menerima surat\nmasuk", "", "v", "Surat", "5 menit", "Agenda surat", "");
            row(sheet, 10, "2", "Memeriksa kelengkapan surat", "x", "", "Surat", "1 jam", "Surat lengkap",
                    "jika tidak sesuai\nkembali ke langkah 1");
        });

        SheetReading reading = XlsxSheets.read(new ByteArrayInputStream(xlsx));

        assertThat(reading.problems()).isEmpty();
        SopSheet sheet = reading.sheets().get(0);
        assertThat(sheet.unit()).isEqualTo("Bagian Umum");
        assertThat(sheet.header().nomor()).isEqualTo("7/SOP/PKP/2024");
        assertThat(sheet.header().nama()).isEqualTo("Pengarsipan Surat Masuk");
        assertThat(sheet.header().dasarHukum()).containsExactly(
                "Undang-Undang No. 43 Tahun 2009 tentang Kearsipan", "Peraturan Bupati No. 1 Tahun 2020");
        assertThat(sheet.header().kualifikasiPelaksana()).containsExactly("Teliti", "Mampu mengoperasikan komputer");
        assertThat(sheet.pelaksana()).containsExactly("Sekretaris", "Pengelola Arsip");
        assertThat(sheet.steps()).containsExactly(
                new SheetStep(9, "1", "Menerima surat masuk", "Pengelola Arsip", "Surat", "5 menit", "Agenda surat", ""),
                new SheetStep(10, "2", "Memeriksa kelengkapan surat", "Sekretaris", "Surat", "1 jam", "Surat lengkap",
                        "jika tidak sesuai kembali ke langkah 1"));
        SheetCheck.Checked checked = SheetCheck.plan(sheet);
        assertThat(checked.plan().processKey()).isEqualTo("pengarsipanSuratMasuk");
        assertThat(checked.plan().steps().get(1).decision())
                .isEqualTo(new Decision("Kelengkapan surat sesuai?", "1"));
    }

    @Test
    void a_step_written_over_two_merged_rows_is_one_step_and_the_table_goes_on() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 1, "BAGIAN UMUM", "Nama SOP", "Contoh");
            row(sheet, 3, "NO.", "KEGIATAN", "A", "B", "KELENGKAPAN", "WAKTU", "OUTPUT", "KET");
            row(sheet, 4, "1", "Menerima berkas", "1", "", "Berkas", "10 menit", "Agenda", "");
            for (int c = 0; c < 8; c++) {
                sheet.addMergedRegion(new CellRangeAddress(3, 4, c, c));
            }
            row(sheet, 6, "2", "Memeriksa berkas", "", "2", "Berkas", "1 jam", "Hasil", "");
        });

        SheetReading reading = XlsxSheets.read(new ByteArrayInputStream(xlsx));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.sheets().get(0).steps()).extracting(SheetStep::row, SheetStep::number, SheetStep::pelaksana)
                .containsExactly(tuple(4, "1", "A"), tuple(6, "2", "B"));
    }

    @Test
    void a_keterangan_written_in_the_lower_row_of_a_merged_step_belongs_to_that_step() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 1, "BAGIAN UMUM", "Nama SOP", "Contoh");
            row(sheet, 3, "NO.", "KEGIATAN", "A", "B", "KELENGKAPAN", "WAKTU", "OUTPUT", "KET");
            row(sheet, 4, "1", "Menerima berkas", "1", "", "Berkas", "10 menit", "Agenda", "");
            row(sheet, 5, "2", "Memeriksa berkas", "", "2", "Berkas", "1 jam", "Hasil", "");
            row(sheet, 6, "", "", "", "", "", "", "", "Jika tidak sesuai kembali ke langkah 1");
            for (int c = 0; c < 7; c++) {
                sheet.addMergedRegion(new CellRangeAddress(4, 5, c, c));
            }
            row(sheet, 7, "3", "Melapor", "3", "", "Buku", "1 jam", "Laporan", "");
        });

        SopSheet sheet = XlsxSheets.read(new ByteArrayInputStream(xlsx)).sheets().get(0);

        assertThat(sheet.steps()).extracting(SheetStep::row, SheetStep::number, SheetStep::keterangan).containsExactly(
                tuple(4, "1", ""), tuple(5, "2", "Jika tidak sesuai kembali ke langkah 1"), tuple(7, "3", ""));
        assertThat(SheetCheck.plan(sheet).plan().steps().get(1).decision())
                .extracting(Decision::backToStep).isEqualTo("1");
    }

    @Test
    void a_kegiatan_continued_in_a_merged_row_joins_its_step_but_an_unmerged_one_is_a_step_without_number()
            throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 1, "BAGIAN UMUM", "Nama SOP", "Contoh");
            row(sheet, 3, "NO.", "KEGIATAN", "A", "KELENGKAPAN", "WAKTU", "OUTPUT", "KET");
            row(sheet, 4, "1", "Menerima berkas", "1", "Berkas", "10 menit", "Agenda", "");
            row(sheet, 5, "", "dan mencatatnya", "", "", "", "", "");
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            row(sheet, 6, "", "Memeriksa berkas", "", "Berkas", "1 jam", "Hasil", "");
        });

        SopSheet sheet = XlsxSheets.read(new ByteArrayInputStream(xlsx)).sheets().get(0);

        assertThat(sheet.steps()).extracting(SheetStep::row, SheetStep::number, SheetStep::kegiatan).containsExactly(
                tuple(4, "1", "Menerima berkas dan mencatatnya"), tuple(6, "", "Memeriksa berkas"));
        assertThat(SheetCheck.plan(sheet).problems()).extracting(SheetProblem::toString).contains(
                "Baris 6: nomor langkah kosong; isi kolom NO. dengan 2.");
    }

    @Test
    void problems_name_the_worksheet_when_there_are_several() throws IOException {
        SopSheet text = TextSheets.read(TextSheetsTest.resource("sop-prokopim-2022.md")).sheets().get(0);
        byte[] twoSheets = SheetWorkbooks.xlsx(text, text);
        byte[] broken;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(twoSheets));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheetAt(1).getRow(17).getCell(6).setCellValue("");
            workbook.write(out);
            broken = out.toByteArray();
        }

        SheetReading reading = XlsxSheets.read(new ByteArrayInputStream(broken));

        assertThat(reading.problems()).extracting(SheetProblem::toString).containsExactly(
                "Baris 17: tabel langkah tidak memiliki kolom WAKTU (bagian MUTU BAKU); tambahkan kolom itu di baris"
                        + " judul (lembar \"SOP 2\").");
    }

    @Test
    void a_file_that_is_not_xlsx_is_a_problem() {
        assertThat(messages(XlsxSheets.read(new ByteArrayInputStream(
                "| NO. | KEGIATAN |".getBytes(StandardCharsets.UTF_8))))).containsExactly(
                "Berkas bukan XLSX; unggah lembar SOP dalam format .xlsx (Excel) atau tabel teks (.md).");
        assertThat(messages(XlsxSheets.read(new ByteArrayInputStream(new byte[0])))).containsExactly("Berkas kosong.");
    }

    @Test
    void a_broken_xlsx_is_a_problem() {
        byte[] xlsx = SheetWorkbooks.xlsx(minimalSheet());
        byte[] truncated = Arrays.copyOf(xlsx, xlsx.length / 2);

        assertThat(messages(XlsxSheets.read(new ByteArrayInputStream(truncated)))).singleElement().asString()
                .startsWith("Berkas tidak dapat dibaca sebagai XLSX");
    }

    @Test
    void an_empty_workbook_is_a_problem() throws IOException {
        assertThat(messages(XlsxSheets.read(new ByteArrayInputStream(workbook(sheet -> { })))))
                .containsExactly("Buku kerja tidak berisi SOP; setiap lembar SOP memuat \"Nomor SOP\" dan \"Nama SOP\""
                        + " dengan isinya di sel sebelah kanan.");
    }

    @Test
    void an_encrypted_workbook_is_a_problem() throws Exception {
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("rahasia");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(SheetWorkbooks.xlsx(minimalSheet()));
            }
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }

        assertThat(messages(XlsxSheets.read(new ByteArrayInputStream(encrypted)))).containsExactly(
                "Berkas dilindungi kata sandi; simpan ulang tanpa kata sandi sebagai .xlsx.");
    }

    @Test
    void a_zip_bomb_is_refused_before_poi_reads_it() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 80; i++) {
                zip.write(spaces);
            }
        }

        SheetReading reading = XlsxSheets.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(bytes.size()).isLessThan(1024 * 1024);
        assertThat(messages(reading)).containsExactly(
                "Isi berkas XLSX terlalu besar setelah dibuka (lebih dari 8 MB); berkas ditolak.");
    }

    @Test
    void a_worksheet_with_more_rows_of_values_than_a_sop_has_is_refused() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            for (int r = 1; r <= XlsxLimits.MAX_ROWS + 1; r++) {
                row(sheet, r, "x");
            }
        });

        assertThat(messages(XlsxSheets.read(new ByteArrayInputStream(xlsx)))).containsExactly(
                "Lembar terlalu panjang (1001 baris berisi); satu lembar SOP paling banyak 1000 baris.");
    }

    @Test
    void styled_empty_rows_below_the_table_are_not_rows_of_the_sheet() throws IOException {
        byte[] xlsx = withStyledEmptyRows(SheetWorkbooks.xlsx(minimalSheet()), 1_100);

        SheetReading reading = XlsxSheets.read(new ByteArrayInputStream(xlsx));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.sheets()).singleElement().extracting(sheet -> sheet.steps().size()).isEqualTo(1);
    }

    @Test
    void rows_written_far_below_the_table_are_refused_before_poi_builds_the_workbook() throws IOException {
        byte[] many = withStyledEmptyRows(SheetWorkbooks.xlsx(minimalSheet()), XlsxLimits.MAX_WRITTEN_ROWS + 1);
        byte[] oneAtTheBottom = workbook(sheet -> sheet.createRow(1_048_575).setHeightInPoints(30));

        assertThat(messages(XlsxSheets.read(new ByteArrayInputStream(many)))).singleElement().asString()
                .startsWith("Lembar memuat baris sampai baris 20001 (");
        assertThat(messages(XlsxSheets.read(new ByteArrayInputStream(oneAtTheBottom)))).containsExactly(
                "Lembar memuat baris sampai baris 1048576 (1 baris berformat); paling banyak 20000. Hapus baris kosong di"
                        + " bawah tabel lalu simpan ulang.");
    }

    @Test
    void a_symbol_marks_the_cell_under_its_centre_and_a_merged_cell_by_its_top_left() throws IOException {
        int emu = 9525;
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 1, "BAGIAN UMUM", "Nama SOP", "Contoh");
            row(sheet, 3, "NO.", "KEGIATAN", "A", "B", "KELENGKAPAN", "WAKTU", "OUTPUT", "KET");
            row(sheet, 4, "1", "Menerima berkas", "", "", "Berkas", "10 menit", "Agenda", "");
            for (int c = 0; c < 8; c++) {
                sheet.addMergedRegion(new CellRangeAddress(3, 4, c, c));
            }
            row(sheet, 6, "2", "Memeriksa berkas", "", "", "Berkas", "1 jam", "Hasil", "");
            XSSFDrawing drawing = ((XSSFSheet) sheet).createDrawingPatriarch();
            long columnWidth = Math.round(sheet.getColumnWidthInPixels(2) * emu);
            // step 1: drawn in the lower of its two merged rows, in column A
            drawing.createSimpleShape(new XSSFClientAnchor(4 * emu, 2 * emu, 40 * emu, 14 * emu, 2, 4, 2, 4))
                    .setShapeType(ShapeTypes.FLOW_CHART_PROCESS);
            // step 2: from the right edge of column A to the middle of column B, so its centre is in B
            drawing.createSimpleShape(new XSSFClientAnchor((int) (columnWidth * 9 / 10), 2 * emu, (int) (columnWidth / 2),
                    14 * emu, 2, 5, 3, 5)).setShapeType(ShapeTypes.FLOW_CHART_PROCESS);
        });

        SheetReading reading = XlsxSheets.read(new ByteArrayInputStream(xlsx));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.sheets().get(0).steps()).extracting(SheetStep::row, SheetStep::number, SheetStep::pelaksana)
                .containsExactly(tuple(4, "1", "A"), tuple(6, "2", "B"));
        assertThat(DrawnSymbols.key(0, 60)).as("a cell past column 60 is not one of the next row").isNotEqualTo(DrawnSymbols.key(1, 0));
    }

    // --- helpers --------------------------------------------------------------------------------

    private static List<SheetStep> renumbered(List<SheetStep> steps, int firstRow) {
        return java.util.stream.IntStream.range(0, steps.size()).mapToObj(i -> {
            SheetStep s = steps.get(i);
            return new SheetStep(firstRow + i, s.number(), s.kegiatan(), s.pelaksana(), s.kelengkapan(), s.waktu(),
                    s.output(), s.keterangan());
        }).toList();
    }

    private static SopSheet minimalSheet() {
        SheetHeader header = new SheetHeader("1/SOP", "Contoh", "", "", "", "", List.of(), List.of(), List.of(),
                List.of(), "", "");
        return new SopSheet("BAGIAN UJI", header, List.of("Kabag Prokopim"),
                List.of(new SheetStep(0, "1", "Memeriksa", "Kabag Prokopim", "Berkas", "1 jam", "Hasil", "")));
    }

    private interface SheetWriter {
        void write(Sheet sheet);
    }

    private static byte[] workbook(SheetWriter writer) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.write(workbook.createSheet("SOP"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Writes texts into the 1-based spreadsheet row, from column A. */
    private static void row(Sheet sheet, int number, String... texts) {
        Row row = sheet.createRow(number - 1);
        for (int c = 0; c < texts.length; c++) {
            if (!texts[c].isEmpty()) {
                row.createCell(c).setCellValue(texts[c]);
            }
        }
    }

    /** The workbook with rows written down to the given row, empty but styled, as a clerk's formatting leaves them. */
    private static byte[] withStyledEmptyRows(byte[] xlsx, int lastRow) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            CellStyle bordered = workbook.createCellStyle();
            bordered.setBorderBottom(BorderStyle.THIN);
            for (int r = sheet.getLastRowNum() + 1; r < lastRow; r++) {
                sheet.createRow(r).createCell(0).setCellStyle(bordered);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> messages(SheetReading reading) {
        return reading.problems().stream().map(SheetProblem::toString).toList();
    }
}
