package id.go.mojokertokab.prokopim.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.identity.PersonNames;

/**
 * The breaches still open: each open {@value SlaBreachListener#INCIDENT_TYPE} incident the caller
 * may read (the engine checks the incident; the caller also has to be a history reader of its
 * SOP), as people read it: the case's name, the SOP step and its role, the person who has the
 * task, its due time in the office's time and how late it is now. The most late first.
 */
@Component
public class OpenBreaches {

    /** More open breaches than anyone reads on one page. */
    private static final int MAX = 500;

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final PersonNames personNames;
    private final OfficeTime officeTime;

    OpenBreaches(RuntimeService runtimeService, HistoryService historyService, RepositoryService repositoryService,
            PersonNames personNames, OfficeTime officeTime) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.personNames = personNames;
        this.officeTime = officeTime;
    }

    /**
     * @param processKeys the SOPs to list, all when empty
     * @param mayRead     whether the caller may read a SOP's history, by its key
     */
    public List<OpenBreach> of(List<String> processKeys, Predicate<String> mayRead) {
        var query = runtimeService.createIncidentQuery().incidentType(SlaBreachListener.INCIDENT_TYPE);
        if (!processKeys.isEmpty()) {
            query.processDefinitionKeyIn(processKeys.toArray(String[]::new));
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Map<String, Sop> sops = new HashMap<>();
        Function<String, String> names = personNames.cache();
        return query.orderByIncidentTimestamp().asc().listPage(0, MAX).stream()
                .map(incident -> {
                    Sop sop = sops.computeIfAbsent(incident.getProcessDefinitionId(), this::sopOf);
                    return sop != null && mayRead.test(sop.key()) ? breach(incident, sop, names, now) : null;
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(OpenBreach::latenessSeconds).reversed())
                .toList();
    }

    private OpenBreach breach(Incident incident, Sop sop, Function<String, String> names, Instant now) {
        SlaBreach step = sop.steps().get(incident.getActivityId());
        HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery()
                .taskId(incident.getConfiguration()).singleResult();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(incident.getProcessInstanceId()).singleResult();
        // the due date is when the timer fired; a task without one is late since its breach
        Instant due = (task != null && task.getDueDate() != null ? task.getDueDate() : incident.getIncidentTimestamp())
                .toInstant();
        Duration late = Duration.between(due, now);
        return new OpenBreach(incident.getId(), incident.getProcessInstanceId(), sop.key(), sop.name(),
                instance == null ? null : instance.getBusinessKey(),
                step == null ? "-" : step.step(), incident.getActivityId(),
                step == null ? incident.getActivityId() : step.activity(), step == null ? "-" : step.role(),
                step == null ? null : step.standardWording(),
                task == null ? null : task.getAssignee(), task == null ? null : names.apply(task.getAssignee()),
                due, officeTime.format(Date.from(due)), Math.max(0, late.toSeconds()), SlaBreach.lateness(late));
    }

    /** The SOP of a definition and its SLA steps by activity id; null when the caller may not read it. */
    private Sop sopOf(String processDefinitionId) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(processDefinitionId).singleResult();
        if (definition == null) {
            return null;
        }
        Map<String, SlaBreach> steps = new HashMap<>();
        SlaReport.stepsOf(repositoryService.getBpmnModelInstance(processDefinitionId))
                .forEach(step -> steps.put(step.activityId(), step.breach()));
        return new Sop(definition.getKey(), definition.getName(), steps);
    }

    private record Sop(String key, String name, Map<String, SlaBreach> steps) {
    }

    /**
     * One open breach. {@code caseName} is the case's business key; {@code assigneeName} "Dewi
     * Lestari (staf1)", null while nobody has claimed the task; {@code dueText} "01-12-2026 09:30 WIB";
     * {@code lateness} "1 jam 4 menit".
     */
    public record OpenBreach(String incidentId, String processInstanceId, String process, String sop, String caseName,
            String step, String activityId, String activity, String role, String standardText, String assignee,
            String assigneeName, Instant due, String dueText, long latenessSeconds, String lateness) {
    }
}
