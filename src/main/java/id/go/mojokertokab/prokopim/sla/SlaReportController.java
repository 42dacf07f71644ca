package id.go.mojokertokab.prokopim.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.exception.NotFoundException;
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
 * {@code GET /api/sla/report?process=&from=&to=}: the SLA report of one SOP as JSON, or as CSV
 * with {@code Accept: text/csv}. Authenticated like the REST API (HTTP Basic) and limited to
 * callers who may read the SOP's history. {@code from} and {@code to} take either days of the
 * office ({@code 2026-12-01}: whole days in its time zone, both included, so {@code to=<today>}
 * counts today's work) or instants ({@code 2026-12-01T09:00:00+07:00}, {@code to} excluded); the
 * default period is the last 30 days up to now.
 */
@RestController
@RequestMapping("/api/sla/report")
class SlaReportController {

    static final String TEXT_CSV = "text/csv";

    private final SlaReport report;
    private final HistoryReaders readers;
    private final OfficeTime officeTime;

    SlaReportController(SlaReport report, HistoryReaders readers, OfficeTime officeTime) {
        this.report = report;
        this.officeTime = officeTime;
        this.readers = readers;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    SlaReport.Report json(@RequestParam String process, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return reportOf(process, from, to);
    }

    @GetMapping(produces = TEXT_CSV)
    ResponseEntity<String> csv(@RequestParam String process, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"sla-" + process + ".csv\"")
                .body(SlaReportCsv.of(reportOf(process, from, to)));
    }

    private SlaReport.Report reportOf(String process, String from, String to) {
        Instant end = to == null ? ClockUtil.getCurrentTime().toInstant() : instant(to, "to", 1);
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : instant(from, "from", 0);
        if (!start.isBefore(end)) {
            throw new NotValidException("Periode tidak valid: 'from' harus sebelum 'to'.");
        }
        readers.require(process, "Anda tidak berhak membaca riwayat SOP '" + process + "'.");
        SlaReport.Report found = report.of(process, start, end);
        if (found == null) {
            throw new NotFoundException("SOP '" + process + "' tidak ditemukan.");
        }
        return found;
    }

    /** An instant as given, or the start of the office's day {@code text} plus {@code daysLater}. */
    private Instant instant(String text, String name, int daysLater) {
        try {
            return text.length() == 10
                    ? officeTime.startOf(LocalDate.parse(text).plusDays(daysLater))
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new NotValidException("Parameter '" + name + "' bukan tanggal (YYYY-MM-DD) atau waktu ISO-8601: " + text);
        }
    }
}
