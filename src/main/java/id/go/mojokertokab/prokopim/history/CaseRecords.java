package id.go.mojokertokab.prokopim.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.form.FormValues;
import id.go.mojokertokab.prokopim.form.StepForm;
import id.go.mojokertokab.prokopim.sla.SlaBreach;
import id.go.mojokertokab.prokopim.sla.SlaBreachListener;

/**
 * Builds a case's record from the engine's history (level full), read as the caller: the tasks
 * (historic task instances), what each recorded (the variable updates made within the task's
 * activity instance, labelled by the step's deployed form), and the slaBreach incidents, whose
 * configuration is the late task's id ({@link SlaBreachListener}).
 */
@Component
class CaseRecords {

    static final String INVENTORY_PROCESS_KEY = "inventarisasiPeralatanDokumentasi";
    /** More tasks or recorded values than any case of a SOP has; a runaway case is cut, not loaded whole. */
    private static final int MAX_ROWS = 5_000;
    private static final String COMPLETED = "completed";

    private final HistoryService historyService;
    private final IdentityService identityService;
    private final SopModels models;
    private final OfficeTime officeTime;
    private final StepDoerLookup doers;

    CaseRecords(HistoryService historyService, IdentityService identityService, SopModels models, OfficeTime officeTime,
            StepDoerLookup doers) {
        this.historyService = historyService;
        this.doers = doers;
        this.identityService = identityService;
        this.models = models;
        this.officeTime = officeTime;
    }

    Person.Names names() {
        return new Person.Names(identityService);
    }

    CaseSummary summary(HistoricProcessInstance instance, Person.Names names, long breaches) {
        Instant end = instant(instance.getEndTime());
        Duration duration = end == null ? null : Duration.between(instance.getStartTime().toInstant(), end);
        return new CaseSummary(instance.getId(), instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(),
                instance.getBusinessKey(), names.of(instance.getStartUserId()),
                instance.getStartTime().toInstant(), officeTime.format(instance.getStartTime()),
                end, text(instance.getEndTime()), seconds(duration), words(duration),
                stateOf(instance), endedAs(instance), breaches);
    }

    long breachCount(String processInstanceId) {
        return historyService.createHistoricIncidentQuery().processInstanceId(processInstanceId)
                .incidentType(SlaBreachListener.INCIDENT_TYPE).count();
    }

