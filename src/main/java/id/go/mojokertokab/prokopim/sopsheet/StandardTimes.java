package id.go.mojokertokab.prokopim.sopsheet;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a step's waktu as the sheets write it: "10 menit", "10menit", "10 mnt", "1,5 jam",
 * "1 jam 30 menit", "2 hari", "1 hr", "3 hari kerja", "3 HK", "1 minggu" (7 days), "30 detik",
 * "± 1 jam", "1 (satu) jam", "maksimal 2 jam", and counts in words: "satu jam", "lima belas menit",
 * "setengah jam", "½ hari".
 *
 * <p>Decisions: a range ("1-2 jam", "1 s.d. 2 hari") means the step may take up to its upper
 * bound, so the standard is the upper bound; a range whose upper bound is not above its lower
 * bound is refused. Zero, a fraction of a working day, a mix of working days with clock units,
 * a month ("bulan" has no fixed length) and more than a year are refused.
 */
public final class StandardTimes {

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final String UNIT = "(hari\\s*kerja|hr\\.?\\s*kerja|h\\.?\\s*k\\.?|detik|dtk|det|menit|mnit|mnt|min"
            + "|jam|jm|hari|hr|minggu|mgg|pekan)";
    private static final Pattern PART = Pattern.compile(NUMBER + "\\s*" + UNIT + "\\.?(?![a-z])");
    private static final Pattern PARTS = Pattern.compile("(?:" + PART.pattern() + "\\s*)+");
    private static final Pattern RANGE = Pattern.compile(
            NUMBER + "\\s*(?:-|–|—|s\\.?\\s*d\\.?|s/d|sampai|hingga)\\s*" + PART.pattern());
    private static final Pattern NUMBER_IN_WORDS = Pattern.compile("(\\d)\\s*\\([a-z\\s-]+\\)");
    private static final Pattern APPROXIMATELY = Pattern.compile(
            "^(?:±|\\+/-|\\+-|kurang\\s+lebih|kurleb|kl\\.|maksimal|maks\\.?|paling\\s+lama|selama)\\s*");
    /** Longest first, so "dua puluh" is read before "dua". */
    private static final String[][] NUMBER_WORDS = {
            {"empat puluh lima", "45"}, {"tiga puluh", "30"}, {"dua puluh", "20"}, {"lima belas", "15"},
            {"sepuluh", "10"}, {"sembilan", "9"}, {"delapan", "8"}, {"tujuh", "7"}, {"enam", "6"}, {"lima", "5"},
            {"empat", "4"}, {"tiga", "3"}, {"dua", "2"}, {"satu", "1"}, {"setengah", "0,5"}};
    private static final Duration LONGEST = Duration.ofDays(366);
    private static final int MOST_WORKING_DAYS = 260;

    private StandardTimes() {
    }

    /** The standard the text states, or empty when it cannot be read as one. */
    public static Optional<StandardTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String written = text.strip();
        String s = normalize(written);
        Matcher range = RANGE.matcher(s);
        if (range.matches()) {
            BigDecimal lower = number(range.group(1));
            BigDecimal upper = number(range.group(2));
            if (upper.compareTo(lower) <= 0) {
                return Optional.empty();
            }
            return standard(written, s.substring(range.start(2)));
        }
        if (!PARTS.matcher(s).matches()) {
            return Optional.empty();
        }
        return standard(written, s);
    }

    private static String normalize(String written) {
        String s = written.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        s = APPROXIMATELY.matcher(s).replaceFirst("");
        s = NUMBER_IN_WORDS.matcher(s).replaceAll("$1");
        s = s.replace("½", " 0,5 ").replaceAll("(?<![\\d,.])1/2(?!\\d)", "0,5");
        for (String[] word : NUMBER_WORDS) {
            s = s.replaceAll("\\b" + word[0] + "\\b", word[1]);
        }
        return s.replaceAll("\\s+", " ").strip();
    }

    private static Optional<StandardTime> standard(String written, String parts) {
        Duration total = Duration.ZERO;
        int workingDays = 0;
        int count = 0;
        Matcher part = PART.matcher(parts);
        while (part.find()) {
            count++;
            BigDecimal amount = number(part.group(1));
            String unit = part.group(2).replaceAll("[\\s.]", "");
            if (isWorkingDays(unit)) {
                if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 0
                        || amount.compareTo(BigDecimal.valueOf(MOST_WORKING_DAYS)) > 0) {
                    return Optional.empty();
                }
                workingDays += amount.intValue();
            } else {
                BigDecimal seconds = amount.multiply(BigDecimal.valueOf(secondsPer(unit)));
                if (seconds.compareTo(BigDecimal.valueOf(LONGEST.getSeconds())) > 0
                        || seconds.stripTrailingZeros().scale() > 0) {
                    return Optional.empty();
                }
                total = total.plusSeconds(seconds.longValue());
            }
        }
        boolean mixed = workingDays > 0 && !total.isZero();
        if (mixed || (workingDays > 0 && count > 1)) {
            return Optional.empty();
        }
        if (workingDays > 0) {
            return Optional.of(new StandardTime(written, null, workingDays));
        }
        if (total.isZero() || total.compareTo(LONGEST) > 0) {
            return Optional.empty();
        }
        return Optional.of(new StandardTime(written, total, 0));
    }

    private static boolean isWorkingDays(String unit) {
        return unit.endsWith("kerja") || unit.equals("hk");
    }

    private static long secondsPer(String unit) {
        return switch (unit) {
            case "detik", "dtk", "det" -> 1;
            case "menit", "mnit", "mnt", "min" -> 60;
            case "jam", "jm" -> 3_600;
            case "hari", "hr" -> 86_400;
            case "minggu", "mgg", "pekan" -> 7 * 86_400;
            default -> throw new IllegalStateException("unit not in UNIT: " + unit);
        };
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(',', '.'));
    }
}
