package id.go.mojokertokab.prokopim.socialmedia;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.security.HistoryReaders;

/**
 * The Rekap publikasi over HTTP (authenticated like the REST API):
 * <ul>
 * <li>{@code GET /api/publikasi?bulan=2026-12&pimpinan=Bupati&kanal=instagram}: the month's
 * publications and totals as JSON, or as CSV with {@code Accept: text/csv};</li>
 * <li>{@code GET /api/publikasi/pdf?bulan=…}: the same as a printable A4 PDF.</li>
 * </ul>
 * {@code bulan} is a calendar month of the office (WIB) by upload time, the current one when
 * absent; {@code pimpinan} and {@code kanal} narrow the rows. Read access: whoever may read the media
 * SOP's history ({@link HistoryReaders}, as the SLA report): the Kabag, the Sub Koordinator and
 * administrators; staff do not (the log names every colleague's delays).
 */
@RestController
@RequestMapping("/api/publikasi")
class PublicationController {

    static final String TEXT_CSV = "text/csv";
    private static final int MAX_PIMPINAN_LENGTH = 100;

    private final PublicationReport report;
    private final HistoryReaders readers;
    private final PublicationPdf pdf;
    private final OfficeTime officeTime;

    PublicationController(PublicationReport report, HistoryReaders readers, PublicationPdf pdf, OfficeTime officeTime) {
        this.report = report;
        this.readers = readers;
        this.pdf = pdf;
        this.officeTime = officeTime;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    PublicationReport.Report json(@RequestParam(required = false) String bulan,
            @RequestParam(required = false) String pimpinan, @RequestParam(required = false) String kanal) {
        return reportOf(bulan, pimpinan, kanal);
    }

    @GetMapping(produces = TEXT_CSV)
    ResponseEntity<String> csv(@RequestParam(required = false) String bulan,
            @RequestParam(required = false) String pimpinan, @RequestParam(required = false) String kanal) {
        PublicationReport.Report found = reportOf(bulan, pimpinan, kanal);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"rekap-publikasi-" + found.month() + ".csv\"")
                .body(PublicationCsv.of(found));
    }

    @GetMapping("/pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String bulan,
            @RequestParam(required = false) String pimpinan, @RequestParam(required = false) String kanal) {
        PublicationReport.Report found = reportOf(bulan, pimpinan, kanal);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"rekap-publikasi-" + found.month() + ".pdf\"")
                .body(pdf.of(found));
    }

    private PublicationReport.Report reportOf(String bulan, String pimpinan, String kanal) {
        YearMonth month = month(bulan);
        Channel channel = kanal == null || kanal.isBlank() ? null : Channel.of(kanal).orElseThrow(() -> new NotValidException(
                "Kanal '" + kanal + "' tidak dikenal; pilih instagram, youtube atau facebook."));
        String leader = pimpinan == null || pimpinan.isBlank() ? null : pimpinan.trim();
        if (leader != null && leader.length() > MAX_PIMPINAN_LENGTH) {
            throw new NotValidException("Parameter 'pimpinan' paling banyak " + MAX_PIMPINAN_LENGTH + " karakter.");
        }
        readers.require("penyampaianInformasiMediaSosial", "Anda tidak berhak membaca Rekap publikasi: dibutuhkan izin"
                + " membaca riwayat SOP Penyampaian Informasi Melalui Media Sosial (Kabag, Sub Koordinator atau administrator).");
        return report.of(month, leader, channel);
    }

    private YearMonth month(String bulan) {
        if (bulan == null || bulan.isBlank()) {
            return YearMonth.from(ClockUtil.getCurrentTime().toInstant().atZone(officeTime.zone()));
        }
        try {
            if (bulan.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(bulan);
            }
        } catch (DateTimeParseException invalid) {
            // told below
        }
        throw new NotValidException("Parameter 'bulan' harus bulan yang sah dengan format YYYY-MM (contoh 2026-12), bukan '"
                + bulan + "'.");
    }
}
