package id.go.mojokertokab.prokopim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The office's business time zone ({@code prokopim.time-zone}, Asia/Jakarta by default), whatever
 * the JVM's own zone: it draws the days of reports and writes the times in messages.
 */
@Component
public class OfficeTime {

    /** How Indonesia names its three time zones; any other zone is written by its id. */
    private static final Map<String, String> INDONESIAN_ZONE_NAMES = Map.of(
            "Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
            "Asia/Makassar", "WITA",
            "Asia/Jayapura", "WIT");

    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public OfficeTime(@Value("${prokopim.time-zone:Asia/Jakarta}") ZoneId zone) {
        this.zone = zone;
        String zoneName = INDONESIAN_ZONE_NAMES.getOrDefault(zone.getId(), zone.getId());
        this.dateTime = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm '" + zoneName + "'").withZone(zone);
        this.date = DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** "01-12-2026 09:30 WIB". */
    public String format(Date time) {
        return dateTime.format(time.toInstant());
    }

    /** "01-12-2026": the office's day of an instant. */
    public String formatDate(Instant time) {
        return date.format(time);
    }

    /** Midnight at the start of a day in the office. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