    /** The record of a case the caller may read (checked before). */
    CaseRecord of(String processInstanceId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new NotFoundException("Kasus '" + processInstanceId + "' tidak ditemukan.");
        }
        Person.Names names = names();
        String definitionId = instance.getProcessDefinitionId();
        SopModel model = models.of(definitionId);
        String deploymentId = models.deploymentOf(definitionId);
        List<HistoricIncident> incidents = historyService.createHistoricIncidentQuery()
                .processInstanceId(instance.getId())
                .incidentType(SlaBreachListener.INCIDENT_TYPE)
                .orderByCreateTime().asc()
                .listPage(0, MAX_ROWS);
        Set<String> breachedTaskIds = incidents.stream().map(HistoricIncident::getConfiguration).collect(Collectors.toSet());
        List<HistoricTaskInstance> tasks = new ArrayList<>(historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime().asc()
                .listPage(0, MAX_ROWS));
        tasks.sort(Comparator.comparing(HistoricTaskInstance::getStartTime).thenComparing(HistoricTaskInstance::getId,
                CaseRecords::compareIds));
        List<HistoricVariableUpdate> updates = historyService.createHistoricDetailQuery()
                .processInstanceId(instance.getId())
                .variableUpdates()
                .disableBinaryFetching()
                .orderPartiallyByOccurrence().asc()
                .listPage(0, MAX_ROWS).stream()
                .filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast)
                .filter(update -> update.getErrorMessage() == null)
                .toList();

        Map<String, Integer> rounds = new HashMap<>();
        List<CaseRecord.StepRecord> steps = new ArrayList<>();
        Map<String, String> stepOfTask = new HashMap<>();
        for (HistoricTaskInstance task : tasks) {
            SopModel.Step step = model.step(task.getTaskDefinitionKey(), task.getName());
            stepOfTask.put(task.getId(), step.number());
            int round = rounds.merge(task.getTaskDefinitionKey(), 1, Integer::sum);
            List<HistoricVariableUpdate> own = updates.stream().filter(update -> belongsTo(update, task)).toList();
            StepForm form = models.form(definitionId, deploymentId, task.getTaskDefinitionKey());
            ValueWording wording = new ValueWording(officeTime, key -> options(key, own, updates));
            steps.add(step(task, step, round, breachedTaskIds.contains(task.getId()), names,
                    wording.of(form, lastValues(own))));
        }

        StepForm startForm = models.form(definitionId, deploymentId, instance.getStartActivityId());
        Set<String> taskActivityInstances = tasks.stream().map(HistoricTaskInstance::getActivityInstanceId)
                .collect(Collectors.toSet());
        Date firstStep = tasks.isEmpty() ? null : tasks.get(0).getStartTime();
        List<HistoricVariableUpdate> atStart = updates.stream()
                .filter(update -> update.getTaskId() == null && !taskActivityInstances.contains(update.getActivityInstanceId()))
                .filter(update -> firstStep == null || !update.getTime().after(firstStep))
                .toList();
        List<RecordedValue> request = new ValueWording(officeTime, key -> options(key, atStart, updates))
                .of(startForm, firstValues(atStart));

        List<CaseRecord.Breach> breaches = incidents.stream().map(incident -> new CaseRecord.Breach(
                incident.getConfiguration(), stepOfTask.getOrDefault(incident.getConfiguration(), "-"),
                model.step(incident.getActivityId(), null).activity(),
                instant(incident.getCreateTime()), text(incident.getCreateTime()),
                instant(incident.getEndTime()), text(incident.getEndTime()), incident.getIncidentMessage())).toList();

        CaseRecord.Laporan laporan = INVENTORY_PROCESS_KEY.equals(instance.getProcessDefinitionKey())
                ? new CaseRecord.Laporan("/api/inventaris/laporan/" + instance.getId() + "/pdf",
                        "/api/inventaris/laporan/" + instance.getId() + "/csv")
                : null;
        int revisions = rounds.values().stream().mapToInt(Integer::intValue).max().orElse(1) - 1;
        return new CaseRecord(summary(instance, names, incidents.size()), request, steps, Math.max(revisions, 0), breaches,
                laporan);
    }

    private CaseRecord.StepRecord step(HistoricTaskInstance task, SopModel.Step step, int round, boolean breached,
            Person.Names names, List<RecordedValue> recorded) {
        Instant created = task.getStartTime().toInstant();
        Instant completed = instant(task.getEndTime());
        // an open task's time runs until now: how late it already is shows while the case is running
        Duration duration = Duration.between(created, completed != null ? completed : ClockUtil.getCurrentTime().toInstant());
        Duration standard = step.standard();
        Duration over = standard == null ? null : over(task, created, standard, completed);
        String state = task.getEndTime() == null ? "terbuka" : COMPLETED.equals(task.getDeleteReason()) ? "selesai" : "dibatalkan";
        return new CaseRecord.StepRecord(task.getId(), task.getTaskDefinitionKey(), step.number(), step.activity(),
                step.role(), round, state, names.of(doers.doneBy(task)), created, officeTime.format(task.getStartTime()),
                completed, text(task.getEndTime()), seconds(duration), words(duration),
                standard == null ? null : standard.toString(), seconds(standard), step.standardWording(),
                breached, seconds(over), words(over), recorded);
    }

    /**
     * How far past its due date the task was done (or is, while open): the due date is the one its
     * SLA timer gave it, so "1 hari kerja" skips the weekend; a task without one counts from its
     * creation plus the standard. Null when it was not late.
     */
    private static Duration over(HistoricTaskInstance task, Instant created, Duration standard, Instant completed) {
        Instant due = task.getDueDate() != null ? task.getDueDate().toInstant() : created.plus(standard);
        Duration late = Duration.between(due, completed != null ? completed : ClockUtil.getCurrentTime().toInstant());
        return late.isNegative() || late.isZero() ? null : late;
    }

    /* A value the task's completion (or its listeners) wrote: within the task's activity instance, or on the task. */
    private static boolean belongsTo(HistoricVariableUpdate update, HistoricTaskInstance task) {
        return task.getId().equals(update.getTaskId())
                || (task.getActivityInstanceId() != null && task.getActivityInstanceId().equals(update.getActivityInstanceId()));
    }

    /** Each variable's last value among the updates (in the order they happened). */
    private static Map<String, Object> lastValues(List<HistoricVariableUpdate> updates) {
        Map<String, Object> values = new LinkedHashMap<>();
        updates.forEach(update -> values.put(update.getVariableName(), update.getTypedValue()));
        return values;
    }

    private static Map<String, Object> firstValues(List<HistoricVariableUpdate> updates) {
        Map<String, Object> values = new LinkedHashMap<>();
        updates.forEach(update -> values.putIfAbsent(update.getVariableName(), update.getTypedValue()));
        return values;
    }

    /* The options a valuesKey variable held for this step: its own (task-local) list first, else the case's latest. */
    private static JsonNode options(String key, List<HistoricVariableUpdate> own, List<HistoricVariableUpdate> all) {
        for (List<HistoricVariableUpdate> updates : List.of(own, all)) {
            Object value = lastValues(updates.stream().filter(update -> update.getVariableName().equals(key)).toList()).get(key);
            if (value != null) {
                try {
                    return FormValues.json(value);
                } catch (FormValues.NotFormData notOptions) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String stateOf(HistoricProcessInstance instance) {
        if (instance.getEndTime() == null) {
            return "berjalan";
        }
        return HistoricProcessInstance.STATE_COMPLETED.equals(instance.getState()) ? "selesai" : "dibatalkan";
    }

    /** How the case ended: the name of its end event ("Konten terupload di media sosial"), or why it was cancelled. */
    private String endedAs(HistoricProcessInstance instance) {
        if (instance.getEndTime() == null) {
            return null;
        }
        if (!HistoricProcessInstance.STATE_COMPLETED.equals(instance.getState())) {
            String reason = instance.getDeleteReason();
            return reason == null || reason.isBlank() ? "Dibatalkan" : "Dibatalkan: " + reason;
        }
        return models.of(instance.getProcessDefinitionId()).name(instance.getEndActivityId());
    }

    private String text(Date time) {
        return time == null ? null : officeTime.format(time);
    }

    private static Instant instant(Date time) {
        return time == null ? null : time.toInstant();
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }

    private static String words(Duration duration) {
        return duration == null ? null : SlaBreach.inIndonesian(duration);
    }

    /** Engine ids are numbers from one sequence; compare them as numbers when they are. */
    static int compareIds(String a, String b) {
        if (a.matches("\\d{1,18}") && b.matches("\\d{1,18}")) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    }
}
