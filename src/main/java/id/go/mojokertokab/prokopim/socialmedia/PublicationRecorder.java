package id.go.mojokertokab.prokopim.socialmedia;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.form.SubmissionRefused;
import id.go.mojokertokab.prokopim.history.StepDoers;
import id.go.mojokertokab.prokopim.sla.SlaBreachListener;

/**
 * Writes the Rekap publikasi entry when a media-sosial instance reaches
 * EndEvent_KontenTerupload (its execution listener, {@code ${publicationRecorder}}), in the same
 * transaction as step 6's completion: the entry exists exactly when the instance ended there.
 * The agenda item, title and links come from the instance's variables; the designer, verifier,
 * revisions, start and breaches from its history. A link that is not a link of its channel
 * refuses step 6's completion (400) and nothing is written.
 *
 * <p>History is read without the caller's authorizations: the staff member who completes step 6
 * may not read the SOP's history, yet the entry must be whole.
 */
@Component
class PublicationRecorder implements ExecutionListener {

    static final String DESIGN_TASK = "UserTask_MendesainKonten";
    static final String VERIFY_TASK = "UserTask_VerifikasiKonten";
    static final String APPROVED = "kontenDisetujui";

    private final PublicationLog log;

    PublicationRecorder(PublicationLog log) {
        this.log = log;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Map<Channel, String> links = checkedLinks(execution);
        Publication publication = Context.getCommandContext().runWithoutAuthorization(() -> publication(execution, links));
        log.record(publication);
    }

    /** The link of every chosen channel, each one checked: all problems named at once. */
    private static Map<Channel, String> checkedLinks(DelegateExecution execution) {
        Map<Channel, String> links = new EnumMap<>(Channel.class);
        List<String> problems = new ArrayList<>();
        for (String chosen : chosenChannels(execution.getVariable("kanalMedia"))) {
            Channel.of(chosen).ifPresentOrElse(channel -> {
                Object link = execution.getVariable(channel.linkVariable());
                String text = link == null ? null : link.toString().trim();
                ChannelLink.problem(channel, text).ifPresentOrElse(problems::add, () -> links.put(channel, text));
            }, () -> problems.add("Kanal '" + chosen + "' tidak dikenal (hanya instagram, youtube, facebook)"));
        }
        if (links.isEmpty() && problems.isEmpty()) {
            problems.add("Belum ada kanal media sosial yang dipilih pada langkah 3");
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRefused(problems);
        }
        return links;
    }

    private static List<String> chosenChannels(Object kanalMedia) {
        List<String> chosen = new ArrayList<>();
        if (kanalMedia instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(element -> chosen.add(element.isString() ? element.stringValue() : element.toString()));
        } else if (kanalMedia instanceof Collection<?> list) {
            list.forEach(element -> chosen.add(String.valueOf(element)));
        }
        return chosen;
    }

    private static Publication publication(DelegateExecution execution, Map<Channel, String> links) {
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        String instanceId = execution.getProcessInstanceId();
        Instant started = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getStartTime().toInstant();
        Instant uploaded = ClockUtil.getCurrentTime().toInstant();
        int standard = (int) SopStandard.of(execution.getBpmnModelInstance()).toMinutes();
        Object caseName = execution.getVariable("namaKasus");
        return new Publication(instanceId, caseName != null ? caseName.toString() : execution.getProcessBusinessKey(),
                text(execution, "kegiatan"), text(execution, "pimpinan"), dateTime(execution.getVariable("waktuKegiatan")),
                text(execution, "lokasi"), text(execution, "judulKonten"), links, lastDoneBy(history, instanceId, DESIGN_TASK),
                lastDoneBy(history, instanceId, VERIFY_TASK), rejections(history, instanceId), started, uploaded,
                Publication.minutes(Duration.between(started, uploaded)), standard,
                (int) history.createHistoricIncidentQuery().processInstanceId(instanceId)
                        .incidentType(SlaBreachListener.INCIDENT_TYPE).count());
    }

    /** Who did the last round of a step: its assignee, or who completed it unclaimed (the operation log). */
    private static String lastDoneBy(HistoryService history, String instanceId, String taskKey) {
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().processInstanceId(instanceId)
                .taskDefinitionKey(taskKey).finished().orderByHistoricTaskInstanceEndTime().desc().list();
        if (done.isEmpty()) {
            return null;
        }
        return StepDoers.doneBy(history, done.get(0));
    }

    /** How many times verification sent the content back: each {@code kontenDisetujui = false} recorded. */
    private static int rejections(HistoryService history, String instanceId) {
        return (int) history.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates().list().stream()
                .filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast)
                .filter(update -> APPROVED.equals(update.getVariableName()) && Boolean.FALSE.equals(update.getValue()))
                .count();
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? "" : value.toString();
    }

    private static OffsetDateTime dateTime(Object value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value.toString());
        } catch (DateTimeParseException notADateTime) {
            return null;
        }
    }
}
