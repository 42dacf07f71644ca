package id.go.mojokertokab.prokopim.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sla/report?process=&from=&to=}: the SLA report of one SOP as JSON, or as CSV
 * with {@code Accept: text/csv}. Authenticated like the REST API (HTTP Basic) and limited to
 * callers who may read the SOP's history. {@code from} and {@code to} take a date (midnight in
 * the server's time zone) or an instant; the default period is the last 30 days.
 */
@RestController
@RequestMapping("/api/sla/report")
class SlaReportController {

    static final String TEXT_CSV = "text/csv";

    private final SlaReport report;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    SlaReportController(SlaReport report, IdentityService identityService, AuthorizationService authorizationService) {
        this.report = report;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
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
        Instant end = to == null ? ClockUtil.getCurrentTime().toInstant() : instant(to, "to");
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : instant(from, "from");
        if (!start.isBefore(end)) {
            throw new Refused(HttpStatus.BAD_REQUEST, "Periode tidak valid: 'from' harus sebelum 'to'.");
        }
        if (!mayReadHistoryOf(process)) {
            throw new Refused(HttpStatus.FORBIDDEN, "Anda tidak berhak membaca riwayat SOP '" + process + "'.");
        }
        SlaReport.Report found = report.of(process, start, end);
        if (found == null) {
            throw new Refused(HttpStatus.NOT_FOUND, "SOP '" + process + "' tidak ditemukan.");
        }
        return found;
    }

    private boolean mayReadHistoryOf(String process) {
        Authentication caller = identityService.getCurrentAuthentication();
        return caller != null && authorizationService.isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
                ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, process);
    }

    private static Instant instant(String text, String name) {
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new Refused(HttpStatus.BAD_REQUEST,
                    "Parameter '" + name + "' bukan tanggal (YYYY-MM-DD) atau waktu ISO-8601: " + text);
        }
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Map<String, String>> refused(Refused refusal) {
        return ResponseEntity.status(refusal.status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", refusal.getMessage()));
    }

    private static final class Refused extends RuntimeException {
        private final HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }
}
