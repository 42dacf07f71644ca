package id.go.mojokertokab.prokopim.sopsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a list cell of the sheet header (dasar hukum, kualifikasi, keterkaitan, peralatan) into
 * its items, keeping the words as written.
 *
 * <p>A cell that marks its items (HTML {@code <li>} or {@code <br>}, line breaks, "1. … 2. …",
 * bullets, ";") is split there. The office's text file lost that markup ({@code <ol>} with the
 * items run together), so a cell without marks is split before the words that start items in
 * SOP AP sheets: a kind of regulation in dasar hukum, another SOP in keterkaitan, an ability or
 * trait in kualifikasi, a piece of equipment in peralatan. Those vocabularies come from the office's sheets; a word that
 * follows a connective ("dan", "atas", …) never starts an item.
 */
final class SheetLists {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern MARKED_BREAK = Pattern.compile("(?i)</?li[^>]*>|<br\\s*/?>");
    private static final Pattern ITEM_BREAK = Pattern.compile("\\r?\\n|;|\\s[•▪]\\s");
    private static final Pattern ITEM_MARK = Pattern.compile("^(?:\\d{1,2}[.)]|[-•▪*])\\s+");
    private static final Pattern NUMBERED = Pattern.compile("(?:^|\\s)(\\d{1,2})[.)]\\s+(?=\\S)");

    private static final Set<String> CONNECTIVES = Set.of("dan", "atau", "serta", "atas", "tentang", "dengan",
            "untuk", "di", "ke", "dari", "pada", "yang", "oleh", "dalam", "sebagai");
    private static final Set<String> REGULATION_STARTS = Set.of("undang-undang", "uu", "peraturan", "keputusan",
            "instruksi", "surat", "permendagri", "permenpan", "permenpan-rb", "perpres", "pp", "perda", "perbup",
            "kepmen", "kepbup", "inpres", "se");
    private static final Set<String> RELATED_STARTS = Set.of("sop", "standar", "prosedur");
    private static final Set<String> QUALIFICATION_STARTS = Set.of("mampu", "memiliki", "menguasai", "memahami",
            "mengetahui", "jujur", "disiplin", "teliti", "cermat", "terampil", "berpendidikan", "pendidikan",
            "berpengalaman", "pengalaman", "sehat", "komunikatif", "kreatif", "bertanggung");
    private static final Set<String> EQUIPMENT_STARTS = Set.of("almari", "lemari", "filling", "filing", "dry",
            "kamera", "drone", "peralatan", "perlengkapan", "komputer", "laptop", "printer", "scanner", "jaringan",
            "dokumentasi", "aplikasi", "alat", "atk", "kendaraan", "telepon", "handphone", "proyektor", "buku",
            "formulir", "tripod", "lensa", "memori", "memory", "baterai", "mikrofon", "kertas");

    private SheetLists() {
    }

    static List<String> items(SheetLabels heading, String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> pieces = splitOnMarks(cell);
        if (pieces.size() > 1) {
            return pieces;
        }
        List<String> numbered = splitNumbered(plain(cell));
        if (numbered.size() > 1) {
            return numbered;
        }
        return splitBeforeItemStarts(pieces.isEmpty() ? "" : pieces.get(0), starts(heading));
    }

    /** The cell's text without markup, spaces collapsed. */
    static String plain(String cell) {
        if (cell == null) {
            return "";
        }
        return TAG.matcher(cell).replaceAll(" ").replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static List<String> splitOnMarks(String cell) {
        String text = TAG.matcher(MARKED_BREAK.matcher(cell).replaceAll("\n")).replaceAll(" ");
        List<String> items = new ArrayList<>();
        for (String piece : ITEM_BREAK.split(text)) {
            String item = ITEM_MARK.matcher(plain(piece)).replaceFirst("");
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    /** "1. a 2. b 3. c": split when the numbers run 1, 2, 3, … in order. */
    private static List<String> splitNumbered(String text) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> bodies = new ArrayList<>();
        Matcher m = NUMBERED.matcher(text);
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == expected) {
                starts.add(m.start());
                bodies.add(m.end());
                expected++;
            }
        }
        if (starts.size() < 2 || starts.get(0) != 0) {
            return List.of(text);
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            String item = text.substring(bodies.get(i), end).strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    private static List<String> splitBeforeItemStarts(String text, Set<String> itemStarts) {
        if (text.isEmpty()) {
            return List.of();
        }
        String[] words = text.split(" ");
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (startsItem(words[i - 1], words[i], itemStarts)) {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(' ');
            }
            item.append(words[i]);
        }
        items.add(item.toString());
        return items;
    }

    private static boolean startsItem(String previous, String word, Set<String> itemStarts) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (CONNECTIVES.contains(previous.toLowerCase(Locale.ROOT)) || previous.endsWith(",")) {
            return false;
        }
        String key = word.toLowerCase(Locale.ROOT).replaceAll("[,.:]+$", "");
        return itemStarts.contains(key);
    }

    private static Set<String> starts(SheetLabels heading) {
        return switch (heading) {
            case DASAR_HUKUM -> REGULATION_STARTS;
            case KETERKAITAN -> RELATED_STARTS;
            case KUALIFIKASI -> QUALIFICATION_STARTS;
            case PERALATAN -> EQUIPMENT_STARTS;
            default -> Set.of();
        };
    }
}
