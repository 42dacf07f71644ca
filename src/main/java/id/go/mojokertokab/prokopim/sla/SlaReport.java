package id.go.mojokertokab.prokopim.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * How well each step of a SOP kept its time standard over a period, from the history: the one
 * home of the SLA figures. The report API (and its CSV), the Cockpit plugin (sla-monitor.js, which
 * only renders what {@link SlaMonitorController} returns) and the notifications all read these
 * figures and their Indonesian wording ({@link SlaBreach#inIndonesian}). The database counts
 * ({@link SlaHistory}): a report costs the same few indexed queries whatever the size of the history.
 *
 * <p><b>Who may read it.</b> The history is counted without the engine's authorization checks, so
 * every caller must first make sure the caller may read the SOP's history: the controllers require
 * {@code READ_HISTORY} on the SOP (security/HistoryReaders, grants and revokes to the user, its groups
 * and everyone, as the engine weighs them). That check is what makes the figures the caller's own:
 * Camunda's historic task and incident queries show a row to whoever has {@code READ_HISTORY} on its
 * process definition key, or (with {@code enableHistoricInstancePermissions}, as here) {@code READ} on
 * the historic task or process instance; once {@code READ_HISTORY} on the SOP holds, they show every
 * task and breach of the SOP, which is what is counted here. The morning summary runs with no user
 * logged in, where the engine checks nothing either. The office uses no tenants (the engine would
 * otherwise also hide other tenants' rows). Open breaches stay an engine query run as the caller: a
 * running incident needs {@code READ_INSTANCE}, which {@code READ_HISTORY} does not give, and they are
 * live work, as few as the open tasks.
 *
 * <p><b>Counting rules.</b> The SLA steps of a SOP are its user tasks that carry a
 * <em>non-interrupting</em> timer boundary event with a duration, the standard
 * ({@link SlaBreach#isSlaTimer}); a timer
 * that interrupts its task is a path of the SOP, not a time standard, and a task without a timer
 * has none. For a step and a period [from, to): {@code tasks} are the step's tasks created in the
 * period (any version of the SOP); {@code breaches} those of them with an
 * {@value SlaBreachListener#INCIDENT_TYPE} incident; compliance is the share without one, rounded
 * to one decimal. Durations (creation to completion) count the completed tasks only (not open
 * ones, nor ones cancelled with their instance): the median is the middle value (the mean of the
 * two middle ones for an even count), p90 the nearest rank. {@code openBreaches} are the step's
 * breaches still open now, whenever they began. A week is an ISO week (Monday to Sunday) in the
 * office's time zone (WIB); the weekly compliance of a SOP counts the tasks of all its SLA steps
 * by the same rules, over the {@value #WEEKS} weeks that end with the period's last day.
 */
@Component
public class SlaReport {

    /** How many weeks the weekly compliance covers. */
    static final int WEEKS = 12;
    private static final int PAGE = 500;

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final SlaHistory history;
    private final OfficeTime officeTime;

    SlaReport(RepositoryService repositoryService, RuntimeService runtimeService, SlaHistory history,
            OfficeTime officeTime) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.history = history;
        this.officeTime = officeTime;
    }

    /** @return the report, or null when there is no readable SOP with that key */
    public Report of(String processKey, Instant from, Instant to) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        if (definition == null) {
            return null;
        }
        Map<String, Long> openBreaches = openBreachesPerStep(processKey);
        List<SlaStep> steps = stepsOf(repositoryService.getBpmnModelInstance(definition.getId()));
        List<String> activityIds = steps.stream().map(SlaStep::activityId).toList();
        Map<String, SlaHistory.Counts> counts = history.countsPerStep(processKey, activityIds, from, to);
        List<StepFigures> figures = steps.stream()
                .map(step -> figures(processKey, step, from, to,
                        counts.getOrDefault(step.activityId(), SlaHistory.Counts.NONE),
                        openBreaches.getOrDefault(step.activityId(), 0L)))
                .toList();
        return new Report(processKey, definition.getName(), from, to, figures, weekly(processKey, activityIds, to));
    }

    /** The SLA steps of a model, in SOP order: its user tasks with a non-interrupting timer (see the class). */
    static List<SlaStep> stepsOf(BpmnModelInstance model) {
        List<SlaStep> steps = new ArrayList<>();
        for (BoundaryEvent timer : model.getModelElementsByType(BoundaryEvent.class)) {
            if (SlaBreach.isSlaTimer(timer)) {
                steps.add(new SlaStep(timer.getAttachedTo().getId(), SlaBreach.of(timer)));
            }
        }
        steps.sort(Comparator.comparing(step -> step.breach().step(), SlaReport::compareStepNumbers));
        return steps;
    }

    private StepFigures figures(String processKey, SlaStep sla, Instant from, Instant to, SlaHistory.Counts counts,
            long openBreaches) {
        SlaBreach step = sla.breach();
        Double median = counts.completed() == 0 ? null : median(counts.completed(), (first, count) ->
                history.completedDurations(processKey, sla.activityId(), from, to, first, count));
        Double p90 = counts.completed() == 0 ? null
                : first(history.completedDurations(processKey, sla.activityId(), from, to,
                        nearestRankIndex(counts.completed(), 0.9), 1));
        Double compliance = compliance(counts.tasks(), counts.breaches());
        return new StepFigures(step.step(), sla.activityId(), step.activity(), step.role(), step.standard().toString(),
                step.standard().toSeconds(), step.standardWording(), counts.tasks(), counts.breaches(),
                compliance, complianceText(compliance), median, secondsText(median), p90, secondsText(p90),
                openBreaches);
    }

    /** The weekly compliance of the SOP's steps together, over the {@value #WEEKS} weeks ending with the period. */
    private List<WeekFigures> weekly(String processKey, List<String> activityIds, Instant to) {
        ZoneId zone = officeTime.zone();
        LocalDate lastMonday = LocalDate.ofInstant(to.minusMillis(1), zone).with(DayOfWeek.MONDAY);
        LocalDate firstMonday = lastMonday.minusWeeks(WEEKS - 1);
        List<Instant> bounds = new ArrayList<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(lastMonday); monday = monday.plusWeeks(1)) {
            bounds.add(officeTime.startOf(monday));
        }
        bounds.add(to);
        SlaHistory.Counts[] perWeek = history.countsPerPeriod(processKey, activityIds, bounds);
        List<WeekFigures> weeks = new ArrayList<>();
        for (int i = 0; i < perWeek.length; i++) {
            LocalDate monday = firstMonday.plusWeeks(i);
            Instant start = bounds.get(i);
            Instant end = officeTime.startOf(monday.plusWeeks(1));
            SlaHistory.Counts week = perWeek[i];
            Double compliance = compliance(week.tasks(), week.breaches());
            int number = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            weeks.add(new WeekFigures("%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), number),
                    "Mg " + number, officeTime.formatDate(start), officeTime.formatDate((end.isAfter(to) ? to : end).minusMillis(1)),
                    week.tasks(), week.breaches(), compliance, complianceText(compliance)));
        }
        return weeks;
    }

    /* Open incidents are live work, not history: their number stays small, and the engine checks them as the caller. */
    private Map<String, Long> openBreachesPerStep(String processKey) {
        List<Incident> incidents = new ArrayList<>();
        List<Incident> page;
        do {
            page = runtimeService.createIncidentQuery()
                    .processDefinitionKeyIn(processKey)
                    .incidentType(SlaBreachListener.INCIDENT_TYPE)
                    .orderByIncidentId().asc()
                    .listPage(incidents.size(), PAGE);
            incidents.addAll(page);
        } while (page.size() == PAGE);
        return incidents.stream().collect(Collectors.groupingBy(Incident::getActivityId, Collectors.counting()));
    }

    /** The share of tasks without a breach in percent, one decimal; null without tasks. */
    public static Double compliance(long tasks, long breaches) {
        return tasks == 0 ? null : Math.round(1000.0 * (tasks - breaches) / tasks) / 10.0;
    }

    /** "96,3 %" with the Indonesian decimal comma; "–" without tasks. */
    public static String complianceText(Double percent) {
        return percent == null ? "–" : String.format(Locale.ROOT, "%.1f", percent).replace('.', ',') + " %";
    }

    /** A duration in seconds in words, to the second; "–" for none. */
    static String secondsText(Double seconds) {
        return seconds == null ? "–" : SlaBreach.inIndonesian(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    static Double median(List<Double> sorted) {
        return sorted.isEmpty() ? null : median(sorted.size(), (first, count) -> sorted.subList((int) first, (int) first + count));
    }

    static Double nearestRank(List<Double> sorted, double percentile) {
        return sorted.isEmpty() ? null : sorted.get((int) nearestRankIndex(sorted.size(), percentile));
    }

    /**
     * The median of {@code size} sorted values, {@code size} > 0, given a way to read {@code count}
     * of them from the {@code first} (from 0): the middle one, or the mean of the two middle ones.
     */
    private static Double median(long size, SortedValues values) {
        long middle = size / 2;
        if (size % 2 == 1) {
            return first(values.read(middle, 1));
        }
        List<Double> two = values.read(middle - 1, 2);
        return two.size() < 2 ? null : (two.get(0) + two.get(1)) / 2;
    }

    /*
     * Null when the rows counted a moment before are gone (history removed in between, by the
     * nightly cleanup or in Cockpit): no figure rather than an error.
     */
    private static Double first(List<Double> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    /** Where the nearest-rank percentile is among {@code size} sorted values, counting from 0. */
    private static long nearestRankIndex(long size, double percentile) {
        long rank = (long) Math.ceil(percentile * size);
        return Math.max(rank, 1) - 1;
    }

    @FunctionalInterface
    private interface SortedValues {
        List<Double> read(long first, int count);
    }

    /** "1" < "2" < … < "5" < "5a" < "6" < "10". */
    static int compareStepNumbers(String a, String b) {
        int numberA = leadingNumber(a);
        int numberB = leadingNumber(b);
        return numberA != numberB ? Integer.compare(numberA, numberB) : a.compareTo(b);
    }

    private static int leadingNumber(String step) {
        String digits = step.replaceAll("^(\\d*).*$", "$1");
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    /** An SLA step: the user task's id and the standard of its timer. */
    record SlaStep(String activityId, SlaBreach breach) {
    }

    /**
     * @param steps the figures per SLA step over the period, in SOP order (the breaches per step chart)
     * @param weeks the SOP's compliance per ISO week, oldest first (the weekly chart)
     */
    public record Report(String process, String name, Instant from, Instant to, List<StepFigures> steps,
            List<WeekFigures> weeks) {
    }

    /** One step's figures; each *Text is the figure as people read it ("10 menit", "50,0 %", "–"). */
    public record StepFigures(String step, String activityId, String activity, String role, String standard,
            long standardSeconds, String standardText, long tasks, long breaches, Double compliancePercent,
            String complianceText, Double medianSeconds, String medianText, Double p90Seconds, String p90Text,
            long openBreaches) {
    }

    /**
     * One ISO week of the office: {@code week} "2026-W49", {@code label} "Mg 49", its first and last
     * days counted, "30-11-2026" and "06-12-2026" (or the period's last day, when it ends within the week).
     */
    public record WeekFigures(String week, String label, String firstDay, String lastDay, long tasks, long breaches,
            Double compliancePercent, String complianceText) {
    }
}
