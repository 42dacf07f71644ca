package id.go.mojokertokab.prokopim.sopsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the SOP AP layout in rows of cells, the same for a text table and a worksheet: the
 * identity rows (a label such as "Nama SOP" with its value in the next non-empty cell to the
 * right, the unit in the left block), the header headings (DASAR HUKUM, … with the text in the
 * cell below) and the step table (see {@link StepTable}). Each identity block after the first
 * starts a new sheet.
 */
final class SheetLayout {

    private final String place;
    private final List<SopSheet> sheets = new ArrayList<>();
    private final List<SheetProblem> problems = new ArrayList<>();
    private Draft draft;

    private SheetLayout(String place) {
        this.place = place;
    }

    /**
     * @param place where the rows come from, added to each problem ("" for a single source, else
     *        e.g. " (lembar \"SOP 1\")")
     */
    static SheetReading read(List<GridRow> rows, String place) {
        SheetLayout layout = new SheetLayout(place);
        layout.readRows(rows);
        return new SheetReading(layout.sheets, layout.problems);
    }

    private void readRows(List<GridRow> rows) {
        int i = 0;
        while (i < rows.size()) {
            GridRow row = rows.get(i);
            Optional<StepTable.Header> stepHeader = StepTable.header(rows, i);
            if (stepHeader.isPresent()) {
                i = readSteps(rows, stepHeader.get());
                continue;
            }
            readIdentity(row);
            readInfo(row, i + 1 < rows.size() ? rows.get(i + 1) : null);
            i++;
        }
        finish();
    }

    private void readIdentity(GridRow row) {
        for (int c = 0; c < row.cells().size(); c++) {
            Optional<SheetLabels> label = SheetLabels.headerLabel(row.cell(c)).filter(SheetLabels::isIdentity);
            if (label.isEmpty()) {
                continue;
            }
            if (draft == null || draft.identity.containsKey(label.get()) || draft.hasMoreThanIdentity()) {
                finish();
                draft = new Draft();
            }
            draft.identity.put(label.get(), SheetLists.plain(valueRightOf(row, c)));
            String left = lastFilledLeftOf(row, c);
            if (!left.isEmpty()) {
                draft.unit = lastLine(left);
            }
            return;
        }
    }

    private void readInfo(GridRow row, GridRow below) {
        for (int c = 0; c < row.cells().size(); c++) {
            Optional<SheetLabels> label = SheetLabels.headerLabel(row.cell(c)).filter(SheetLabels::isInfo);
            if (label.isEmpty()) {
                continue;
            }
            String value = below == null || isInfoRow(below) ? "" : below.cell(c);
            currentDraft().info.put(label.get(), value);
        }
    }

    private int readSteps(List<GridRow> rows, StepTable.Header header) {
        StepTable.Read read = StepTable.read(rows, header, place);
        problems.addAll(read.problems());
        Draft sheet = currentDraft();
        if (sheet.pelaksana == null) {
            sheet.pelaksana = read.pelaksana();
            sheet.steps.addAll(read.steps());
        } else if (sheet.pelaksana.equals(read.pelaksana())) {
            sheet.steps.addAll(read.steps());
        } else {
            problems.add(new SheetProblem(rows.get(header.firstRow()).row(),
                    "tabel langkah kedua untuk SOP yang sama memiliki kolom pelaksana yang berbeda ("
                            + String.join(", ", read.pelaksana()) + " dibanding " + String.join(", ", sheet.pelaksana)
                            + "); satu SOP memiliki satu tabel langkah" + place + "."));
        }
        return read.nextRow();
    }

    private Draft currentDraft() {
        if (draft == null) {
            draft = new Draft();
        }
        return draft;
    }

    private void finish() {
        if (draft != null) {
            sheets.add(draft.toSheet());
            draft = null;
        }
    }

    private static boolean isInfoRow(GridRow row) {
        return row.cells().stream().anyMatch(cell -> SheetLabels.headerLabel(cell).filter(SheetLabels::isInfo).isPresent());
    }

    private static String valueRightOf(GridRow row, int column) {
        for (int c = column + 1; c < row.cells().size(); c++) {
            if (!row.cell(c).isBlank()) {
                return row.cell(c);
            }
        }
        return "";
    }

    private static String lastFilledLeftOf(GridRow row, int column) {
        for (int c = column - 1; c >= 0; c--) {
            if (!row.cell(c).isBlank()) {
                return row.cell(c);
            }
        }
        return "";
    }

    /** A left block written on several lines (logo text, then the unit) names the unit last. */
    private static String lastLine(String cell) {
        String[] lines = cell.split("\\r?\\n|<br\\s*/?>");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = SheetLists.plain(lines[i]);
            if (!line.isEmpty()) {
                return line;
            }
        }
        return "";
    }

    /** A sheet while its rows are read. */
    private static final class Draft {
        final Map<SheetLabels, String> identity = new EnumMap<>(SheetLabels.class);
        final Map<SheetLabels, String> info = new EnumMap<>(SheetLabels.class);
        String unit = "";
        List<String> pelaksana;
        final List<SheetStep> steps = new ArrayList<>();

        boolean hasMoreThanIdentity() {
            return !info.isEmpty() || pelaksana != null;
        }

        SopSheet toSheet() {
            SheetHeader header = new SheetHeader(
                    identity.getOrDefault(SheetLabels.NOMOR, ""),
                    identity.getOrDefault(SheetLabels.NAMA, ""),
                    identity.getOrDefault(SheetLabels.TANGGAL_PEMBUATAN, ""),
                    identity.getOrDefault(SheetLabels.TANGGAL_REVISI, ""),
                    identity.getOrDefault(SheetLabels.TANGGAL_EFEKTIF, ""),
                    identity.getOrDefault(SheetLabels.DISAHKAN_OLEH, ""),
                    list(SheetLabels.DASAR_HUKUM),
                    list(SheetLabels.KUALIFIKASI),
                    list(SheetLabels.KETERKAITAN),
                    list(SheetLabels.PERALATAN),
                    SheetLists.plain(info.getOrDefault(SheetLabels.PERINGATAN, "")),
                    SheetLists.plain(info.getOrDefault(SheetLabels.PENCATATAN, "")));
            return new SopSheet(unit, header, pelaksana == null ? List.of() : pelaksana, steps);
        }

        private List<String> list(SheetLabels heading) {
            return SheetLists.items(heading, info.getOrDefault(heading, ""));
        }
    }
}
