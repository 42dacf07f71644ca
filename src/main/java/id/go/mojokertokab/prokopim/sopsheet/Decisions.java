package id.go.mojokertokab.prokopim.sopsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the check a step makes, in its keterangan or else in its kegiatan: where the case goes when
 * the check fails ("jika tidak sesuai kembali ke langkah 4", "Tidak: kembali ke no. 4", "Tidak -> 4",
 * "T: 4", "Tidak sesuai: langkah 4", "bila ditolak kembali ke 4", "jika tidak sesuai kembali ke Staf
 * (langkah 4)") and where it goes when it passes ("Ya: 5", "jika sesuai lanjut ke langkah 5"), or
 * its kegiatan asks "Apakah …?".
 *
 * <p>A branch starts at a condition: a "jika/bila/apabila/kalau …" clause or a label ("Ya:", "Tidak,",
 * "T:", "Tidak sesuai ->"). Its target is a number after a step word (langkah, no., nomor, tahap),
 * or right after the label's ":"/arrow, or after "kembali/lanjut ke"; a number followed by a
 * counting noun ("2 kali", "3 alamat") is never a target. "kembali ke langkah 4" without a
 * condition is a back jump only on a question step or when a condition follows it ("… bila perlu
 * revisi"). Any number that looks like a jump but is not used, and any number after a "tidak" that
 * gives no decision, is returned as unclear so the check can ask the person to rewrite it.
 *
 * <p>The question is the kegiatan when it asks one; otherwise the object of the kegiatan's verb
 * followed by "sesuai?" ("Memeriksa hasil dokumentasi" → "Hasil dokumentasi sesuai?", "Memverifikasi
 * dan memvalidasi data" → "Data sesuai?"), or "disetujui?" when the condition speaks of approval.
 */
final class Decisions {

    /**
     * What the sheet says; {@code backTo} and {@code yesTo} are step numbers as written, or null;
     * {@code unclear} the jumps written that could not be placed ("kembali ke 1").
     */
    record Found(String question, String backTo, String yesTo, boolean asked, List<String> unclear) {

        Found {
            unclear = List.copyOf(unclear);
        }

        boolean decides() {
            return backTo != null || asked;
        }
    }

    private enum Branch { NO, YES, NONE }

    private static final String NO_WORDS = "tidak|tdk|belum|ditolak|tolak|salah|kurang|gagal|keliru|revisi|perbaikan"
            + "|koreksi|kesalahan|kekurangan";
    private static final String YES_WORDS = "ya|sesuai|lengkap|disetujui|setuju|benar|valid|diterima|layak|memenuhi";
    private static final String IF = "jika|bila|apabila|kalau|jikalau|bilamana";
    private static final String ARROW = "\\s*(?::|=|->)";
    private static final Pattern CONDITION = Pattern.compile("\\b(?:" + IF + ")\\b");
    private static final Pattern NO_LABEL = Pattern.compile("(?<![a-z0-9])(?:(?:tidak|tdk|ditolak|revisi|belum)"
            + "(?:\\s+(?:" + YES_WORDS + "))?(?:" + ARROW + "|\\s*,)|t" + ARROW + ")");
    private static final Pattern YES_LABEL = Pattern.compile("(?<![a-z0-9])(?:(?:" + YES_WORDS + ")(?:" + ARROW
            + "|\\s*,)|y" + ARROW + ")");
    private static final Pattern NO_WORD = Pattern.compile("\\b(?:" + NO_WORDS + ")\\b");
    private static final Pattern YES_WORD = Pattern.compile("\\b(?:" + YES_WORDS + ")\\b");
    private static final String COUNTED = "(?!\\s*(?:\\([a-z\\s-]+\\)\\s*)?(?:x\\b|×|kali|alamat|rangkap|orang|hari|jam"
            + "|menit|detik|minggu|pekan|bulan|tahun|lembar|eksemplar|berkas|buah|set|unit|bidang|bagian|pihak|opd"
            + "|instansi|dokumen|surat|foto|video|file|kopi|copy|hal|halaman|%|persen|januari|februari|maret|april"
            + "|mei|juni|juli|agustus|september|oktober|november|desember)\\b)";
    private static final String NUMBER = "(\\d{1,3})(?!\\d|[.,/:-]\\d)" + COUNTED;
    private static final Pattern STEP_REF = Pattern.compile(
            "\\b(?:langkah|no\\.?|nomor|tahap|kegiatan|step)\\s*(?:ke-?\\s*)?" + NUMBER);
    private static final Pattern AFTER_LABEL = Pattern.compile(
            "^\\s*(?:(?:lanjut|teruskan|terus|kembali|balik|ulangi)\\s+)?(?:lagi\\s+)?(?:ke\\s+)?" + NUMBER);
    private static final Pattern MOVE = Pattern.compile(
            "\\b(?:kembali|dikembalikan|balik|ulangi|diulang|lanjut|dilanjutkan|teruskan|diteruskan)\\s+(?:lagi\\s+)?"
                    + "ke\\s+" + NUMBER);
    private static final Pattern MOVE_TO_STEP = Pattern.compile(
            "\\b(kembali|dikembalikan|balik|ulangi|diulang|lanjut|dilanjutkan|teruskan|diteruskan)\\s+(?:lagi\\s+)?"
                    + "(?:ke\\s+)?(?:langkah|no\\.?|nomor|tahap|kegiatan|step)\\s*(?:ke-?\\s*)?" + NUMBER);
    private static final Pattern ANY_NUMBER = Pattern.compile("(?<![\\d.,/])" + NUMBER);
    private static final Pattern CONDITION_END = Pattern.compile(
            "[;:]|->|\\b(?:kembali|balik|ulangi|lanjut|teruskan|langkah|ke)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|(?<!\\bno)\\.\\s");
    private static final Pattern APPROVAL = Pattern.compile("\\b(?:ditolak|disetujui|setuju|tolak)\\b");
    private static final Pattern OBJECT_END = Pattern.compile(",|;|\\s(?:untuk|kepada|sebelum|sesudah|setelah|dengan"
            + "|oleh|agar|ke|di|dari|yang|" + IF + ")\\s");

    private Decisions() {
    }

    static Found find(SheetStep step) {
        boolean asked = isQuestion(step.kegiatan());
        Read ket = read(plain(step.keterangan()), asked, step.number());
        Read kegiatan = read(plain(step.kegiatan()), asked, step.number());
        String backTo = ket.backTo != null ? ket.backTo : kegiatan.backTo;
        String yesTo = ket.yesTo != null ? ket.yesTo : kegiatan.yesTo;
        Set<String> unclear = new LinkedHashSet<>();
        for (Read read : List.of(ket, kegiatan)) {
            read.jumps.stream().filter(j -> !j.number().equals(backTo) && !j.number().equals(yesTo))
                    .forEach(j -> unclear.add(j.written()));
            if (backTo == null) {
                unclear.addAll(read.afterNo);
            }
        }
        String conditionText = ket.backTo != null || kegiatan.backTo == null ? step.keterangan() : step.kegiatan();
        String question = asked ? asQuestion(step.kegiatan()) : questionFor(step, plain(conditionText));
        return new Found(question, backTo, yesTo, asked, List.copyOf(unclear));
    }

    static boolean isQuestion(String kegiatan) {
        String text = kegiatan.strip();
        return text.toLowerCase(Locale.ROOT).startsWith("apakah") || text.endsWith("?");
    }

    private record Jump(String number, String written) {
    }

    /** One text's branches: the first target of each kind, every other jump, numbers after a "tidak". */
    private record Read(String backTo, String yesTo, List<Jump> jumps, List<String> afterNo) {
    }

    private record Marker(int start, int end, Branch branch, boolean label) {
    }

    private static Read read(String text, boolean asked, String ownNumber) {
        List<Marker> markers = markers(text);
        String backTo = null;
        String yesTo = null;
        List<Jump> jumps = new ArrayList<>();
        int leadEnd = markers.isEmpty() ? text.length() : markers.get(0).start();
        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            int end = m + 1 < markers.size() ? markers.get(m + 1).start() : text.length();
            String segment = text.substring(marker.end(), end);
            List<Jump> targets = targets(segment, marker.label());
            Branch branch = marker.branch() == Branch.NONE && !targets.isEmpty() ? direction(segment) : marker.branch();
            if (targets.isEmpty() && branch == Branch.NO && backTo == null && sameClause(text, 0, marker.start())) {
                targets = unconditioned(text.substring(0, leadEnd)).stream().filter(j -> j.branch == Branch.NO)
                        .map(UnconditionedJump::jump).toList();
                leadEnd = 0;
            }
            for (Jump target : targets) {
                if (branch == Branch.NO && backTo == null) {
                    backTo = target.number();
                } else if (branch == Branch.YES && yesTo == null) {
                    yesTo = target.number();
                }
                jumps.add(target);
            }
        }
        for (UnconditionedJump lead : unconditioned(text.substring(0, leadEnd))) {
            boolean forwardToNext = lead.branch() == Branch.YES && lead.jump().number().equals(next(ownNumber));
            if (asked && lead.branch() == Branch.NO && backTo == null) {
                backTo = lead.jump().number();
            } else if (asked && lead.branch() == Branch.YES && yesTo == null) {
                yesTo = lead.jump().number();
            }
            if (!forwardToNext) {
                jumps.add(lead.jump());
            }
        }
        return new Read(backTo, yesTo, jumps, numbersAfterNo(text));
    }

    /** Conditions and labels in order, none inside another. */
    private static List<Marker> markers(String text) {
        List<Marker> found = new ArrayList<>();
        Matcher condition = CONDITION.matcher(text);
        while (condition.find()) {
            int clauseEnd = clauseEnd(text, condition.end());
            String clause = text.substring(condition.end(), clauseEnd);
            Matcher no = NO_WORD.matcher(clause);
            Matcher yes = YES_WORD.matcher(clause);
            Branch branch = no.find() ? Branch.NO : yes.find() ? Branch.YES : Branch.NONE;
            int end = condition.end() + (branch == Branch.NO ? no.end() : branch == Branch.YES ? yes.end() : 0);
            found.add(new Marker(condition.start(), end, branch, false));
        }
        addLabels(found, text, NO_LABEL, Branch.NO);
        addLabels(found, text, YES_LABEL, Branch.YES);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Marker> markers = new ArrayList<>();
        for (Marker marker : found) {
            if (markers.isEmpty() || marker.start() >= markers.get(markers.size() - 1).end()) {
                markers.add(marker);
            }
        }
        return markers;
    }

    private static void addLabels(List<Marker> found, String text, Pattern pattern, Branch branch) {
        Matcher label = pattern.matcher(text);
        while (label.find()) {
            boolean strong = label.group().matches(".*(?::|=|->)");
            boolean atClauseStart = text.substring(0, label.start()).matches("(?s)(?:.*[;.(])?\\s*");
            if (strong || atClauseStart) {
                found.add(new Marker(label.start(), label.end(), branch, true));
            }
        }
    }

    /** A condition's words end at the first target or jump word, or at the clause's end. */
    private static int clauseEnd(String text, int from) {
        Matcher stop = CONDITION_END.matcher(text);
        return stop.find(from) ? stop.start() : text.length();
    }

    private static boolean sameClause(String text, int from, int to) {
        return !CLAUSE_BREAK.matcher(text.substring(from, to)).find();
    }

    private static List<Jump> targets(String segment, boolean label) {
        List<Jump> targets = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        if (label) {
            Matcher direct = AFTER_LABEL.matcher(segment);
            if (direct.find()) {
                targets.add(new Jump(direct.group(1), direct.group().strip()));
                first = direct.start(1);
            }
        }
        for (Pattern pattern : List.of(STEP_REF, MOVE)) {
            Matcher m = pattern.matcher(segment);
            while (m.find()) {
                if (m.start(1) != first) {
                    targets.add(new Jump(m.group(1), m.group().strip()));
                }
            }
        }
        targets.sort((a, b) -> Integer.compare(segment.indexOf(a.written()), segment.indexOf(b.written())));
        List<Jump> distinct = new ArrayList<>();
        for (Jump target : targets) {
            if (distinct.stream().noneMatch(d -> d.written().contains(target.written())
                    || target.written().contains(d.written()) && d.number().equals(target.number()))) {
                distinct.add(target);
            }
        }
        return distinct;
    }

    private record UnconditionedJump(Jump jump, Branch branch) {
    }

    /** "kembali ke langkah 4" written without a condition. */
    private static List<UnconditionedJump> unconditioned(String text) {
        List<UnconditionedJump> jumps = new ArrayList<>();
        Matcher m = MOVE_TO_STEP.matcher(text);
        while (m.find()) {
            jumps.add(new UnconditionedJump(new Jump(m.group(2), m.group().strip()), direction(m.group(1))));
        }
        return jumps;
    }

    private static Branch direction(String words) {
        return words.matches("(?s).*\\b(?:kembali|dikembalikan|balik|ulangi|diulang)\\b.*") ? Branch.NO
                : words.matches("(?s).*\\b(?:lanjut|dilanjutkan|teruskan|diteruskan)\\b.*") ? Branch.YES : Branch.NONE;
    }

    /** Each number written after a "tidak", "ditolak", …, as "tidak … 4". */
    private static List<String> numbersAfterNo(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher no = NO_WORD.matcher(text);
        if (no.find()) {
            Matcher number = ANY_NUMBER.matcher(text);
            int from = no.end();
            while (number.find(from)) {
                numbers.add(text.substring(no.start(), number.end()).strip());
                from = number.end();
            }
        }
        return numbers;
    }

    private static String next(String number) {
        String digits = number.strip().replaceAll("\\.$", "");
        return digits.matches("\\d{1,4}") ? String.valueOf(Integer.parseInt(digits) + 1) : "";
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\s*(?:→|⇒|➔|=>|-->|->)\\s*", " -> ")
                .strip();
    }

    private static String asQuestion(String kegiatan) {
        String text = kegiatan.strip();
        return text.endsWith("?") ? text : text + "?";
    }

    private static String questionFor(SheetStep step, String condition) {
        String ending = APPROVAL.matcher(condition).find() ? " disetujui?" : " sesuai?";
        String[] words = step.kegiatan().strip().split("\\s+");
        int first = 0;
        if (words.length > 1 && isActiveVerb(words[0])) {
            first = 1;
            while (first + 1 < words.length) {
                if (words[first].matches("(?i)dan|serta|atau") && isActiveVerb(words[first + 1])) {
                    first += 2;
                } else if (words[first - 1].endsWith(",") && isActiveVerb(words[first])) {
                    first++;
                } else {
                    break;
                }
            }
        }
        int last = first;
        while (last < words.length && !(last > first && words[last - 1].matches("(?i)dan|serta|lalu|kemudian")
                && isActiveVerb(words[last]))) {
            last++;
        }
        if (last < words.length) {
            last--;
        }
        String object = String.join(" ", Arrays.copyOfRange(words, first, last));
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
        return word.length() > 4 && word.toLowerCase(Locale.ROOT).replaceAll(",$", "").startsWith("me");
    }
}
