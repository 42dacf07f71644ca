package id.go.mojokertokab.prokopim.sopsheet;

import java.util.List;

/**
 * One row of a sheet as both readers see it: its number in the source (text line or spreadsheet
 * row), its cells left to right ("" for an empty one), and whether it is a break between tables
 * (a line of the text file that is not a table row). {@code continuable}: a step row without
 * number and mark continues the step above even when it has its own kegiatan (every line of a
 * text table, which cannot wrap a cell; a worksheet row only inside a cell merged from above).
 */
record GridRow(int row, List<String> cells, boolean tableBreak, boolean continuable) {

    GridRow {
        cells = List.copyOf(cells);
    }

    GridRow(int row, List<String> cells, boolean tableBreak) {
        this(row, cells, tableBreak, false);
    }

    static GridRow breakAt(int row) {
        return new GridRow(row, List.of(), true);
    }

    String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
