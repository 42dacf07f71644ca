package id.go.mojokertokab.prokopim.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.mojokertokab.prokopim.OfficeTime;

/** Working days are Monday to Friday in the office's zone, counted from now at the same clock time. */
class HariKerjaTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private final HariKerja hariKerja = new HariKerja(new OfficeTime(WIB), new SlaProperties(1.0));

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void counts_weekdays_only_and_keeps_the_clock_time() {
        assertThat(dueAfter(ZonedDateTime.of(2026, 12, 1, 9, 15, 0, 0, WIB), 1)).isEqualTo(ZonedDateTime.of(2026, 12, 2, 9, 15, 0, 0, WIB));
        assertThat(dueAfter(ZonedDateTime.of(2026, 12, 4, 9, 15, 0, 0, WIB), 1)).isEqualTo(ZonedDateTime.of(2026, 12, 7, 9, 15, 0, 0, WIB));
        assertThat(dueAfter(ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, WIB), 2)).isEqualTo(ZonedDateTime.of(2026, 12, 8, 10, 0, 0, 0, WIB));
        assertThat(dueAfter(ZonedDateTime.of(2026, 12, 3, 23, 30, 0, 0, WIB), 5)).isEqualTo(ZonedDateTime.of(2026, 12, 10, 23, 30, 0, 0, WIB));
    }

    @Test
    void a_demo_time_scale_shrinks_the_wait() {
        HariKerja demo = new HariKerja(new OfficeTime(WIB), new SlaProperties(0.01));
        ZonedDateTime friday = ZonedDateTime.of(2026, 12, 4, 14, 30, 0, 0, WIB);
        ClockUtil.setCurrentTime(Date.from(friday.toInstant()));

        // Friday 14:30 to Monday 14:30 is 72 hours; at 0.01, 43.2 minutes
        assertThat(demo.setelah(1).toInstant()).isEqualTo(friday.plusSeconds(2592).toInstant());
    }

    @Test
    void reads_its_own_timer_expression_only() {
        assertThat(HariKerja.workingDaysOf("${hariKerja.setelah(3)}")).hasValue(3);
        assertThat(HariKerja.workingDaysOf(" ${ hariKerja.setelah( 12 ) } ")).hasValue(12);
        assertThat(HariKerja.workingDaysOf("2026-12-01T09:00:00")).isEmpty();
        assertThat(HariKerja.workingDaysOf("${kalender.setelah(3)}")).isEmpty();
    }

    private ZonedDateTime dueAfter(ZonedDateTime now, int days) {
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
        return hariKerja.setelah(days).toInstant().atZone(WIB);
    }
}
