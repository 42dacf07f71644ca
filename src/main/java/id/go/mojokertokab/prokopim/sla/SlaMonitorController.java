package id.go.mojokertokab.prokopim.sla;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.security.HistoryReaders;
import id.go.mojokertokab.prokopim.security.OfficeRefusal;

/**
 * What the Cockpit plugin "SLA SOP" (sla-monitor.js) and Tasklist's late marks
 * (office-tasklist.js) show, all of it computed and worded here, as the caller:
 * <ul>
 * <li>{@code GET /api/sla/ringkasan?process=&from=&to=}: for each SOP whose history the caller may
 * read (or the one {@code process}), its {@link SlaReport} over the period (figures per step, the
 * breaches per step and the compliance per week) and the breaches still open. The period is read
 * as by the report API ({@link SlaPeriod}); by default the last 30 days of the office, today
 * included.</li>
 * <li>{@code GET /api/sla/terlambat?tugas=<taskId>&tugas=…}: of those open tasks the caller may
 * read, the ones past their due date, with how late they are in words.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/sla")
class SlaMonitorController {

    /** Tasklist shows at most a page of cards and one open task. */
    static final int MAX_TASKS = 100;

    private final SlaReport report;
    private final OpenBreaches openBreaches;
    private final LateTasks lateTasks;
    private final HistoryReaders readers;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final OfficeTime officeTime;

    SlaMonitorController(SlaReport report, OpenBreaches openBreaches, LateTasks lateTasks, HistoryReaders readers,
            RepositoryService repositoryService, IdentityService identityService, OfficeTime officeTime) {
        this.report = report;
        this.openBreaches = openBreaches;
        this.lateTasks = lateTasks;
        this.readers = readers;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.officeTime = officeTime;
    }

    @GetMapping("/ringkasan")
    Summary summary(@RequestParam(required = false) String process, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        SlaPeriod period = SlaPeriod.of(from, to, officeTime, ClockUtil.getCurrentTime().toInstant(),
                SlaReportController.DEFAULT_DAYS);
        List<SlaReport.Report> sops = new ArrayList<>();
        if (process != null) {
            readers.require(process, "Anda tidak berhak membaca riwayat SOP '" + process + "'.");
            SlaReport.Report found = report.of(process, period.from(), period.to());
            if (found == null) {
                throw new NotFoundException("SOP '" + process + "' tidak ditemukan.");
            }
            sops.add(found);
        } else {
            for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion()
                    .orderByProcessDefinitionName().asc().list()) {
                if (readers.mayRead(definition.getKey())) {
                    SlaReport.Report found = report.of(definition.getKey(), period.from(), period.to());
                    if (found != null && !found.steps().isEmpty()) {
                        sops.add(found);
                    }
                }
            }
            if (sops.isEmpty()) {
                throw refusal();
            }
        }
        return new Summary(period.firstDay(officeTime).toString(), period.lastDay(officeTime).toString(),
                officeTime.formatDate(period.from()) + " s.d. " + officeTime.formatDate(period.to().minusMillis(1)),
                sops, openBreaches.of(sops.stream().map(SlaReport.Report::process).toList(), readers::mayRead));
    }

    @GetMapping("/terlambat")
    List<LateTasks.LateTask> late(@RequestParam(name = "tugas", required = false) List<String> taskIds) {
        List<String> ids = taskIds == null ? List.of() : taskIds.stream().filter(id -> !id.isBlank()).distinct().toList();
        if (ids.size() > MAX_TASKS) {
            throw new NotValidException("Paling banyak " + MAX_TASKS + " tugas sekaligus, bukan " + ids.size() + ".");
        }
        return lateTasks.of(ids);
    }

    /* The caller may read the history of no SOP with a time standard (staff, for one). */
    private OfficeRefusal refusal() {
        Authentication caller = identityService.getCurrentAuthentication();
        return new OfficeRefusal(caller == null ? null : caller.getUserId(),
                List.of(new MissingAuthorization(ProcessDefinitionPermissions.READ_HISTORY.getName(),
                        Resources.PROCESS_DEFINITION.resourceName(), "*")),
                "Anda tidak berhak membaca riwayat SOP mana pun.");
    }

    /**
     * @param firstDay   the period's first day of the office, "2026-11-03" (for a date field)
     * @param lastDay    its last day, included
     * @param periodText "03-11-2026 s.d. 02-12-2026"
     * @param sops       the report of each SOP, by name
     * @param openBreaches the open breaches of those SOPs, the most late first
     */
    record Summary(String firstDay, String lastDay, String periodText, List<SlaReport.Report> sops,
            List<OpenBreaches.OpenBreach> openBreaches) {
    }
}
