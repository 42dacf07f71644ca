package id.go.mojokertokab.prokopim.sopsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The step table of a SOP AP sheet: a header row "NO. | KEGIATAN | PELAKSANA … | MUTU BAKU … |
 * KET" (the merged headings leave their other cells empty), usually a second header row naming
 * the pelaksana and KELENGKAPAN, WAKTU, OUTPUT, then one row per step that marks its pelaksana
 * with a non-empty cell in that column. A row that only numbers the columns ("(1) (2) (3) …", as
 * some templates print under the header) is not a step. A row without number and mark continues
 * the step above: its texts are added to that step's (a KET written one row lower, a kegiatan
 * too long for one text line); in a worksheet a row with its own kegiatan does so only inside a
 * cell merged from above, else it is a step whose number and pelaksana are missing. The table ends at a break between text
 * tables, at the next identity or step header, or at the end of the rows.
 */
final class StepTable {

    /** Where the header is and which column holds what; -1 when a column is missing. */
    record Header(int firstRow, int rowsUsed, int number, int kegiatan, List<Integer> pelaksanaColumns,
            List<String> pelaksana, int kelengkapan, int waktu, int output, int keterangan) {
    }

    record Read(List<String> pelaksana, List<SheetStep> steps, List<SheetProblem> problems, int nextRow) {
    }

    private StepTable() {
    }

