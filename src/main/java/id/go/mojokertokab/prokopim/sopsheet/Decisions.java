package id.go.mojokertokab.prokopim.sopsheet;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the check a step makes: its keterangan says where the case goes when the check fails
 * ("jika tidak sesuai kembali ke langkah 4", "Tidak: kembali ke no. 4", "bila ditolak kembali ke
 * 4", "Ya: lanjut ke 6; Tidak: ke 4", "kembali ke langkah 4"), or its kegiatan asks "Apakah …?".
 *
 * <p>The question is the kegiatan when it asks one; otherwise the object of the kegiatan's verb
 * followed by "sesuai?" ("Memeriksa hasil dokumentasi" → "Hasil dokumentasi sesuai?"), or
 * "disetujui?" when the keterangan speaks of approval ("bila ditolak …").
 */
final class Decisions {

    /** What the sheet says; {@code backTo} and {@code yesTo} are step numbers as written, or null. */
    record Found(String question, String backTo, String yesTo, boolean asked) {
    }

    private static final String STEP = "(?:ke\\s+)?(?:langkah|no\\.?|nomor|kegiatan|step|tahap)?\\s*(?:ke-?\\s*)?(\\d{1,4})(?!\\d)";
    private static final Pattern NO = Pattern.compile(
            "\\b(?:tidak|tdk|ditolak|belum|revisi|perbaikan|salah|kurang)\\b");
    private static final Pattern NO_TARGET = Pattern.compile("^[^0-9;]{0,60}?\\b(?:kembali|balik|ulangi|ke)\\b\\s*"
            + "(?:lagi\\s+)?" + STEP);
    private static final Pattern BACK = Pattern.compile("\\b(?:kembali|balik|ulangi|diulang)\\s+(?:lagi\\s+)?" + STEP);
    private static final Pattern YES = Pattern.compile("\\bya\\b\\s*[:=,-]?\\s*(?:lanjut|teruskan|terus)?\\s*" + STEP);
    private static final Pattern APPROVAL = Pattern.compile("\\b(?:ditolak|disetujui|setuju)\\b");
    private static final Pattern OBJECT_END = Pattern.compile(",|\\s(?:untuk|kepada|sebelum|sesudah|setelah|dengan|oleh"
            + "|agar|ke|di|dari|yang)\\s");

    private Decisions() {
    }

    static Optional<Found> find(SheetStep step) {
        String keterangan = step.keterangan().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean asked = isQuestion(step.kegiatan());
        String backTo = backTarget(keterangan);
        if (backTo == null && !asked) {
            return Optional.empty();
        }
        String yesTo = number(YES.matcher(keterangan));
        String question = asked ? asQuestion(step.kegiatan()) : questionFor(step, keterangan);
        return Optional.of(new Found(question, backTo, yesTo, asked));
    }

    static boolean isQuestion(String kegiatan) {
        String text = kegiatan.strip();
        return text.toLowerCase(Locale.ROOT).startsWith("apakah") || text.endsWith("?");
    }

    private static String backTarget(String keterangan) {
        Matcher no = NO.matcher(keterangan);
        while (no.find()) {
            String target = number(NO_TARGET.matcher(keterangan.substring(no.end())));
            if (target != null) {
                return target;
            }
        }
        return number(BACK.matcher(keterangan));
    }

    private static String number(Matcher matcher) {
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String asQuestion(String kegiatan) {
        String text = kegiatan.strip();
        return text.endsWith("?") ? text : text + "?";
    }

    private static String questionFor(SheetStep step, String keterangan) {
        String ending = APPROVAL.matcher(keterangan).find() ? " disetujui?" : " sesuai?";
        String[] words = step.kegiatan().strip().split("\\s+", 2);
        String object = step.kegiatan().strip();
        if (words.length == 2 && isActiveVerb(words[0])) {
            object = words[1];
        }
        Matcher end = OBJECT_END.matcher(object);
        if (end.find() && end.start() > 0) {
            object = object.substring(0, end.start());
        }
        object = object.strip();
        if (object.isEmpty()) {
            return "Hasil langkah " + step.number() + ending;
        }
        return Character.toUpperCase(object.charAt(0)) + object.substring(1) + ending;
    }

    /** "Memeriksa", "Mengecek", "Menyerahkan": the me- verbs SOP kegiatan start with. */
    private static boolean isActiveVerb(String word) {
        return word.length() > 4 && word.toLowerCase(Locale.ROOT).startsWith("me");
    }
}
