package id.go.mojokertokab.prokopim.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The one Indonesian wording of a standard, a duration and a lateness (SlaBreach), and the report's texts. */
class SlaWordingTest {

    @Test
    void whole_days_are_days_then_hours_and_minutes_that_are_not_zero() {
        assertThat(SlaBreach.inIndonesian(Duration.ofDays(1))).isEqualTo("1 hari");
        assertThat(SlaBreach.inIndonesian(Duration.ofHours(24))).isEqualTo("1 hari");
        assertThat(SlaBreach.inIndonesian(Duration.parse("P1DT2H"))).isEqualTo("1 hari 2 jam");
        assertThat(SlaBreach.inIndonesian(Duration.parse("P2DT30M"))).isEqualTo("2 hari 30 menit");
        assertThat(SlaBreach.inIndonesian(Duration.parse("PT2H5M"))).isEqualTo("2 jam 5 menit");
        assertThat(SlaBreach.inIndonesian(Duration.ofHours(1))).isEqualTo("1 jam");
        assertThat(SlaBreach.inIndonesian(Duration.ofMinutes(10))).isEqualTo("10 menit");
    }

    @Test
    void seconds_only_under_a_minute_or_as_a_remainder() {
        assertThat(SlaBreach.inIndonesian(Duration.ofSeconds(45))).isEqualTo("45 detik");
        assertThat(SlaBreach.inIndonesian(Duration.ofSeconds(90))).isEqualTo("1 menit 30 detik");
        assertThat(SlaBreach.inIndonesian(Duration.parse("PT1H0M5S"))).isEqualTo("1 jam 5 detik");
        assertThat(SlaBreach.inIndonesian(Duration.ofMillis(61_900))).isEqualTo("1 menit 1 detik");
        assertThat(SlaBreach.inIndonesian(Duration.ZERO)).isEqualTo("0 menit");
        assertThatThrownBy(() -> SlaBreach.inIndonesian(Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lateness_is_to_the_minute_and_to_the_second_in_its_first_minute() {
        assertThat(SlaBreach.lateness(Duration.ofSeconds(64 * 60 + 59))).isEqualTo("1 jam 4 menit");
        assertThat(SlaBreach.lateness(Duration.parse("P1DT0H0M30S"))).isEqualTo("1 hari");
        assertThat(SlaBreach.lateness(Duration.ofSeconds(45))).isEqualTo("45 detik");
        assertThat(SlaBreach.lateness(Duration.ofMillis(400))).isEqualTo("0 detik");
        assertThat(SlaBreach.lateness(Duration.ofMinutes(-3))).isEqualTo("0 detik");
    }

    @Test
    void the_reports_texts_use_the_same_wording_and_the_decimal_comma() {
        assertThat(SlaReport.complianceText(96.3)).isEqualTo("96,3 %");
        assertThat(SlaReport.complianceText(100.0)).isEqualTo("100,0 %");
        assertThat(SlaReport.complianceText(null)).isEqualTo("–");
        assertThat(SlaReport.secondsText(90.0)).isEqualTo("1 menit 30 detik");
        assertThat(SlaReport.secondsText(86_400.0)).isEqualTo("1 hari");
        assertThat(SlaReport.secondsText(null)).isEqualTo("–");
        assertThat(SlaReport.compliance(8, 3)).isEqualTo(62.5);
        assertThat(SlaReport.compliance(3, 1)).isEqualTo(66.7);
        assertThat(SlaReport.compliance(0, 0)).isNull();
    }
}
