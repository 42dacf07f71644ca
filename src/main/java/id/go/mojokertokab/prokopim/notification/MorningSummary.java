package id.go.mojokertokab.prokopim.notification;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.sla.OpenBreaches;
import id.go.mojokertokab.prokopim.sla.SlaBreachListener;
import id.go.mojokertokab.prokopim.sla.SlaReport;

/**
 * The Kabag's morning summary: the breaches still open, the cases finished since the previous
 * working day began, and each SOP's compliance with its standards (that day, and the last 30
 * days, counted as the SLA report counts). It reads the whole office's work, not one person's:
 * it runs without a logged-in user.
 */
@Component
class MorningSummary {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE dd-MM-yyyy", Locale.forLanguageTag("id"));
    private static final int MONTH_DAYS = 30;
    private static final int MAX_LINES = 15;

    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final SlaReport slaReport;
    private final OpenBreaches openBreaches;
    private final OfficeTime officeTime;
    private final Links links;

    MorningSummary(RepositoryService repositoryService, HistoryService historyService, SlaReport slaReport,
            OpenBreaches openBreaches, OfficeTime officeTime, Links links) {
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.slaReport = slaReport;
        this.openBreaches = openBreaches;
        this.officeTime = officeTime;
        this.links = links;
    }

    /** The summary sent on the morning of {@code day}. */
    Notice of(LocalDate day) {
        LocalDate previous = previousWorkingDay(day);
        Instant from = officeTime.startOf(previous);
        Instant to = officeTime.startOf(day);
        String body = "Ringkasan pagi SOP Prokopim, " + DAY.format(day) + "\n\n"
                + openBreaches() + "\n\n"
                + finishedCases(previous, from, to) + "\n\n"
                + compliance(from, to) + "\n\n"
                + "Selengkapnya di Cockpit: " + links.cockpit()
                + "\n\n— Pesan otomatis SOP Prokopim Kabupaten Mojokerto.";
        return new Notice(NotificationKind.RINGKASAN_PAGI, NotificationKind.RINGKASAN_PAGI.name() + ":" + day,
                "Ringkasan pagi SOP Prokopim, " + DAY.format(day), body, links.cockpit(), null, null, null, null);
    }

    /* The first lines of a list, so the summary stays readable on a phone and every part of it fits. */
    private static String listed(List<String> lines) {
        if (lines.isEmpty()) {
            return "\nTidak ada.";
        }
        String shown = String.join("\n", lines.subList(0, Math.min(lines.size(), MAX_LINES)));
        return "\n" + shown + (lines.size() > MAX_LINES ? "\n- … dan " + (lines.size() - MAX_LINES) + " lainnya (lihat Cockpit)" : "");
    }

    /** Friday before a Monday; the day before otherwise. */
    static LocalDate previousWorkingDay(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (previous.getDayOfWeek() == DayOfWeek.SATURDAY || previous.getDayOfWeek() == DayOfWeek.SUNDAY) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    private String openBreaches() {
        List<String> lines = openBreaches.of(List.of(), sop -> true).stream()
                .map(breach -> "- " + (breach.caseName() == null ? "" : breach.caseName() + ": ") + breach.step() + ". "
                        + breach.activity() + " (" + breach.sop() + "), "
                        + (breach.assigneeName() == null ? "belum diambil" : breach.assigneeName())
                        + ", terlambat " + breach.lateness())
                .toList();
        return "Pelanggaran standar waktu yang masih terbuka: " + lines.size() + listed(lines);
    }

    private String finishedCases(LocalDate previous, Instant from, Instant to) {
        List<String> lines = new ArrayList<>();
        for (HistoricProcessInstance finished : historyService.createHistoricProcessInstanceQuery().finished()
                .finishedAfter(Date.from(from.minusMillis(1))).finishedBefore(Date.from(to))
                .orderByProcessInstanceEndTime().asc().list()) {
            if (finished.getEndTime().toInstant().isBefore(from) || !finished.getEndTime().toInstant().isBefore(to)) {
                continue;
            }
            long breaches = historyService.createHistoricIncidentQuery().processInstanceId(finished.getId())
                    .incidentType(SlaBreachListener.INCIDENT_TYPE).count();
            lines.add("- " + finished.getProcessDefinitionName() + ": " + (finished.getBusinessKey() == null ? finished.getId()
                    : finished.getBusinessKey()) + " (selesai " + officeTime.format(finished.getEndTime()) + ", "
                    + (breaches == 0 ? "tepat waktu" : breaches + " pelanggaran") + ")");
        }
        return "Kasus yang selesai " + DAY.format(previous) + ": " + lines.size() + listed(lines);
    }

    private String compliance(Instant from, Instant to) {
        List<String> lines = new ArrayList<>();
        for (ProcessDefinition sop : repositoryService.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionName().asc().list()) {
            SlaReport.Report day = slaReport.of(sop.getKey(), from, to);
            if (day == null || day.steps().isEmpty()) {
                continue;
            }
            SlaReport.Report month = slaReport.of(sop.getKey(), to.minus(Duration.ofDays(MONTH_DAYS)), to);
            lines.add("- " + sop.getName() + ": hari itu " + share(day) + "; " + MONTH_DAYS + " hari terakhir " + share(month));
        }
        return "Kepatuhan standar waktu per SOP (langkah tanpa pelanggaran):\n" + String.join("\n", lines);
    }

    /** "75,0 % (3 dari 4 langkah)", or "belum ada langkah": the SLA report's figures and wording. */
    private static String share(SlaReport.Report report) {
        long tasks = report.steps().stream().mapToLong(SlaReport.StepFigures::tasks).sum();
        long breaches = report.steps().stream().mapToLong(SlaReport.StepFigures::breaches).sum();
        if (tasks == 0) {
            return "belum ada langkah";
        }
        return SlaReport.complianceText(SlaReport.compliance(tasks, breaches)) + " (" + (tasks - breaches) + " dari " + tasks
                + " langkah)";
    }
}
