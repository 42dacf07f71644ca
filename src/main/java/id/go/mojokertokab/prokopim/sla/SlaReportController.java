package id.go.mojokertokab.prokopim.sla;

import org.camunda.bpm.engine.exception.NotFoundException;
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
 * counts today's work) or instants ({@code 2026-12-01T09:00:00+07:00}, {@code to} excluded), see
 * {@link SlaPeriod}; the default period is the last 30 days of the office (today included) up to now.
 * The JSON carries every figure also as the text people read, and the weekly compliance.
 */
@RestController
@RequestMapping("/api/sla/report")
class SlaReportController {

    static final String TEXT_CSV = "text/csv";
    /** The default period: the last 30 days of the office, today included, up to now. */
    static final int DEFAULT_DAYS = 30;

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
        SlaPeriod period = SlaPeriod.of(from, to, officeTime, ClockUtil.getCurrentTime().toInstant(), DEFAULT_DAYS);
        readers.require(process, "Anda tidak berhak membaca riwayat SOP '" + process + "'.");
        SlaReport.Report found = report.of(process, period.from(), period.to());
        if (found == null) {
            throw new NotFoundException("SOP '" + process + "' tidak ditemukan.");
        }
        return found;
    }
}
