package id.go.mojokertokab.prokopim.sopsheet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.go.mojokertokab.prokopim.sopsheet.SwimlaneLayout.Diagram;
import id.go.mojokertokab.prokopim.sopsheet.SwimlaneLayout.Flow;
import id.go.mojokertokab.prokopim.sopsheet.SwimlaneLayout.Kind;
import id.go.mojokertokab.prokopim.sopsheet.SwimlaneLayout.Node;
import id.go.mojokertokab.prokopim.sopsheet.SwimlaneLayout.Timer;

/**
 * Writes a checked SOP plan as the files bpmn/ and forms/ hold, in their conventions, so the
 * result opens in Camunda Modeler untouched and deploys under the office's rules:
 * <ul>
 * <li>definitions exported as Camunda Modeler 5.41.0 for Camunda Platform 7.24.0; one collaboration
 * with one participant named after the unit (title case), whose process has the id
 * {@link SopPlan#processKey()}, the name "SOP " + nama (nama alone when it starts with "SOP"), {@code versionTag} from the nomor,
 * {@code historyTimeToLive} P730D, the first step's group as {@code candidateStarterGroups}, the
 * sheet's header as documentation and {@code namaKasus} from the start form's
 * {@value StepForms#CASE_NAME_KEY};</li>
 * <li>one lane per role in the sheet's order; a lane of one of the office's roles has
 * {@code atasan} = the office roles above it by rank, nearest first, a new role none;</li>
 * <li>one user task per step, "N. kegiatan", in its role's lane, with the mutu baku as
 * documentation, the role's group as {@code candidateGroups} and its Camunda Form by
 * {@code formRef} (binding "deployment");</li>
 * <li>per task a non-interrupting timer "Standar waktu …" with {@code ${slaBreachListener}} on start,
 * ending in "Melewati standar waktu": a duration (PT10M, PT1H, P2D), or for working days the date
 * {@code ${hariKerja.setelah(n)}};</li>
 * <li>a decision step is followed by an exclusive gateway named by its question: "Ya" (its form's
 * boolean) goes on, "Tidak" is the default flow back to a merging gateway ("Langkah N baru atau
 * diulang") before the step it returns to;</li>
 * <li>full BPMN DI from {@link SwimlaneLayout}.</li>
 * </ul>
 * File names: the SOP's name in kebab case + ".bpmn"; forms "&lt;stem&gt;-mulai.form" and
 * "&lt;stem&gt;-langkah-N.form", each form's id equal to its file's stem.
 */
public final class SopWriter {

    static final String START_ID = "StartEvent_Mulai";
    static final String END_ID = "EndEvent_Selesai";

    private final SopPlan plan;
    private final String stem;
    private final StepForms forms;
    private final List<Node> columns = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    private final Map<String, String> conditions = new LinkedHashMap<>();
    private final Map<String, String> flowNames = new LinkedHashMap<>();
    private final Map<String, String> defaults = new LinkedHashMap<>();

    private SopWriter(SopPlan plan) {
        this.plan = plan;
        this.stem = SopNames.kebab(plan.sheet().header().nama());
        this.forms = new StepForms(plan, stem);
    }

    public static GeneratedSop write(SopPlan plan) {
        if (plan.steps().isEmpty()) {
            throw new IllegalArgumentException("A SOP plan without steps cannot be written");
        }
        SopWriter writer = new SopWriter(plan);
        writer.arrange();
        Diagram diagram = SwimlaneLayout.place(plan.roles().size(), writer.columns, writer.flows);
        String xml = new BpmnXml(writer, diagram).toString();
        return new GeneratedSop(plan, writer.stem + ".bpmn", xml, writer.forms.all());
    }

    static String taskId(PlannedStep step) {
        return "UserTask_Langkah" + SopNames.token(step.step().number());
    }

    static String decisionId(PlannedStep step) {
        return "Gateway_KeputusanLangkah" + SopNames.token(step.step().number());
    }

    static String mergeId(PlannedStep step) {
        return "Gateway_UlangLangkah" + SopNames.token(step.step().number());
    }

