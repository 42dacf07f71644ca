package id.go.mojokertokab.prokopim.sopsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads SOP AP sheets from an XLSX workbook laid out like the printed sheet, one SOP per
 * worksheet (see {@link SheetLayout} for the layout; merged cells keep their text in the top-left
 * cell, which is how the layout expects it). A step marks its pelaksana with text in that column or,
 * as printed SOP AP sheets do, with a flowchart symbol drawn over that cell ({@link DrawnSymbols}).
 * A problem's row is the spreadsheet's row; with more than one worksheet it also names the worksheet.
 *
 * <p>What an upload can cost is bounded before POI builds its model: the file's size here, then
 * the zip's parts, their inflated size and each worksheet's rows, cells and merged cells
 * ({@link XlsxLimits}); columns past the {@value #MAX_COLUMNS}th are not read. POI's own zip-bomb
 * check (ZipSecureFile's inflate ratio) still applies.
 */
public final class XlsxSheets {

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final int MAX_WORKSHEETS = 50;
    static final int MAX_COLUMNS = 60;
    /** What a drawn symbol reads as in its cell. */
    static final String SYMBOL = "■";

    private XlsxSheets() {
    }

    public static SheetReading read(InputStream xlsx) {
        try {
            byte[] bytes = xlsx.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                return problem("Berkas terlalu besar; berkas SOP paling besar " + MAX_FILE_BYTES / (1024 * 1024) + " MB.");
            }
            String refusal = refusal(bytes);
            if (refusal != null) {
                return problem(refusal);
            }
            List<String> tooCostly = XlsxLimits.refusals(bytes);
            if (!tooCostly.isEmpty()) {
                return new SheetReading(List.of(), tooCostly.stream().map(message -> new SheetProblem(0, message)).toList());
            }
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                return read(workbook);
            }
        } catch (IOException | RuntimeException e) {
            return problem("Berkas tidak dapat dibaca sebagai XLSX (" + e.getClass().getSimpleName() + "); buka di"
                    + " Excel atau LibreOffice lalu simpan ulang sebagai .xlsx.");
        }
    }

    /** Why the bytes cannot be a workbook we read, or null when they can be opened. */
    private static String refusal(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            return "Berkas kosong.";
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            return isEncrypted(bytes)
                    ? "Berkas dilindungi kata sandi; simpan ulang tanpa kata sandi sebagai .xlsx."
                    : "Berkas berformat Excel lama (.xls); simpan ulang sebagai .xlsx.";
        }
        if (magic != FileMagic.OOXML) {
            return "Berkas bukan XLSX; unggah lembar SOP dalam format .xlsx (Excel) atau tabel teks (.md).";
        }
        return null;
    }

    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static SheetReading read(Workbook workbook) {
        int count = workbook.getNumberOfSheets();
        if (count > MAX_WORKSHEETS) {
            return problem("Buku kerja berisi " + count + " lembar; paling banyak " + MAX_WORKSHEETS + " lembar.");
        }
        DataFormatter formatter = new DataFormatter();
        formatter.setUseCachedValuesForFormulaCells(true);
        List<SopSheet> sheets = new ArrayList<>();
        List<SheetProblem> problems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Sheet worksheet = workbook.getSheetAt(i);
            String place = count > 1 ? " (lembar \"" + worksheet.getSheetName() + "\")" : "";
            SheetReading reading = SheetLayout.read(rows(worksheet, formatter), place);
            sheets.addAll(reading.sheets());
            problems.addAll(reading.problems());
        }
        if (sheets.isEmpty() && problems.isEmpty()) {
            problems.add(new SheetProblem(0, "Buku kerja tidak berisi SOP; setiap lembar SOP memuat \"Nomor SOP\" dan"
                    + " \"Nama SOP\" dengan isinya di sel sebelah kanan."));
        }
        return new SheetReading(sheets, problems);
    }

    /**
     * The worksheet's rows from the first; an empty row is a break between tables, unless a merged
     * cell from above reaches into it (a step written over two rows is one step).
     */
    private static List<GridRow> rows(Sheet worksheet, DataFormatter formatter) {
        Set<Long> symbols = symbolCells(worksheet);
        Set<Integer> mergedFromAbove = mergedFromAbove(worksheet);
        List<GridRow> rows = new ArrayList<>();
        for (int r = 0; r <= worksheet.getLastRowNum(); r++) {
            List<String> cells = texts(worksheet.getRow(r), formatter);
            for (int c = 0; c < MAX_COLUMNS; c++) {
                if (symbols.contains(cellKey(r, c))) {
                    markSymbol(cells, c);
                }
            }
            GridRow grid = new GridRow(r + 1, cells, false, mergedFromAbove.contains(r));
            rows.add(grid.isBlank() && !mergedFromAbove.contains(r) ? GridRow.breakAt(r + 1) : grid);
        }
        return rows;
    }

    private static List<String> texts(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        int width = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell).replace('\u00a0', ' ').strip());
        }
        return cells;
    }

    private static void markSymbol(List<String> cells, int column) {
        while (cells.size() <= column) {
            cells.add("");
        }
        if (cells.get(column).isEmpty()) {
            cells.set(column, SYMBOL);
        }
    }

    private static Set<Integer> mergedFromAbove(Sheet worksheet) {
        Set<Integer> rows = new HashSet<>();
        for (CellRangeAddress merged : worksheet.getMergedRegions()) {
            for (int r = merged.getFirstRow() + 1; r <= Math.min(merged.getLastRow(), XlsxLimits.MAX_WRITTEN_ROWS); r++) {
                rows.add(r);
            }
        }
        return rows;
    }

    private static Set<Long> symbolCells(Sheet worksheet) {
        return DrawnSymbols.cells(worksheet);
    }

    private static long cellKey(int row, int column) {
        return DrawnSymbols.key(row, column);
    }

    private static SheetReading problem(String message) {
        return new SheetReading(List.of(), List.of(new SheetProblem(0, message)));
    }
}
