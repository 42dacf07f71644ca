package id.go.mojokertokab.prokopim.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import id.go.mojokertokab.prokopim.OfficeTime;

/** The monthly schedule of the inventory diagram, read on the office's clock whatever the server's zone. */
class OfficeCronPluginTest {

    private static final String FIRST_WORKING_DAY_0800 = "0 0 8 1W * ?";

    private final OfficeCronPlugin.OfficeCycle wib = new OfficeCronPlugin.OfficeCycle(new OfficeTime(ZoneId.of("Asia/Jakarta")));

    @ParameterizedTest(name = "after {0} comes {1}")
    @CsvSource({
            // 1 January 2027 is a Friday
            "2026-12-02T10:00+07:00, 2027-01-01T08:00+07:00",
            // 1 November 2026 is a Sunday: Monday the 2nd
            "2026-10-15T09:00+07:00, 2026-11-02T08:00+07:00",
            // 1 August 2026 is a Saturday: Monday the 3rd, not Friday 31 July
            "2026-07-20T09:00+07:00, 2026-08-03T08:00+07:00",
            // on the day, before and after 08:00 WIB (07:59 WIB is 00:59 UTC)
            "2026-12-01T07:59+07:00, 2026-12-01T08:00+07:00",
            "2026-12-01T08:00+07:00, 2027-01-01T08:00+07:00"})
    void the_first_working_day_of_the_month_at_0800_wib(OffsetDateTime after, OffsetDateTime expected) {
        Date due = wib.resolveDuedate(FIRST_WORKING_DAY_0800, Date.from(after.toInstant()), 0);

        assertThat(due.toInstant()).isEqualTo(expected.toInstant());
    }

    @Test
    void the_hour_is_the_offices_not_the_servers() {
        OfficeCronPlugin.OfficeCycle wit = new OfficeCronPlugin.OfficeCycle(new OfficeTime(ZoneId.of("Asia/Jayapura")));
        Date after = Date.from(OffsetDateTime.parse("2026-12-02T10:00+09:00").toInstant());

        assertThat(wit.resolveDuedate(FIRST_WORKING_DAY_0800, after, 0).toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-01-01T08:00+09:00").toInstant());
    }

    @Test
    void iso_repetitions_and_errors_stay_the_engines() {
        Date after = Date.from(OffsetDateTime.parse("2026-12-02T10:00+07:00").toInstant());

        assertThat(wib.resolveDuedate("R/PT1H", after, 0).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-12-02T11:00+07:00").toInstant());
        assertThatThrownBy(() -> wib.resolveDuedate("setiap bulan", after, 0)).isInstanceOf(ProcessEngineException.class);
    }
}