    private void arrange() {
        List<PlannedStep> steps = plan.steps();
        columns.add(new Node(START_ID, Kind.EVENT, lane(steps.get(0)), true, null));
        String previous = START_ID;
        List<PlannedStep> loops = new ArrayList<>();
        for (PlannedStep step : steps) {
            if (isReturnedTo(step)) {
                columns.add(new Node(mergeId(step), Kind.GATEWAY, lane(step), true, null));
                previous = connect(previous, mergeId(step));
            }
            String sla = "Langkah" + SopNames.token(step.step().number());
            columns.add(new Node(taskId(step), Kind.TASK, lane(step), true,
                    new Timer("BoundaryEvent_Sla" + sla, "EndEvent_Sla" + sla, "Flow_Sla" + sla)));
            previous = connect(previous, taskId(step));
            if (step.decision() != null) {
                columns.add(new Node(decisionId(step), Kind.GATEWAY, lane(step), true, null));
                previous = connect(previous, decisionId(step));
                loops.add(step);
            }
        }
        columns.add(new Node(END_ID, Kind.EVENT, lane(steps.get(steps.size() - 1)), true, null));
        connect(previous, END_ID);
        for (PlannedStep step : loops) {
            String back = "Flow_TidakLangkah" + SopNames.token(step.step().number());
            flows.add(new Flow(back, decisionId(step), mergeId(target(step)), true));
            flowNames.put(back, "Tidak");
            defaults.put(decisionId(step), back);
        }
    }

    /** The flow from one column to the next; the one leaving a decision is its "Ya". */
    private String connect(String source, String target) {
        PlannedStep decided = plan.steps().stream().filter(step -> step.decision() != null && decisionId(step).equals(source))
                .findFirst().orElse(null);
        String id = decided != null ? "Flow_YaLangkah" + SopNames.token(decided.step().number())
                : "Flow_" + shortName(source) + "Ke" + shortName(target);
        flows.add(new Flow(id, source, target, decided != null));
        if (decided != null) {
            flowNames.put(id, "Ya");
            conditions.put(id, "${execution.getVariable('" + StepForms.decisionKey(decided) + "') == true}");
        }
        return target;
    }

    private static String shortName(String id) {
        return id.substring(id.indexOf('_') + 1);
    }

    private boolean isReturnedTo(PlannedStep step) {
        return plan.steps().stream().anyMatch(other -> other.decision() != null && target(other) == step);
    }

    /** The step a decision returns to: this one or an earlier one (SheetCheck allows no jump forward). */
    private PlannedStep target(PlannedStep decided) {
        String number = SopNames.number(decided.decision().backToStep());
        PlannedStep target = plan.steps().stream().filter(step -> SopNames.number(step.step().number()).equals(number))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Step " + decided.step().number()
                        + " goes back to step " + number + ", which the plan does not have"));
        if (plan.steps().indexOf(target) > plan.steps().indexOf(decided)) {
            throw new IllegalArgumentException("Step " + decided.step().number() + " goes back to a later step " + number);
        }
        return target;
    }

    private int lane(PlannedStep step) {
        int lane = plan.roles().indexOf(step.role());
        if (lane < 0) {
            throw new IllegalArgumentException("Step " + step.step().number() + " has a role without a lane: " + step.role());
        }
        return lane;
    }

    /** "PT10M", "PT1H", "P2D": whole days as days, as Modeler users write them. */
    static String isoDuration(Duration duration) {
        if (!duration.isZero() && duration.toSeconds() % 86_400 == 0) {
            return "P" + duration.toDays() + "D";
        }
        return duration.toString();
    }

    SopPlan plan() {
        return plan;
    }

    StepForms forms() {
        return forms;
    }

    List<Node> columns() {
        return columns;
    }

    List<Flow> flows() {
        return flows;
    }

    Map<String, String> conditions() {
        return conditions;
    }

    Map<String, String> flowNames() {
        return flowNames;
    }

    Map<String, String> defaults() {
        return defaults;
    }
}
