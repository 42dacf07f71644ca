package id.go.mojokertokab.prokopim.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.cases.CaseNamePlugin;
import id.go.mojokertokab.prokopim.identity.PersonNames;
import id.go.mojokertokab.prokopim.notification.TaskNotices.OpenTask;
import id.go.mojokertokab.prokopim.sla.SlaBreached;

/**
 * Who hears of a task, written to the outbox in the engine's transaction:
 * <ul>
 * <li>a new task: its assignee or, for a group task, the members of its candidate groups (the
 * lane's group), except whoever caused it (they are looking at Tasklist already);</li>
 * <li>a missed standard: the same people, and the members of the lane's nearest supervising
 * group ({@code atasan} on the lane in the BPMN), who get an escalation;</li>
 * <li>when {@code prokopim.notifikasi.pengingat-kedua} is on, a second reminder to the same people
 * and a second escalation to the supervisors once the task has been open twice its standard,
 * dropped if it is done by then.</li>
 * </ul>
 * A mistake in composing a notification is logged and never blocks the SOP's work; the database
 * failing to store it fails the transaction, as it would fail the work itself.
 */
@Component
class TaskNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(TaskNotifications.class);

    private final Outbox outbox;
    private final People people;
    private final PersonNames names;
    private final TaskNotices notices;
    private final boolean secondReminder;

    TaskNotifications(Outbox outbox, People people, PersonNames names, TaskNotices notices,
            @Value("${prokopim.notifikasi.pengingat-kedua:true}") boolean secondReminder) {
        this.outbox = outbox;
        this.people = people;
        this.names = names;
        this.notices = notices;
        this.secondReminder = secondReminder;
    }

    void workArrived(DelegateTask task) {
        guarded(task.getId(), () -> tellWorkArrived(task));
    }

    @EventListener
    void breached(SlaBreached breach) {
        guarded(breach.lateTask().getId(), () -> tellBreached(breach));
    }

    private static void guarded(String taskId, Runnable notifying) {
        try {
            notifying.run();
        } catch (DataAccessException database) {
            throw database;
        } catch (RuntimeException mistake) {
            LOG.error("No notification written for task {}", taskId, mistake);
        }
    }

    private void tellWorkArrived(DelegateTask task) {
        List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
        OpenTask open = new OpenTask(task.getId(), task.getProcessInstanceId(), Step.of((Activity) task.getBpmnModelElementInstance()),
                caseName(task), task.getCreateTime().toInstant(), instant(task.getDueDate()), task.getAssignee(), groups);
        Set<String> recipients = holders(open);
        Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (caller != null) {
            recipients.remove(caller.getUserId());
        }
        outbox.write(notices.workArrived(open), recipients);
    }

    private void tellBreached(SlaBreached breach) {
        Task task = breach.lateTask();
        OpenTask open = new OpenTask(task.getId(), task.getProcessInstanceId(), Step.of(breach.timer().getAttachedTo()),
                breach.caseName(), task.getCreateTime().toInstant(), instant(task.getDueDate()), task.getAssignee(),
                people.candidateGroupsOf(task.getId()));
        Set<String> holders = holders(open);
        String holder = holderText(open);
        outbox.write(notices.breached(open, holder), holders);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant twiceTheStandard = now.plus(Duration.between(open.created(), now));
        if (secondReminder) {
            outbox.write(notices.secondReminder(open, holder, twiceTheStandard), holders);
        }
        open.step().nearestSupervisor().ifPresent(group -> {
            List<String> supervisors = people.membersOf(group);
            String groupName = people.groupName(group);
            outbox.write(notices.escalated(open, holder, groupName), supervisors);
            if (secondReminder) {
                outbox.write(notices.secondEscalation(open, holder, groupName, twiceTheStandard), supervisors);
            }
        });
    }

    private Set<String> holders(OpenTask task) {
        if (task.assignee() != null) {
            return new LinkedHashSet<>(List.of(task.assignee()));
        }
        return task.candidateGroups().stream().flatMap(group -> people.membersOf(group).stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** "Dewi Lestari (staf1)", or "belum diambil (kelompok Staf Sub Dokpim)". */
    private String holderText(OpenTask task) {
        if (task.assignee() != null) {
            return names.of(task.assignee());
        }
        return "belum diambil (kelompok " + task.candidateGroups().stream().map(people::groupName)
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String caseName(DelegateTask task) {
        Object named = task.getVariable(CaseNamePlugin.PROPERTY);
        return named != null ? named.toString() : task.getExecution().getProcessBusinessKey();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
