package id.go.mojokertokab.prokopim.sopsheet;

import java.time.Duration;

/**
 * A step's waktu: {@code text} as written ("1 jam"), and either a clock duration or a number of
 * working days ("2 hari kerja"). Exactly one of {@code duration} (non-null) and {@code workingDays}
 * (&gt; 0) is set.
 */
public record StandardTime(String text, Duration duration, int workingDays) {
}
