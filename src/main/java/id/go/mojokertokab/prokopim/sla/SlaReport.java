package id.go.mojokertokab.prokopim.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
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
 * figures and their Indonesian wording ({@link SlaBreach#inIndonesian}). It runs with the caller's
 * authorizations, so it counts only what the caller may read; the controllers first require
 * {@code READ_HISTORY} on the SOP (security/HistoryReaders).
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
    /** The delete reason of a task that was done, as opposed to one cancelled with its instance. */
    private static final String COMPLETED = "completed";

    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final OfficeTime officeTime;

    SlaReport(RepositoryService repositoryService, HistoryService historyService, RuntimeService runtimeService,
            OfficeTime officeTime) {
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.officeTime = officeTime;
    }

    /** @return the report, or null when there is no readable SOP with that key */
    public Report of(String processKey, Instant from, Instant to) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        if (definition == null) {
            return null;
        }
        Set<String> breachedTaskIds = breachedTaskIds(processKey);
        Map<String, Long> openBreaches = openBreachesPerStep(processKey);
        List<SlaStep> steps = stepsOf(repositoryService.getBpmnModelInstance(definition.getId()));
        List<StepFigures> figures = steps.stream()
                .map(step -> figures(step, tasksOf(processKey, step.activityId(), from, to), breachedTaskIds,
                        openBreaches.getOrDefault(step.activityId(), 0L)))
                .toList();
        return new Report(processKey, definition.getName(), from, to, figures,
                weekly(processKey, steps, to, breachedTaskIds));
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

    private StepFigures figures(SlaStep sla, List<HistoricTaskInstance> tasks, Set<String> breachedTaskIds,
            long openBreaches) {
        SlaBreach step = sla.breach();
        long breaches = tasks.stream().filter(task -> breachedTaskIds.contains(task.getId())).count();
        List<Double> durations = tasks.stream().filter(task -> COMPLETED.equals(task.getDeleteReason()))
                .map(task -> (task.getEndTime().getTime() - task.getStartTime().getTime()) / 1000.0)
                .sorted().toList();
        Double compliance = compliance(tasks.size(), breaches);
        Double median = median(durations);
        Double p90 = nearestRank(durations, 0.9);
        return new StepFigures(step.step(), sla.activityId(), step.activity(), step.role(), step.standard().toString(),
                step.standard().toSeconds(), SlaBreach.inIndonesian(step.standard()), tasks.size(), breaches,
                compliance, complianceText(compliance), median, secondsText(median), p90, secondsText(p90),
                openBreaches);
    }

    /** The weekly compliance of the SOP's steps together, over the {@value #WEEKS} weeks ending with the period. */
    private List<WeekFigures> weekly(String processKey, List<SlaStep> steps, Instant to, Set<String> breachedTaskIds) {
        ZoneId zone = officeTime.zone();
        LocalDate lastMonday = LocalDate.ofInstant(to.minusMillis(1), zone).with(DayOfWeek.MONDAY);
        LocalDate firstMonday = lastMonday.minusWeeks(WEEKS - 1);
        List<HistoricTaskInstance> tasks = new ArrayList<>();
        for (SlaStep step : steps) {
            tasks.addAll(tasksOf(processKey, step.activityId(), officeTime.startOf(firstMonday), to));
        }
        List<WeekFigures> weeks = new ArrayList<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(lastMonday); monday = monday.plusWeeks(1)) {
            Instant start = officeTime.startOf(monday);
            Instant end = officeTime.startOf(monday.plusWeeks(1));
            List<HistoricTaskInstance> ofWeek = tasks.stream().filter(task -> within(task, start, end)).toList();
            long breaches = ofWeek.stream().filter(task -> breachedTaskIds.contains(task.getId())).count();
            Double compliance = compliance(ofWeek.size(), breaches);
            int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            weeks.add(new WeekFigures("%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), week),
                    "Mg " + week, officeTime.formatDate(start), officeTime.formatDate((end.isAfter(to) ? to : end).minusMillis(1)),
                    ofWeek.size(), breaches, compliance, complianceText(compliance)));
        }
        return weeks;
    }

    /** The step's tasks created in [from, to), of every version of the SOP. */
    private List<HistoricTaskInstance> tasksOf(String processKey, String activityId, Instant from, Instant to) {
        // the engine compares startedAfter and startedBefore inclusively: the bounds are kept exact below
        return all((first, max) -> historyService.createHistoricTaskInstanceQuery()
                .processDefinitionKey(processKey)
                .taskDefinitionKey(activityId)
                .startedAfter(Date.from(from.minusMillis(1)))
                .startedBefore(Date.from(to))
                .orderByHistoricActivityInstanceStartTime().asc()
                .listPage(first, max))
                .stream().filter(task -> within(task, from, to)).toList();
    }

    private static boolean within(HistoricTaskInstance task, Instant from, Instant to) {
        Instant start = task.getStartTime().toInstant();
        return !start.isBefore(from) && start.isBefore(to);
    }

    private Set<String> breachedTaskIds(String processKey) {
        Set<String> taskIds = new HashSet<>();
        all((first, max) -> historyService.createHistoricIncidentQuery()
                .processDefinitionKey(processKey)
                .incidentType(SlaBreachListener.INCIDENT_TYPE)
                .orderByCreateTime().asc()
                .listPage(first, max))
                .stream().map(HistoricIncident::getConfiguration).forEach(taskIds::add);
        return taskIds;
    }

    private Map<String, Long> openBreachesPerStep(String processKey) {
        return all((first, max) -> runtimeService.createIncidentQuery()
                .processDefinitionKeyIn(processKey)
                .incidentType(SlaBreachListener.INCIDENT_TYPE)
                .orderByIncidentId().asc()
                .listPage(first, max))
                .stream().collect(Collectors.groupingBy(Incident::getActivityId, Collectors.counting()));
    }

    /** Pages through a query, so a large history never arrives in one result. */
    private static <T> List<T> all(BiFunction<Integer, Integer, List<T>> page) {
        List<T> rows = new ArrayList<>();
        List<T> next;
        do {
            next = page.apply(rows.size(), PAGE);
            rows.addAll(next);
        } while (next.size() == PAGE);
        return rows;
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
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static Double nearestRank(List<Double> sorted, double percentile) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percentile * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
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
