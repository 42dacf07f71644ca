package id.go.mojokertokab.prokopim.history;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A recorded value as a person reads it, already worded by the server (the Cockpit page only lays
 * it out): {@code text} (Ya/Tidak, a WIB time, an option's label, a note keeping its lines),
 * {@code link} (an http(s) address, {@code href}), {@code list} ({@code items}) or {@code table}
 * ({@code columns}, {@code rows} of cells).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Shown(String kind, String text, String href, List<Shown> items, List<String> columns, List<List<Shown>> rows) {

    static final String NOTHING = "–";

    static Shown text(String text) {
        return new Shown("text", text == null || text.isBlank() ? NOTHING : text, null, null, null, null);
    }

    static Shown link(String address) {
        return new Shown("link", address, address, null, null, null);
    }

    static Shown list(List<Shown> items) {
        return items.isEmpty() ? text(null) : new Shown("list", null, null, List.copyOf(items), null, null);
    }

    static Shown table(List<String> columns, List<List<Shown>> rows) {
        return rows.isEmpty() ? text(null) : new Shown("table", null, null, null, List.copyOf(columns), List.copyOf(rows));
    }

    /** One line of plain text, e.g. for a cell of a group's summary. */
    String plain() {
        return switch (kind) {
            case "list" -> String.join(", ", items.stream().map(Shown::plain).toList());
            case "table" -> rows.size() + " baris";
            default -> text;
        };
    }
}
