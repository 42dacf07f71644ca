package id.go.mojokertokab.prokopim.inventory.check;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.mojokertokab.prokopim.form.FormValues;

/**
 * One row of step 3's checklist as staff filled it in: an item of the register (with its kode) or
 * equipment found that is not in the register (no kode). Jumlah and kondisi are null until counted.
 */
record CheckedRow(String kode, String nama, Integer jumlah, String kondisi, boolean baterai, boolean memori, String catatan) {

    /** Kondisi that counts as ready to use, with battery and memory ready. */
    static final String BAIK = "Baik";

    boolean siap() {
        return BAIK.equals(kondisi) && baterai && memori;
    }

    /** The rows of a list variable however it is stored (Camunda Spin JSON, a JSON object value, Java lists); none for no value. */
    static List<CheckedRow> of(Object variable) {
        JsonNode rows = FormValues.json(variable);
        List<CheckedRow> result = new ArrayList<>();
        for (JsonNode row : rows) {
            result.add(new CheckedRow(text(row, "kode"), text(row, "nama"),
                    row.path("jumlah").canConvertToExactIntegral() && row.get("jumlah").canConvertToInt() ? row.get("jumlah").intValue() : null,
                    text(row, "kondisi"), row.path("bateraiSiap").asBoolean(false), row.path("memoriSiap").asBoolean(false),
                    text(row, "catatan")));
        }
        return result;
    }

    private static String text(JsonNode row, String key) {
        JsonNode value = row.path(key);
        return value.isNull() || value.isMissingNode() || value.asText().isBlank() ? null : value.asText().strip();
    }

    /** "Kamera Sony A7 III (KAM-001)", the way a message names the row. */
    String label() {
        return kode == null ? String.valueOf(nama) : nama + " (" + kode + ")";
    }
}
