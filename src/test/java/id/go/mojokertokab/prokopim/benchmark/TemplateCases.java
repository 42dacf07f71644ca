package id.go.mojokertokab.prokopim.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * Real cases of both SOPs worked through the running application's REST API by the office's
 * people (kabag, subkoor, staf1 or staf2, HTTP Basic), so that the engine and the project's own
 * listeners write every history row they write in the office. A case's late step is made late the
 * only way a standard is breached: its SLA timer fires (executed at once by the administrator),
 * and sla/SlaBreachListener raises the {@code slaBreach} incident. {@link HistoryGenerator} then
 * copies these cases. Their texts carry {@link #CASE_TOKEN}, which each copy replaces by its number.
 */
final class TemplateCases {

    static final String CASE_TOKEN = "#KASUS#";

    /** One template case: its SOP, the staff member who did the staff steps, the step made late (or none), a revision. */
    record Plan(SopStep.Sop sop, String staff, SopStep late, boolean revision) {

        String describe() {
            return sop.name() + "/" + staff + (late == null ? "" : "/terlambat " + late.number) + (revision ? "/revisi" : "");
        }
    }

    record Template(Plan plan, String processInstanceId) {
    }

    private final OfficeApi api;

    TemplateCases(OfficeApi api) {
        this.api = api;
    }

    /**
     * Every plan the generator draws from: per SOP and staff member, a case on time, a case late at
     * each step, and (media) a case whose content came back once for revision.
     */
    static List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        for (SopStep.Sop sop : SopStep.Sop.values()) {
            for (String staff : List.of("staf1", "staf2")) {
                plans.add(new Plan(sop, staff, null, false));
                for (SopStep step : SopStep.values()) {
                    if (step.sop == sop) {
                        plans.add(new Plan(sop, staff, step, false));
                    }
                }
                if (sop == SopStep.Sop.MEDIA_SOSIAL) {
                    plans.add(new Plan(sop, staff, null, true));
                }
            }
        }
        return plans;
    }

    List<Template> work(List<Plan> plans) {
        List<Template> templates = new ArrayList<>();
        for (Plan plan : plans) {
            templates.add(new Template(plan, work(plan)));
        }
        return templates;
    }

    private String work(Plan plan) {
        Map<String, Object> start = new HashMap<>(SopInputs.starting(plan.sop()));
        if (plan.sop() == SopStep.Sop.INVENTARISASI) {
            start.put("periodeInventarisasi", "Inventarisasi rutin " + CASE_TOKEN);
        } else {
            start.put("kegiatan", "Kegiatan pimpinan " + CASE_TOKEN);
        }
        String instance = api.call("kabag", "POST", "/engine-rest/process-definition/key/" + plan.sop().processKey + "/submit-form",
                OfficeApi.variables(start)).expect(200).json().path("id").asText();
        boolean revisionAsked = false;
        List<SopStep> steps = java.util.Arrays.stream(SopStep.values()).filter(step -> step.sop == plan.sop()).toList();
        for (int i = 0; i < steps.size(); i++) {
            SopStep step = steps.get(i);
            boolean approve = step != SopStep.MEDIA_5A || !plan.revision() || revisionAsked;
            complete(plan, step, instance, approve);
            if (!approve) {
                revisionAsked = true;
                i = steps.indexOf(SopStep.MEDIA_4) - 1; // back to the design
            }
        }
        return instance;
    }

    private void complete(Plan plan, SopStep step, String instance, boolean approve) {
        String user = switch (step.role) {
            case KABAG -> "kabag";
            case SUBKOOR -> "subkoor";
            case STAF -> plan.staff();
        };
        JsonNode task = api.get(user, "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + step.taskId).get(0);
        String taskPath = "/engine-rest/task/" + task.path("id").asText();
        if (task.path("assignee").isNull()) {
            api.call(user, "POST", taskPath + "/claim", Map.of("userId", user)).expect(204);
        }
        if (step == plan.late()) {
            JsonNode timer = api.get("admin", "/engine-rest/job?processInstanceId=" + instance + "&activityId="
                    + step.taskId.replace("UserTask_", "BoundaryEvent_Sla")).get(0);
            api.call("admin", "POST", "/engine-rest/job/" + timer.path("id").asText() + "/execute", null).expect(204);
        }
        Map<String, Object> values = new HashMap<>(SopInputs.completing(step));
        if (values.containsKey("stafPelaksana")) {
            values.put("stafPelaksana", plan.staff());
        }
        switch (step) {
            case INVENTARIS_3 -> {
                JsonNode listed = api.get(user, taskPath + "/form-variables?deserializeValues=false").path("peralatan");
                values.put("peralatan", SopInputs.checkedAsListed(Spin.JSON(listed.path("value").asText("[]"))));
                values.put("peralatanTakTerdaftar", Spin.JSON(List.of()));
            }
            case MEDIA_5A -> {
                values.put("kontenDisetujui", approve);
                if (!approve) {
                    values.put("catatanVerifikasi", "Foto utama kurang jelas; ganti dengan foto peresmian.");
                }
            }
            default -> {
            }
        }
        api.call(user, "POST", taskPath + "/submit-form", OfficeApi.variables(values)).expect(204);
    }
}
