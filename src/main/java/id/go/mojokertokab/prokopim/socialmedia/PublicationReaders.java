package id.go.mojokertokab.prokopim.socialmedia;

import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.security.HistoryReaders;

/**
 * Who may read the Rekap publikasi: whoever may read the media SOP's history (READ_HISTORY on
 * its process definition, {@link HistoryReaders}), the same rule as the SLA report. The seeder
 * grants it to the Kabag and the Sub Koordinator, administrators have it; staff do not (they see
 * their own work in Tasklist, and the log names every colleague's delays). An Admin grant opens it
 * to others.
 */
@Component
class PublicationReaders {

    static final String PROCESS_KEY = "penyampaianInformasiMediaSosial";

    private final HistoryReaders historyReaders;

    PublicationReaders(HistoryReaders historyReaders) {
        this.historyReaders = historyReaders;
    }

    /** @throws id.go.mojokertokab.prokopim.security.OfficeRefusal (403) when the caller may not read it */
    void check() {
        historyReaders.require(PROCESS_KEY, "Anda tidak berhak membaca Rekap publikasi: dibutuhkan izin membaca riwayat SOP"
                + " Penyampaian Informasi Melalui Media Sosial (Kabag, Sub Koordinator atau administrator).");
    }
}