    /** The step table's header starting at {@code index}, if that row is one. */
    static Optional<Header> header(List<GridRow> rows, int index) {
        GridRow first = rows.get(index);
        int number = column(first, SheetLabels.STEP_NUMBER);
        int kegiatan = column(first, SheetLabels.KEGIATAN);
        if (number < 0 || kegiatan < 0) {
            return Optional.empty();
        }
        GridRow second = index + 1 < rows.size() ? rows.get(index + 1) : null;
        boolean twoRows = second != null && !second.tableBreak()
                && second.cell(number).isBlank() && second.cell(kegiatan).isBlank() && !second.isBlank();
        int kelengkapan = column(first, second, twoRows, SheetLabels.KELENGKAPAN);
        int waktu = column(first, second, twoRows, SheetLabels.WAKTU);
        int output = column(first, second, twoRows, SheetLabels.OUTPUT);
        int keterangan = column(first, second, twoRows, SheetLabels.KETERANGAN);
        int width = Math.max(first.cells().size(), twoRows ? second.cells().size() : 0);
        int end = firstOf(width, kelengkapan, waktu, output, keterangan);
        List<Integer> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int c = Math.max(number, kegiatan) + 1; c < end; c++) {
            String name = SheetLists.plain(twoRows ? second.cell(c) : first.cell(c));
            if (name.isEmpty() && !twoRows) {
                continue;
            }
            if (!name.isEmpty() && SheetLabels.PELAKSANA.matches(name)) {
                continue;
            }
            columns.add(c);
            names.add(name);
        }
        return Optional.of(new Header(index, twoRows ? 2 : 1, number, kegiatan, columns, names,
                kelengkapan, waktu, output, keterangan));
    }

    static Read read(List<GridRow> rows, Header header, String place) {
        List<SheetProblem> problems = new ArrayList<>();
        GridRow headerRow = rows.get(header.firstRow());
        checkHeader(header, headerRow.row(), place, problems);
        List<String> pelaksana = new ArrayList<>();
        for (String name : header.pelaksana()) {
            if (!name.isEmpty()) {
                pelaksana.add(name);
            }
        }
        List<SheetStep> steps = new ArrayList<>();
        int i = header.firstRow() + header.rowsUsed();
        for (; i < rows.size(); i++) {
            GridRow row = rows.get(i);
            if (row.tableBreak() || header(rows, i).isPresent() || isIdentityRow(row)) {
                break;
            }
            if (continues(row, header)) {
                continueLast(steps, row, header, place, problems);
                continue;
            }
            stepOf(row, header, place, problems).ifPresent(steps::add);
        }
        return new Read(pelaksana, steps, problems, i);
    }

    private static boolean continues(GridRow row, Header header) {
        boolean marked = header.pelaksanaColumns().stream().anyMatch(c -> !row.cell(c).isBlank());
        return !marked && text(row, header.number()).isEmpty()
                && (row.continuable() || text(row, header.kegiatan()).isEmpty());
    }

    private static void continueLast(List<SheetStep> steps, GridRow row, Header header, String place,
            List<SheetProblem> problems) {
        if (isBlank(row, header) || numbersColumns(row)) {
            return;
        }
        if (steps.isEmpty()) {
            problems.add(new SheetProblem(row.row(), "baris ini tidak bernomor dan tidak menandai pelaksana, sehingga"
                    + " dibaca sebagai lanjutan langkah di atasnya, tetapi di atasnya belum ada langkah; isi kolom NO."
                    + " dan tandai pelaksananya" + place + "."));
            return;
        }
        SheetStep last = steps.remove(steps.size() - 1);
        steps.add(new SheetStep(last.row(), last.number(),
                joined(last.kegiatan(), text(row, header.kegiatan())), last.pelaksana(),
                joined(last.kelengkapan(), text(row, header.kelengkapan())),
                joined(last.waktu(), text(row, header.waktu())),
                joined(last.output(), text(row, header.output())),
                joined(last.keterangan(), text(row, header.keterangan()))));
    }

    private static boolean isBlank(GridRow row, Header header) {
        return text(row, header.kegiatan()).isEmpty() && text(row, header.kelengkapan()).isEmpty()
                && text(row, header.waktu()).isEmpty() && text(row, header.output()).isEmpty()
                && text(row, header.keterangan()).isEmpty();
    }

    private static String joined(String above, String below) {
        return above.isEmpty() ? below : below.isEmpty() ? above : above + " " + below;
    }

    private static Optional<SheetStep> stepOf(GridRow row, Header header, String place, List<SheetProblem> problems) {
        if (numbersColumns(row)) {
            return Optional.empty();
        }
        List<String> marked = new ArrayList<>();
        for (int k = 0; k < header.pelaksanaColumns().size(); k++) {
            if (row.cell(header.pelaksanaColumns().get(k)).isBlank()) {
                continue;
            }
            String name = header.pelaksana().get(k);
            if (name.isEmpty()) {
                problems.add(new SheetProblem(row.row(), "langkah ini ditandai di kolom pelaksana yang tidak bernama"
                        + " (kolom ke-" + (header.pelaksanaColumns().get(k) + 1) + "); isi nama pelaksana di baris judul"
                        + place + "."));
                continue;
            }
            marked.add(name);
        }
        String number = text(row, header.number());
        String kegiatan = text(row, header.kegiatan());
        if (number.isEmpty() && kegiatan.isEmpty() && marked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SheetStep(row.row(), number, kegiatan, PelaksanaMarks.join(marked),
                text(row, header.kelengkapan()), text(row, header.waktu()), text(row, header.output()),
                text(row, header.keterangan())));
    }

    private static void checkHeader(Header header, int row, String place, List<SheetProblem> problems) {
        if (header.pelaksana().stream().allMatch(String::isEmpty)) {
            problems.add(new SheetProblem(row, "tabel langkah tidak memiliki kolom pelaksana; tulis nama setiap"
                    + " pelaksana di baris judul antara KEGIATAN dan KELENGKAPAN" + place + "."));
        }
        missing(header.waktu(), "WAKTU", row, place, problems);
        missing(header.output(), "OUTPUT", row, place, problems);
    }

    private static void missing(int column, String heading, int row, String place, List<SheetProblem> problems) {
        if (column < 0) {
            problems.add(new SheetProblem(row, "tabel langkah tidak memiliki kolom " + heading
                    + " (bagian MUTU BAKU); tambahkan kolom itu di baris judul" + place + "."));
        }
    }

    private static boolean numbersColumns(GridRow row) {
        int previous = 0;
        int count = 0;
        for (String cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            String digits = cell.strip().replaceAll("^\\((\\d{1,2})\\)$", "$1");
            if (!digits.matches("\\d{1,2}") || Integer.parseInt(digits) <= previous) {
                return false;
            }
            previous = Integer.parseInt(digits);
            count++;
        }
        return count >= 3;
    }

    private static boolean isIdentityRow(GridRow row) {
        return row.cells().stream()
                .anyMatch(cell -> SheetLabels.headerLabel(cell).filter(SheetLabels::isIdentity).isPresent());
    }

    private static String text(GridRow row, int column) {
        return column < 0 ? "" : SheetLists.plain(row.cell(column));
    }

    private static int column(GridRow row, SheetLabels label) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (label.matches(row.cell(c))) {
                return c;
            }
        }
        return -1;
    }

    private static int column(GridRow first, GridRow second, boolean twoRows, SheetLabels label) {
        int inSecond = twoRows ? column(second, label) : -1;
        return inSecond >= 0 ? inSecond : column(first, label);
    }

    private static int firstOf(int width, int... columns) {
        int first = width;
        for (int column : columns) {
            if (column >= 0 && column < first) {
                first = column;
            }
        }
        return first;
    }
}
