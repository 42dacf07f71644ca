package id.go.mojokertokab.prokopim.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.exception.NotValidException;

/**
 * The problems of one request's fields, each naming the field as the form does, refused together
 * as one 400 ("Isian tidak sah: Kode inventaris wajib diisi; Jumlah tidak boleh negatif.").
 * Lengths are those of the columns in V1__buku_inventarisasi.sql.
 */
final class Checks {

    /** C0 control characters other than tab and line breaks, and the two non-characters. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");

    private final List<String> problems = new ArrayList<>();

    /** The trimmed value; a problem when it is empty or longer than {@code max}. */
    String required(String value, String label, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            problems.add(label + " wajib diisi");
            return null;
        }
        return fits(trimmed, label, max);
    }

    /** The trimmed value, null when empty; a problem when longer than {@code max}. */
    String optional(String value, String label, int max) {
        String trimmed = value == null ? "" : value.strip();
        return trimmed.isEmpty() ? null : fits(trimmed, label, max);
    }

    Integer count(Integer value, String label) {
        if (value == null) {
            problems.add(label + " wajib diisi");
        } else if (value < 0) {
            problems.add(label + " tidak boleh negatif");
        }
        return value;
    }

    void add(String problem) {
        problems.add(problem);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new NotValidException("Isian tidak sah: " + String.join("; ", problems) + ".");
        }
    }

    private String fits(String value, String label, int max) {
        if (CONTROL.matcher(value).find()) {
            // no keyboard types them, and the printed laporan (XML underneath) cannot hold them
            problems.add(label + " berisi karakter kendali yang tidak dapat dicetak");
        }
        if (value.length() > max) {
            problems.add(label + " paling banyak " + max + " karakter (sekarang " + value.length() + ")");
        }
        return value;
    }
}
