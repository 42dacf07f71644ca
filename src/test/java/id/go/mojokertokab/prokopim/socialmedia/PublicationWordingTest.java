package id.go.mojokertokab.prokopim.socialmedia;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import id.go.mojokertokab.prokopim.sla.SlaBreach;

/** The Rekap publikasi words its times as the SLA does: one wording of a duration. */
class PublicationWordingTest {

    @Test
    void minutes_are_worded_as_the_sla_words_them() {
        for (int minutes : new int[] {0, 25, 60, 255, 1440, 1530}) {
            assertThat(PublicationReport.inIndonesian(minutes)).isEqualTo(SlaBreach.inIndonesian(Duration.ofMinutes(minutes)));
        }
        assertThat(PublicationReport.inIndonesian(255)).isEqualTo("4 jam 15 menit");
        assertThat(PublicationReport.inIndonesian(1530)).isEqualTo("1 hari 1 jam 30 menit");
        assertThat(PublicationReport.inIndonesian(0)).isEqualTo("0 menit");
    }
}
