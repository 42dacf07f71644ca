package id.go.mojokertokab.prokopim.socialmedia;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One entry of the Rekap publikasi: a finished media-sosial instance, its agenda item, its
 * content, the channels it went out on with their links, who designed and who verified it, how
 * many times it went back for revision, and its time from start to upload against the standard.
 * {@code links} keeps the channels in the SOP's order (Instagram, YouTube, Facebook).
 */
record Publication(String processInstanceId, String caseName, String kegiatan, String pimpinan,
        OffsetDateTime waktuKegiatan, String lokasi, String judul, Map<Channel, String> links, String designer,
        String verifier, int revisions, Instant started, Instant uploaded, int durationMinutes, int standardMinutes,
        int breaches) {

    /** Whole minutes, rounded up: a minute begun counts, so 255 min 1 s is 256 and misses 255. */
    static int minutes(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return (int) ((seconds + 59) / 60);
    }

    boolean onTime() {
        return durationMinutes <= standardMinutes;
    }
}
