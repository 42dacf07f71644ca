package id.go.mojokertokab.prokopim.sopsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads SOP AP sheets written as Markdown tables, laid out like the office's
 * sop-prokopim-2022.md: per sheet an identity table, a DASAR HUKUM … table and optionally a step
 * table; text between tables (titles) is ignored. A problem's row is the line of the text.
 */
public final class TextSheets {

    static final int MAX_LINES = 20_000;
    static final int MAX_CHARACTERS = 2 * 1024 * 1024;

    private TextSheets() {
    }

    public static SheetReading read(String text) {
        if (text == null || text.isBlank()) {
            return new SheetReading(List.of(), List.of(new SheetProblem(0, "Berkas kosong.")));
        }
        if (text.length() > MAX_CHARACTERS) {
            return new SheetReading(List.of(), List.of(new SheetProblem(0, "Berkas terlalu besar; berkas SOP paling"
                    + " banyak " + MAX_CHARACTERS / (1024 * 1024) + " juta karakter.")));
        }
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = withoutBom.split("\\r?\\n|\\r", -1);
        if (lines.length > MAX_LINES) {
            return new SheetReading(List.of(), List.of(new SheetProblem(0, "Berkas terlalu panjang ("
                    + lines.length + " baris); satu berkas SOP paling banyak " + MAX_LINES + " baris.")));
        }
        List<GridRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("|")) {
                rows.add(GridRow.breakAt(i + 1));
            } else if (!isDelimiterRow(line)) {
                rows.add(new GridRow(i + 1, cells(line), false, true));
            }
        }
        SheetReading reading = SheetLayout.read(rows, "");
        if (reading.sheets().isEmpty() && reading.problems().isEmpty()) {
            return new SheetReading(List.of(), List.of(new SheetProblem(0, "Tidak ada tabel SOP di berkas ini;"
                    + " setiap SOP diawali tabel identitas dengan \"Nomor SOP\" dan \"Nama SOP\".")));
        }
        return reading;
    }

    /** "|---|:--:|" separates a Markdown table's header from its body. */
    private static boolean isDelimiterRow(String line) {
        return line.matches("\\|?(\\s*:?-+:?\\s*\\|)+\\s*:?-*:?\\s*");
    }

    private static List<String> cells(String line) {
        String body = line.substring(1);
        if (body.endsWith("|") && !body.endsWith("\\|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().replace('\u00a0', ' ').strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().replace('\u00a0', ' ').strip());
        return cells;
    }
}
