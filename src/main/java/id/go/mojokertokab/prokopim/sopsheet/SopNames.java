package id.go.mojokertokab.prokopim.sopsheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names a SOP's key, groups, files, ids and variables take from its words.
 *
 * <p>Process key rule: the SOP's name without its parenthesised asides ("(IG, You Tube dan FB)"
 * only says which media), without a leading "SOP" and without Indonesian function words
 * ("melalui", "dan", "untuk", …), in lower camel case, ASCII letters and digits only. So
 * "Inventarisasi Peralatan Dokumentasi" → "inventarisasiPeralatanDokumentasi" and "Penyampaian
 * Informasi Melalui Media Sosial (IG, You Tube dan FB)" → "penyampaianInformasiMediaSosial", the
 * keys the hand-made models use.
 */
final class SopNames {

    static final int MAX_GROUP_ID = 64;

    private static final Set<String> FUNCTION_WORDS = Set.of("melalui", "dan", "atau", "serta", "di", "ke", "dari",
            "pada", "untuk", "yang", "dengan", "oleh", "atas", "tentang", "dalam", "bagi", "kepada");

    /** Words Indonesian titles keep in lower case ("Bagian Protokol dan Komunikasi Pimpinan"). */
    private static final Set<String> SMALL_WORDS = Set.of("dan", "atau", "di", "ke", "dari", "untuk", "yang", "pada",
            "dengan", "serta", "melalui", "tentang", "oleh", "bagi", "dalam");

    private SopNames() {
    }

    /** "Penyampaian Informasi (IG, FB)" → "penyampaian-informasi-ig-fb". */
    static String kebab(String text) {
        String kebab = String.join("-", words(text));
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

    /** The process key for a SOP name; "" when the name has no letter or digit. */
    static String processKey(String nama) {
        String withoutAsides = nama.replaceAll("\\([^)]*\\)|\\[[^]]*]", " ");
        List<String> words = words(withoutAsides);
        if (!words.isEmpty() && words.get(0).equals("sop")) {
            words.remove(0);
        }
        List<String> meaningful = words.stream().filter(word -> !FUNCTION_WORDS.contains(word)).toList();
        List<String> keyWords = meaningful.isEmpty() ? words : meaningful;
        if (keyWords.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder(Character.isDigit(keyWords.get(0).charAt(0)) ? "sop" : "");
        for (String word : keyWords) {
            key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return key.toString();
    }

    /**
     * A group id for a pelaksana that is not one of the office's: lowercase ASCII words joined by
     * "-", at most {@value #MAX_GROUP_ID} characters, not one of {@code taken} (a number is added).
     */
    static String groupId(String pelaksana, Set<String> taken) {
        String slug = String.join("-", words(pelaksana));
        if (slug.isEmpty()) {
            slug = "pelaksana";
        }
        String base = cut(slug, MAX_GROUP_ID);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            String suffix = "-" + n;
            id = cut(base, MAX_GROUP_ID - suffix.length()) + suffix;
        }
        return id;
    }

    /** Lowercase ASCII words: accents dropped, anything else separates words. */
    private static List<String> words(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        List<String> words = new ArrayList<>();
        for (String word : ascii.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String cut(String slug, int length) {
        String cut = slug.length() <= length ? slug : slug.substring(0, length);
        return cut.replaceAll("-+$", "");
    }
}
