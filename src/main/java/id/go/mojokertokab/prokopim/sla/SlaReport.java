package id.go.mojokertokab.prokopim.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * How well each step of a SOP kept its time standard over a period, from the history. It runs
 * with the caller's authorizations, so it counts only what the caller may read.
 *
 * <p>For a step and a period [from, to): {@code tasks} are the step's tasks created in the period;
 * {@code breaches} those of them with an {@value SlaBreachListener#INCIDENT_TYPE} incident;
 * compliance is the share without one. Durations (creation to completion) count the completed
 * tasks only (not open ones, nor ones cancelled with their instance): the median is the middle value (the mean of the two middle ones for an even
 * count), p90 the nearest rank. The Cockpit plugin (sla-monitor.js) computes the same figures.
 */
@Component
public class SlaReport {

    private static final int PAGE = 500;
    /** The delete reason of a task that was done, as opposed to one cancelled with its instance. */
    private static final String COMPLETED = "completed";

    private final RepositoryService repositoryService;
    private final HistoryService historyService;

    SlaReport(RepositoryService repositoryService, HistoryService historyService) {
        this.repositoryService = repositoryService;
        this.historyService = historyService;
    }

    /** @return the report, or null when there is no readable SOP with that key */
    public Report of(String processKey, Instant from, Instant to) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        if (definition == null) {
            return null;
        }
        Set<String> breachedTaskIds = breachedTaskIds(processKey);
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        List<StepFigures> steps = new ArrayList<>();
        for (BoundaryEvent timer : model.getModelElementsByType(BoundaryEvent.class)) {
            if (timer.getAttachedTo() instanceof UserTask && !timer.cancelActivity()) {
                SlaBreach step = SlaBreach.of(timer);
                steps.add(figures(processKey, timer.getAttachedTo().getId(), step, from, to, breachedTaskIds));
            }
        }
        steps.sort(Comparator.comparing(StepFigures::step, SlaReport::compareStepNumbers));
        return new Report(processKey, definition.getName(), from, to, steps);
    }

    private StepFigures figures(String processKey, String activityId, SlaBreach step, Instant from, Instant to,
            Set<String> breachedTaskIds) {
        List<HistoricTaskInstance> tasks = all((first, max) -> historyService.createHistoricTaskInstanceQuery()
                .processDefinitionKey(processKey)
                .taskDefinitionKey(activityId)
                .startedAfter(Date.from(from.minusMillis(1)))
                .startedBefore(Date.from(to))
                .orderByHistoricActivityInstanceStartTime().asc()
                .listPage(first, max));
        tasks = tasks.stream().filter(task -> !task.getStartTime().toInstant().isBefore(from)
                && task.getStartTime().toInstant().isBefore(to)).toList();
        long breaches = tasks.stream().filter(task -> breachedTaskIds.contains(task.getId())).count();
        List<Double> durations = tasks.stream().filter(task -> COMPLETED.equals(task.getDeleteReason()))
                .map(task -> (task.getEndTime().getTime() - task.getStartTime().getTime()) / 1000.0)
                .sorted().toList();
        Double compliance = tasks.isEmpty() ? null
                : Math.round(1000.0 * (tasks.size() - breaches) / tasks.size()) / 10.0;
        return new StepFigures(step.step(), activityId, step.activity(), step.role(), step.standard().toString(),
                step.standard().toSeconds(), tasks.size(), breaches, compliance, median(durations), nearestRank(durations, 0.9));
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

    public record Report(String process, String name, Instant from, Instant to, List<StepFigures> steps) {
    }

    public record StepFigures(String step, String activityId, String activity, String role, String standard,
            long standardSeconds, long tasks, long breaches, Double compliancePercent, Double medianSeconds,
            Double p90Seconds) {
    }
}
