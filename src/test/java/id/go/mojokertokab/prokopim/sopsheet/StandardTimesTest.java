package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardTimesTest {

    @ParameterizedTest(name = "\"{0}\" = {1}")
    @CsvSource(delimiter = '=', value = {
            "10 menit = PT10M",
            "10menit = PT10M",
            "10 mnt = PT10M",
            "10 Menit. = PT10M",
            "15 MENIT = PT15M",
            "30 detik = PT30S",
            "1 jam = PT1H",
            "1jam = PT1H",
            "1,5 jam = PT1H30M",
            "1.5 jam = PT1H30M",
            "3 jam = PT3H",
            "1 jam 30 menit = PT1H30M",
            "2 hari = PT48H",
            "1 hr = PT24H",
            "0,5 hari = PT12H",
            "1 minggu = PT168H",
            "± 1 jam = PT1H",
            "±1 jam = PT1H",
            "kurang lebih 2 jam = PT2H",
            "maksimal 30 menit = PT30M",
            "1 (satu) jam = PT1H",
            "2 (dua) hari = PT48H",
            "1-2 jam = PT2H",
            "1 – 2 hari = PT48H",
            "30 s.d. 45 menit = PT45M",
            "satu jam = PT1H",
            "lima belas menit = PT15M",
            "Dua Puluh menit = PT20M",
            "setengah jam = PT30M",
            "½ hari = PT12H",
            "1/2 jam = PT30M",
            "1 x 24 jam = PT24H",
            "2 x 24 jam = PT48H",
            "2x24 jam = PT48H",
            "30 menit - 1 jam = PT1H",
            "30 menit s.d. 1 jam = PT1H",
            "30 menit sampai dengan 1 jam = PT1H",
            "1 jam - 2 jam = PT2H",
            "dua puluh lima menit = PT25M",
            "satu setengah jam = PT1H30M",
            "seratus dua puluh menit = PT2H",
            "sebelas menit = PT11M",
            "  10\u00a0menit  = PT10M"})
    void clock_durations(String written, String expected) {
        StandardTime standard = StandardTimes.parse(written).orElseThrow();

        assertThat(standard.duration()).isEqualTo(Duration.parse(expected));
        assertThat(standard.workingDays()).isZero();
        assertThat(standard.text()).isEqualTo(written.strip());
    }

    @ParameterizedTest(name = "\"{0}\" = {1} hari kerja")
    @CsvSource(delimiter = '=', value = {
            "3 hari kerja = 3",
            "3 Hari Kerja = 3",
            "3hari kerja = 3",
            "3 HK = 3",
            "3HK = 3",
            "3 h.k. = 3",
            "2 hr kerja = 2",
            "1 (satu) hari kerja = 1",
            "2-5 hari kerja = 5",
            "1 hari kerja - 3 hari kerja = 3"})
    void working_days(String written, int expected) {
        StandardTime standard = StandardTimes.parse(written).orElseThrow();

        assertThat(standard.workingDays()).isEqualTo(expected);
        assertThat(standard.duration()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "  ", "sebentar", "segera", "0 menit", "0 hari kerja", "-1 jam", "10", "menit",
            "1,5 hari kerja", "1 hari kerja 2 jam", "2-1 jam", "3-3 jam", "1 bulan", "400 hari", "10 menitan",
            "1 jam atau lebih", "99999999999999999999 menit", "11/2 jam", "sehari penuh", "1.000 menit",
            "2.500 jam", "1 jam - 30 menit", "2 jam - 2 jam", "1 hari kerja - 2 jam", "1 jam - 2 hari kerja",
            "dua tiga jam"})
    void what_cannot_be_read(String written) {
        assertThat(StandardTimes.parse(written)).isEmpty();
    }

    @Test
    void null_is_refused() {
        assertThat(StandardTimes.parse(null)).isEmpty();
    }
}
