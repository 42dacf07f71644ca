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
 * "± 1 jam", "1 (satu) jam", "maksimal 2 jam", "1 x 24 jam" (24 hours, not a working day), and
 * counts in words: "satu jam", "dua puluh lima menit", "satu setengah jam", "setengah jam", "½ hari".
 *
 * <p>Decisions: a range ("1-2 jam", "1 s.d. 2 hari", "30 menit - 1 jam") means the step may take
 * up to its upper bound, so the standard is the upper bound; a range whose upper bound is not above
 * its lower bound, or that mixes working days with clock units, is refused. Zero, a fraction of a
 * working day, a mix of working days with clock units, a month ("bulan" has no fixed length), more
 * than a year and a number with a thousands dot ("1.000 menit": a thousand or one?) are refused.
 */
public final class StandardTimes {

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final String UNIT = "(hari\\s*kerja|hr\\.?\\s*kerja|h\\.?\\s*k\\.?|detik|dtk|det|menit|mnit|mnt|min"
            + "|jam|jm|hari|hr|minggu|mgg|pekan)";
    private static final Pattern PART = Pattern.compile(NUMBER + "\\s*" + UNIT + "\\.?(?![a-z])");
    private static final Pattern PARTS = Pattern.compile("(?:" + PART.pattern() + "\\s*)+");
    private static final Pattern RANGE = Pattern.compile(
            "(.+?)\\s*(?:-|–|—|s\\.?\\s*d\\.?|s/d|sampai(?:\\s+dengan)?|hingga)\\s*(.+)");
    private static final Pattern BARE_NUMBER = Pattern.compile(NUMBER);
    private static final Pattern TIMES_24_HOURS = Pattern.compile(NUMBER + "\\s*[x×]\\s*24\\s*jam\\b(?!\\s*kerja)");
    private static final Pattern THOUSANDS_DOT = Pattern.compile("(?<![\\d.,])\\d{1,3}\\.\\d{3}(?!\\d)");
    private static final Pattern NUMBER_IN_WORDS = Pattern.compile("(\\d)\\s*\\([a-z\\s-]+\\)");
    private static final Pattern APPROXIMATELY = Pattern.compile(
            "^(?:±|\\+/-|\\+-|kurang\\s+lebih|kurleb|kl\\.|maksimal|maks\\.?|paling\\s+lama|selama)\\s*");
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
        if (THOUSANDS_DOT.matcher(s).find()) {
            return Optional.empty();
        }
        Matcher range = RANGE.matcher(s);
        if (range.matches() && PARTS.matcher(range.group(2)).matches()) {
            return range(written, range.group(1), range.group(2));
        }
        if (!PARTS.matcher(s).matches()) {
            return Optional.empty();
        }
        return standard(written, s);
    }

    /** The upper end, when the lower one ("30 menit", or a bare "1" in the upper end's unit) is below it. */
    private static Optional<StandardTime> range(String written, String lowerText, String upperText) {
        Optional<StandardTime> upper = standard(written, upperText);
        Optional<StandardTime> lower;
        if (BARE_NUMBER.matcher(lowerText).matches()) {
            Matcher unit = PART.matcher(upperText);
            lower = unit.lookingAt() ? standard(written, lowerText + " " + unit.group(2)) : Optional.empty();
        } else {
            lower = PARTS.matcher(lowerText).matches() ? standard(written, lowerText) : Optional.empty();
        }
        if (upper.isEmpty() || lower.isEmpty() || !isBelow(lower.get(), upper.get())) {
            return Optional.empty();
        }
        return upper;
    }

    private static boolean isBelow(StandardTime lower, StandardTime upper) {
        if (lower.duration() != null && upper.duration() != null) {
            return lower.duration().compareTo(upper.duration()) < 0;
        }
        return lower.duration() == null && upper.duration() == null && lower.workingDays() < upper.workingDays();
    }

    private static String normalize(String written) {
        String s = written.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        s = APPROXIMATELY.matcher(s).replaceFirst("");
        s = NUMBER_IN_WORDS.matcher(s).replaceAll("$1");
        s = s.replace("½", " 0,5 ").replaceAll("(?<![\\d,.])1/2(?!\\d)", "0,5");
        s = NumberWords.toDigits(s);
        s = TIMES_24_HOURS.matcher(s).replaceAll("$1 hari");
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
