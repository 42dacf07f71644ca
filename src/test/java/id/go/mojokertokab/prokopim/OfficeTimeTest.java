package id.go.mojokertokab.prokopim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;

/** The office's time zone is configuration, not the JVM's: days and times follow it. */
class OfficeTimeTest {

    private final OfficeTime wib = new OfficeTime(ZoneId.of("Asia/Jakarta"));
    private final OfficeTime wita = new OfficeTime(ZoneId.of("Asia/Makassar"));

    @Test
    void times_are_written_in_the_offices_zone_with_its_indonesian_name() {
        Date utcEvening = Date.from(Instant.parse("2026-12-01T18:30:00Z"));

        assertThat(wib.format(utcEvening)).isEqualTo("02-12-2026 01:30 WIB");
        assertThat(wita.format(utcEvening)).isEqualTo("02-12-2026 02:30 WITA");
        assertThat(new OfficeTime(ZoneId.of("Europe/Berlin")).format(utcEvening)).isEqualTo("01-12-2026 19:30 Europe/Berlin");
    }

    @Test
    void a_day_starts_at_midnight_in_the_office() {
        assertThat(wib.startOf(LocalDate.of(2026, 12, 2))).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
        assertThat(wib.formatDate(Instant.parse("2026-12-01T17:00:00Z"))).isEqualTo("02-12-2026");
    }
}
