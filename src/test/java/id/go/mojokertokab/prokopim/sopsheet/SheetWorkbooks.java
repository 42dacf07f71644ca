package id.go.mojokertokab.prokopim.sopsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test fixture: writes SOP sheets as an XLSX workbook laid out like the printed SOP AP sheet, one
 * worksheet per SOP, with the merged cells a clerk's workbook has: the left block of the identity
 * header (government, then the unit on its last line), the header headings over half the width
 * each, "PELAKSANA" over the pelaksana columns, "MUTU BAKU" over KELENGKAPAN, WAKTU and OUTPUT,
 * "NO.", "KEGIATAN" and "KET" over both header rows. List items are lines of one cell; a step
 * marks its pelaksana with its number, or ({@link Marks#SYMBOLS}) with a flowchart symbol drawn
 * over the cell, joined by arrows, with "Mulai"/"Selesai" terminators; a signature follows the
 * table after an empty row. A sheet
 * without steps gets no step table.
 */
final class SheetWorkbooks {

    /** The spreadsheet row (1-based) of a worksheet's first step. */
    static final int FIRST_STEP_ROW = 19;

    private static final String GOVERNMENT = "PEMERINTAH KABUPATEN MOJOKERTO\nSEKRETARIAT DAERAH\nJl. A. Yani No. 16";
    private static final String[] IDENTITY_LABELS = {"Nomor SOP", "Tgl Pembuatan", "Tgl Revisi", "Tgl Efektif",
            "Disahkan oleh", "Nama SOP"};

    private SheetWorkbooks() {
    }

    /** How a step marks its pelaksana. */
    enum Marks { NUMBERS, SYMBOLS }

    static byte[] xlsx(SopSheet... sheets) {
        return xlsx(Marks.NUMBERS, sheets);
    }

    static byte[] xlsx(Marks marks, SopSheet... sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            for (int i = 0; i < sheets.length; i++) {
                write(sheets[i], workbook.createSheet("SOP " + (i + 1)), wrap, marks);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(SopSheet sop, XSSFSheet sheet, CellStyle wrap, Marks marks) {
        int p = sop.pelaksana().size();
        int last = p + 5;
        SheetHeader h = sop.header();
        String[] identity = {h.nomor(), h.tanggalPembuatan(), h.tanggalRevisi(), h.tanggalEfektif(),
                h.disahkanOleh(), h.nama()};
        for (int r = 0; r < identity.length; r++) {
            set(sheet, r, p + 2, IDENTITY_LABELS[r], wrap);
            set(sheet, r, p + 3, identity[r], wrap);
            merge(sheet, r, r, p + 3, last);
        }
        set(sheet, 0, 0, GOVERNMENT + "\n" + sop.unit(), wrap);
        merge(sheet, 0, 5, 0, p + 1);

        int half = (last + 1) / 2;
        info(sheet, 7, half, last, "DASAR HUKUM", lines(h.dasarHukum()), "KUALIFIKASI PELAKSANA",
                lines(h.kualifikasiPelaksana()), wrap);
        info(sheet, 9, half, last, "KETERKAITAN", lines(h.keterkaitan()), "PERALATAN/PERLENGKAPAN",
                lines(h.peralatan()), wrap);
        info(sheet, 11, half, last, "PERINGATAN", h.peringatan(), "PENCATATAN DAN PENDATAAN", h.pencatatan(), wrap);

        if (sop.steps().isEmpty()) {
            return;
        }
        set(sheet, 14, 0, "SOP " + h.nama().toUpperCase(), wrap);
        merge(sheet, 14, 14, 0, last);

        set(sheet, 16, 0, "NO.", wrap);
        merge(sheet, 16, 17, 0, 0);
        set(sheet, 16, 1, "KEGIATAN", wrap);
        merge(sheet, 16, 17, 1, 1);
        set(sheet, 16, 2, "PELAKSANA", wrap);
        if (p > 1) {
            merge(sheet, 16, 16, 2, p + 1);
        }
        set(sheet, 16, p + 2, "MUTU BAKU", wrap);
        merge(sheet, 16, 16, p + 2, p + 4);
        set(sheet, 16, last, "KET", wrap);
        merge(sheet, 16, 17, last, last);
        for (int k = 0; k < p; k++) {
            set(sheet, 17, 2 + k, sop.pelaksana().get(k), wrap);
        }
        set(sheet, 17, p + 2, "KELENGKAPAN", wrap);
        set(sheet, 17, p + 3, "WAKTU", wrap);
        set(sheet, 17, p + 4, "OUTPUT", wrap);

        int r = FIRST_STEP_ROW - 1;
        XSSFDrawing drawing = marks == Marks.SYMBOLS ? sheet.createDrawingPatriarch() : null;
        for (SheetStep step : sop.steps()) {
            number(sheet, r, 0, step.number());
            set(sheet, r, 1, step.kegiatan(), wrap);
            for (String marked : PelaksanaMarks.split(step.pelaksana())) {
                int column = 2 + sop.pelaksana().indexOf(marked);
                if (drawing == null) {
                    number(sheet, r, column, step.number());
                } else {
                    boolean question = step.kegiatan().endsWith("?");
                    shape(drawing, r, column, question ? ShapeTypes.FLOW_CHART_DECISION : ShapeTypes.FLOW_CHART_PROCESS);
                    if (r > FIRST_STEP_ROW - 1) {
                        shape(drawing, r - 1, column, ShapeTypes.STRAIGHT_CONNECTOR_1);
                    } else {
                        shape(drawing, r, column, ShapeTypes.FLOW_CHART_TERMINATOR);
                    }
                }
            }
            set(sheet, r, p + 2, step.kelengkapan(), wrap);
            set(sheet, r, p + 3, step.waktu(), wrap);
            set(sheet, r, p + 4, step.output(), wrap);
            set(sheet, r, last, step.keterangan(), wrap);
            r++;
        }
        if (drawing != null) {
            shape(drawing, r, 2, ShapeTypes.FLOW_CHART_TERMINATOR);
        }
        set(sheet, r + 1, p + 3, "Mojokerto, " + h.tanggalEfektif() + "\n" + h.disahkanOleh(), wrap);
    }

    /** A shape drawn inside one cell, a little smaller than it, as a clerk places it. */
    private static void shape(XSSFDrawing drawing, int row, int column, int type) {
        int emuPerPixel = 9525;
        XSSFClientAnchor anchor = new XSSFClientAnchor(4 * emuPerPixel, 2 * emuPerPixel, 40 * emuPerPixel,
                14 * emuPerPixel, column, row, column, row);
        drawing.createSimpleShape(anchor).setShapeType(type);
    }

    private static void info(Sheet sheet, int row, int half, int last, String leftHeading, String left,
            String rightHeading, String right, CellStyle wrap) {
        set(sheet, row, 0, leftHeading, wrap);
        set(sheet, row, half, rightHeading, wrap);
        set(sheet, row + 1, 0, left, wrap);
        set(sheet, row + 1, half, right, wrap);
        for (int r = row; r <= row + 1; r++) {
            merge(sheet, r, r, 0, half - 1);
            merge(sheet, r, r, half, last);
        }
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    /** A step number as a number cell, the way a clerk types it; anything else as text. */
    private static void number(Sheet sheet, int r, int c, String number) {
        if (number.matches("\\d+")) {
            cell(sheet, r, c).setCellValue(Integer.parseInt(number));
        } else {
            cell(sheet, r, c).setCellValue(number);
        }
    }

    private static void set(Sheet sheet, int r, int c, String text, CellStyle wrap) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Cell cell = cell(sheet, r, c);
        cell.setCellValue(text);
        cell.setCellStyle(wrap);
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
        if (firstRow != lastRow || firstCol != lastCol) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }
}
