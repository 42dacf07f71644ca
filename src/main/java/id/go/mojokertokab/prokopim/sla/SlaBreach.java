package id.go.mojokertokab.prokopim.sla;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * A breach of one SOP time standard, described entirely from the BPMN: the SOP is the process
 * name, the step and its words come from the task name ("3. Melakukan ..."), the role is the
 * task's lane and the standard is the duration of the timer attached to the task (or its working
 * days, see {@link HariKerja}), {@code standardWording} the standard as the breach message writes
 * it ("1 jam", "2 hari kerja"). Public because
 * the case record (history/) names each step and its standard the same way.
 */
public record SlaBreach(String processKey, String sop, String step, String activity, String role, Duration standard,
        String standardWording) {

    private static final Pattern NUMBERED_TASK_NAME = Pattern.compile("^(\\S+)\\.\\s+(.+)$", Pattern.DOTALL);

    /**
     * The SLA rule, in one place: a step's standard is a non-interrupting timer with a duration
     * attached to a user task (the SLA report counts these steps; SlaTaskPlugin gives their tasks
     * a due date from the same timers).
     */
    public static boolean isSlaTimer(BoundaryEvent timer) {
        return timer.getEventDefinitions().stream().anyMatch(definition -> definition instanceof TimerEventDefinition timed
                && isSlaTimer(timer.getAttachedTo() instanceof UserTask, timer.cancelActivity(),
                        textOf(timed.getTimeDuration()), textOf(timed.getTimeDate())));
    }

    /**
     * The same rule on a timer's parts, for code that reads the XML itself (SlaTaskPlugin's parse
     * listener): a date counts only as {@code ${hariKerja.setelah(n)}}, so a hand-made reminder at
     * another date (${tanggalAcara}) is neither a standard nor the task's due date.
     */
    public static boolean isSlaTimer(boolean onUserTask, boolean interrupting, String timeDuration, String timeDate) {
        return onUserTask && !interrupting
                && (timeDuration != null || timeDate != null && HariKerja.workingDaysOf(timeDate).isPresent());
    }

    private static String textOf(ModelElementInstance expression) {
        return expression == null ? null : expression.getTextContent();
    }

    /** The standard of a step, if its task has an SLA timer. */
    public static Optional<SlaBreach> ofStep(Activity task) {
        return task.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
                .filter(timer -> timer.getAttachedTo() == task && isSlaTimer(timer))
                .findFirst()
                .map(SlaBreach::of);
    }

    public static SlaBreach of(BoundaryEvent timer) {
        Activity task = timer.getAttachedTo();
        Matcher numbered = NUMBERED_TASK_NAME.matcher(task.getName());
        String step = numbered.matches() ? numbered.group(1) : "-";
        String activity = numbered.matches() ? numbered.group(2) : task.getName();
        Process process = processOf(task);
        Duration standard = durationOf(timer);
        OptionalInt workingDays = workingDaysOf(timer);
        return new SlaBreach(process.getId(), process.getName(), step, activity, laneOf(task), standard,
                workingDays.isPresent() ? workingDays.getAsInt() + " hari kerja" : inIndonesian(standard));
    }

    /**
     * The incident message Cockpit shows, e.g. "Melewati standar waktu 1 jam: langkah 3 ..., Staf
     * Sub Dokpim (SOP ...); perihal Triwulan IV 2026", naming the case when it has a name.
     */
    String message(String caseName) {
        return "Melewati standar waktu %s: langkah %s %s, %s (%s)%s".formatted(standardWording, step, activity,
                role, sop, caseName == null || caseName.isBlank() ? "" : "; perihal " + caseName);
    }

    /**
     * The one Indonesian wording of a duration, the way the SOP sheets write their standards, used
     * for every standard, duration and lateness people read (Cockpit, reports, records, messages):
     * whole days as days, then hours and minutes, each only when not zero: "1 hari", "1 hari 2 jam",
     * "2 jam 5 menit", "10 menit". Seconds appear only under a minute ("45 detik") or as a
     * remainder ("1 menit 30 detik"); fractions of a second are dropped, and nothing at all is
     * "0 menit".
     *
     * @throws IllegalArgumentException for a negative duration
     */
    public static String inIndonesian(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A negative duration has no wording: " + duration);
        }
        List<String> parts = new ArrayList<>();
        addPart(parts, duration.toDays(), "hari");
        addPart(parts, duration.toHoursPart(), "jam");
        addPart(parts, duration.toMinutesPart(), "menit");
        addPart(parts, duration.toSecondsPart(), "detik");
        return parts.isEmpty() ? "0 menit" : String.join(" ", parts);
    }

    /**
     * How late a task is, to the minute ("1 jam 4 menit"); in its first minute, to the second
     * ("45 detik"). Less than a second late, or not late at all, is "0 detik".
     */
    public static String lateness(Duration late) {
        if (late.compareTo(Duration.ofSeconds(1)) < 0) {
            return "0 detik";
        }
        return inIndonesian(late.compareTo(Duration.ofMinutes(1)) < 0
                ? late.truncatedTo(ChronoUnit.SECONDS) : late.truncatedTo(ChronoUnit.MINUTES));
    }

    private static void addPart(List<String> parts, long amount, String unit) {
        if (amount > 0) {
            parts.add(amount + " " + unit);
        }
    }

    private static Duration durationOf(BoundaryEvent timer) {
        return timer.getEventDefinitions().stream()
                .filter(TimerEventDefinition.class::isInstance)
                .map(definition -> standardOf((TimerEventDefinition) definition))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "SLA boundary event " + timer.getId() + " has no timer with a timeDuration or working days"));
    }

    private static OptionalInt workingDaysOf(BoundaryEvent timer) {
        return timer.getEventDefinitions().stream()
                .filter(definition -> definition instanceof TimerEventDefinition timed && timed.getTimeDate() != null)
                .mapToInt(definition -> HariKerja.workingDaysOf(((TimerEventDefinition) definition).getTimeDate().getTextContent()).orElse(-1))
                .filter(days -> days >= 0)
                .findFirst();
    }

    /**
     * A timer's standard: its duration, or for {@code ${hariKerja.setelah(n)}} n days (the figures
     * count a working-day standard as that many days; its due date skips the weekend).
     */
    private static Optional<Duration> standardOf(TimerEventDefinition timer) {
        if (timer.getTimeDuration() != null) {
            return Optional.of(Duration.parse(timer.getTimeDuration().getTextContent().trim()));
        }
        if (timer.getTimeDate() != null) {
            OptionalInt days = HariKerja.workingDaysOf(timer.getTimeDate().getTextContent());
            return days.isPresent() ? Optional.of(Duration.ofDays(days.getAsInt())) : Optional.empty();
        }
        return Optional.empty();
    }

    private static String laneOf(Activity task) {
        return task.getModelInstance().getModelElementsByType(Lane.class).stream()
                .filter(lane -> lane.getFlowNodeRefs().contains(task))
                .map(Lane::getName)
                .findFirst()
                .orElse("-");
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        while (!(parent instanceof Process process)) {
            parent = parent.getParentElement();
        }
        return process;
    }
}
