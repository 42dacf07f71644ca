package id.go.mojokertokab.prokopim.sopsheet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** The names a SOP's files, ids and variables take from its words. */
final class SopNames {

    /** Words Indonesian titles keep in lower case ("Bagian Protokol dan Komunikasi Pimpinan"). */
    private static final Set<String> SMALL_WORDS = Set.of("dan", "atau", "di", "ke", "dari", "untuk", "yang", "pada",
            "dengan", "serta", "melalui", "tentang", "oleh", "bagi", "dalam");

    private SopNames() {
    }

    /** "Penyampaian Informasi (IG, FB)" → "penyampaian-informasi-ig-fb". */
    static String kebab(String words) {
        String plain = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String kebab = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return kebab.isEmpty() ? "sop" : kebab;
    }

    /** A step number as part of an id or variable: "5a" stays, "1." becomes "1". */
    static String token(String stepNumber) {
        String token = stepNumber.trim().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return token.isEmpty() ? "0" : token;
    }

    /** A step number as people read it: "1." becomes "1". */
    static String number(String stepNumber) {
        return stepNumber.trim().replaceAll("\\.+$", "");
    }

    /**
     * The process's name from the sheet's Nama SOP: "SOP " + nama, and the nama as written when it
     * already starts with the word SOP ("SOP Pelayanan …" stays, not "SOP SOP Pelayanan …").
     */
    static String processName(String nama) {
        String trimmed = nama.trim();
        return trimmed.matches("(?i)sop\\b.+") ? trimmed : "SOP " + trimmed;
    }

    /** "kabag-prokopim" → "KabagProkopim": ids of lanes. */
    static String pascal(String words) {
        StringBuilder pascal = new StringBuilder();
        for (String part : kebab(words).split("-")) {
            pascal.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return pascal.toString();
    }

    /**
     * A unit's name as a title, when the sheet writes it in capitals: "BAGIAN PROTOKOL DAN
     * KOMUNIKASI PIMPINAN" → "Bagian Protokol dan Komunikasi Pimpinan". Mixed case is kept as written.
     */
    static String title(String words) {
        String trimmed = words.trim().replaceAll("\\s+", " ");
        if (!trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
            return trimmed;
        }
        StringBuilder title = new StringBuilder();
        String[] parts = trimmed.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < parts.length; i++) {
            String word = parts[i];
            if (i > 0) {
                title.append(' ');
            }
            title.append(i > 0 && SMALL_WORDS.contains(word) || word.isEmpty() ? word
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return title.toString();
    }
}
