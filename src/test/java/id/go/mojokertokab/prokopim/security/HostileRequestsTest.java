package id.go.mojokertokab.prokopim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.http.OfficeHttpTest;
import id.go.mojokertokab.prokopim.http.OfficeApi.Response;
import id.go.mojokertokab.prokopim.http.WebappSession;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * The office's rules tried as a hostile colleague and an anonymous caller would, over real HTTP:
 * every URL spelling Camunda answers (both REST roots, a trailing slash, matrix parameters), both
 * REST trees (Camunda's {@code /engine-rest} with HTTP Basic, the webapps' {@code /camunda/api/engine}
 * as Tasklist calls it, with a session and its CSRF token), each role, every side door and the
 * usual client mistakes. Each case asserts the status, Camunda's error shape (type, message in
 * Indonesian, code; user and missing authorizations for 403) and, read back through the engine,
 * that nothing changed. No case may get a 5xx.
 */
class HostileRequestsTest extends OfficeHttpTest {

    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger REFUSED_AS_EXPECTED = new AtomicInteger();
    private static final List<String> SERVER_ERRORS = new ArrayList<>();


    private final Map<String, WebappSession> sessions = new ConcurrentHashMap<>();

    /** A SOP instance waiting at a step, created for one case. */
    record Subject(String instanceId, String taskId) {
    }

    /** One of the two REST trees, as a given user calls it. */
    interface Tree {
        Response call(String user, String method, String path, Object body);
    }

    @TestFactory
    Stream<DynamicTest> the_step_contract_holds_under_every_url_spelling_and_on_both_trees() {
        List<DynamicTest> cases = new ArrayList<>();
        Map<String, Tree> trees = trees();
        List<Function<String, String>> spellings = List.of(
                action -> "/task/%s/" + action,
                action -> "/task/%s/" + action + "/",
                action -> "/task/%s/" + action + ";x=1",
                action -> "/task/%s;a/" + action,
                action -> "/task/%s/" + action + ";jsessionid=0123456789ABCDEF");
        for (var tree : trees.entrySet()) {
            for (String action : List.of("complete", "submit-form")) {
                for (Function<String, String> spelling : spellings) {
                    String url = spelling.apply(action);
                    String where = tree.getKey() + " " + url.replace("%s", "{id}");
                    cases.add(refusal(where + ": kabag also names the staff of step 2 (not a field of step 1)",
                            () -> at(SopStep.INVENTARIS_1), subject -> tree.getValue().call("kabag", "POST",
                                    url.formatted(subject.taskId()), OfficeApi.variables(Map.of(
                                            "disposisiKabag", "Segera.", "stafPelaksana", "kabag"))), 400, "kabag"));
                    cases.add(refusal(where + ": kabag sends no disposisi (a required field)",
                            () -> at(SopStep.INVENTARIS_1), subject -> tree.getValue().call("kabag", "POST",
                                    url.formatted(subject.taskId()), Map.of()), 400, "kabag"));
                    cases.add(refusal(where + ": staf1 completes the Kabag's task (another lane's: not found)",
                            () -> at(SopStep.INVENTARIS_1), subject -> tree.getValue().call("staf1", "POST",
                                    url.formatted(subject.taskId()), OfficeApi.variables(
                                            SopInputs.completing(SopStep.INVENTARIS_1))), 404, "staf1"));
                    cases.add(refusal(where + ": staf2 completes staf1's claimed step 3",
                            () -> at(SopStep.INVENTARIS_3), subject -> tree.getValue().call("staf2", "POST",
                                    url.formatted(subject.taskId()), OfficeApi.variables(
                                            SopInputs.completing(SopStep.INVENTARIS_3))), 403, "staf2"));
                }
            }
        }
        return cases.stream();
    }

    @TestFactory
    Stream<DynamicTest> side_doors_of_a_task_are_closed_to_every_role() {
        List<DynamicTest> cases = new ArrayList<>();
        Map<String, SopStep> ownStep = Map.of("kabag", SopStep.INVENTARIS_1, "subkoor", SopStep.INVENTARIS_2,
                "staf1", SopStep.INVENTARIS_3);
        for (var tree : Map.of("engine-rest", trees().get("engine-rest"), "webapp", trees().get("webapp")).entrySet()) {
            for (var own : ownStep.entrySet()) {
                String user = own.getKey();
                SopStep step = own.getValue();
                Map<String, Function<Subject, Response>> doors = new LinkedHashMap<>();
                doors.put("bpmnError ends the SOP as if done", s -> tree.getValue().call(user, "POST",
                        "/task/" + s.taskId() + "/bpmnError", Map.of("errorCode", "selesai")));
                doors.put("bpmnEscalation", s -> tree.getValue().call(user, "POST",
                        "/task/" + s.taskId() + "/bpmnEscalation", Map.of("escalationCode", "naik")));
                doors.put("resolve with variables", s -> tree.getValue().call(user, "POST",
                        "/task/" + s.taskId() + "/resolve", OfficeApi.variables(SopInputs.completing(step))));
                doors.put("delegate to a colleague", s -> tree.getValue().call(user, "POST",
                        "/task/" + s.taskId() + "/delegate", Map.of("userId", user)));
                doors.put("make oneself owner", s -> tree.getValue().call(user, "POST",
                        "/task/" + s.taskId() + "/identity-links", Map.of("userId", user, "type", "owner")));
                doors.put("set a task variable outside the form", s -> tree.getValue().call(user, "PUT",
                        "/task/" + s.taskId() + "/variables/disposisiKabag", Map.of("value", "diubah")));
                doors.put("set a local variable", s -> tree.getValue().call(user, "PUT",
                        "/task/" + s.taskId() + "/localVariables/catatan", Map.of("value", "diubah")));
                doors.put("modify variables", s -> tree.getValue().call(user, "POST",
                        "/task/" + s.taskId() + "/variables", Map.of("modifications", Map.of("disposisiKabag", Map.of("value", "x")))));
                doors.put("delete a variable", s -> tree.getValue().call(user, "DELETE",
                        "/task/" + s.taskId() + "/variables/periodeInventarisasi", null));
                doors.put("set the assignee", s -> tree.getValue().call(user, "POST",
                        "/task/" + s.taskId() + "/assignee", Map.of("userId", user)));
                doors.put("claim it for the administrator", s -> tree.getValue().call(user, "POST",
                        "/task/" + s.taskId() + "/claim", Map.of("userId", "admin")));
                doors.put("rename the task", s -> tree.getValue().call(user, "PUT",
                        "/task/" + s.taskId(), Map.of("name", "diubah", "priority", 50)));
                doors.forEach((door, request) -> cases.add(refusal(tree.getKey() + " " + user + ": " + door,
                        () -> at(step), request, 403, user)));
            }
        }
        return cases.stream();
    }

    @TestFactory
    Stream<DynamicTest> a_sop_starts_at_its_start_with_its_start_form_only() {
        List<DynamicTest> cases = new ArrayList<>();
        String inventaris = "/process-definition/key/" + SopStep.Sop.INVENTARISASI.processKey;
        String media = "/process-definition/key/" + SopStep.Sop.MEDIA_SOSIAL.processKey;
        Map<String, Object> period = OfficeApi.variables(SopInputs.starting(SopStep.Sop.INVENTARISASI));
        for (var tree : Map.of("engine-rest", trees().get("engine-rest"), "webapp", trees().get("webapp")).entrySet()) {
            Tree call = tree.getValue();
            String on = tree.getKey() + " ";
            cases.add(startRefusal(on + "kabag starts straight at step 4", () -> call.call("kabag", "POST", inventaris + "/start",
                    Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId",
                            SopStep.INVENTARIS_4.taskId)), "variables", period.get("variables"))), 403, "kabag"));
            cases.add(startRefusal(on + "kabag starts a finished SOP (at its end event)", () -> call.call("kabag", "POST",
                    inventaris + "/start", Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity",
                            "activityId", "EndEvent_Selesai")))), 403, "kabag"));
            cases.add(startRefusal(on + "kabag skips the listeners", () -> call.call("kabag", "POST", inventaris + "/start",
                    Map.of("skipCustomListeners", true, "variables", period.get("variables"))), 400, null));
            cases.add(startRefusal(on + "kabag starts without the period", () -> call.call("kabag", "POST", inventaris + "/start",
                    Map.of()), 400, "kabag"));
            cases.add(startRefusal(on + "kabag starts through the start form without the period", () -> call.call("kabag", "POST",
                    inventaris + "/submit-form", Map.of("variables", Map.of())), 400, "kabag"));
            cases.add(startRefusal(on + "kabag starts with a field of no form", () -> call.call("kabag", "POST",
                    inventaris + "/start", OfficeApi.variables(Map.of("periodeInventarisasi", "Triwulan IV 2026", "prioritas", "tinggi"))),
                    400, "kabag"));
            cases.add(startRefusal(on + "kabag starts with step 3's equipment list", () -> call.call("kabag", "POST",
                    inventaris + "/start", OfficeApi.variables(Map.of("periodeInventarisasi", "Triwulan IV 2026",
                            "peralatan", "bukan daftar"))), 400, "kabag"));
            Map<String, Object> wrongLeader = new HashMap<>(SopInputs.agenda());
            wrongLeader.put("pimpinan", "Presiden");
            cases.add(startRefusal(on + "kabag starts the media SOP for a leader not on the form", () -> call.call("kabag", "POST",
                    media + "/start", OfficeApi.variables(wrongLeader)), 400, "kabag"));
            Map<String, Object> wrongDate = new HashMap<>(SopInputs.agenda());
            wrongDate.put("waktuKegiatan", "besok pagi");
            cases.add(startRefusal(on + "kabag starts the media SOP with a date that is no date", () -> call.call("kabag", "POST",
                    media + "/start", OfficeApi.variables(wrongDate)), 400, "kabag"));
            for (String user : List.of("subkoor", "staf1")) {
                cases.add(startRefusal(on + user + " starts a SOP", () -> call.call(user, "POST", inventaris + "/start", period),
                        403, user));
            }
            cases.add(startRefusal(on + "kabag sends a message that could start a SOP", () -> call.call("kabag", "POST",
                    "/message", Map.of("messageName", "inventarisasi")), 403, "kabag"));
            cases.add(startRefusal(on + "kabag throws a signal", () -> call.call("kabag", "POST",
                    "/signal", Map.of("name", "mulai")), 403, "kabag"));
            cases.add(refusal(on + "kabag restarts a finished SOP at step 4", this::finished, subject -> call.call("kabag", "POST",
                    "/process-definition/" + definitionId(SopStep.Sop.INVENTARISASI) + "/restart", Map.of(
                            "processInstanceIds", List.of(subject.instanceId()),
                            "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", SopStep.INVENTARIS_4.taskId)))),
                    403, "kabag"));
            cases.add(refusal(on + "kabag moves a running SOP to step 4", () -> at(SopStep.INVENTARIS_1), subject -> call.call(
                    "kabag", "POST", "/process-instance/" + subject.instanceId() + "/modification", Map.of("instructions",
                            List.of(Map.of("type", "startBeforeActivity", "activityId", SopStep.INVENTARIS_4.taskId)))), 403, "kabag"));
            cases.add(refusal(on + "kabag suspends a SOP", () -> at(SopStep.INVENTARIS_1), subject -> call.call("kabag", "PUT",
                    "/process-instance/" + subject.instanceId() + "/suspended", Map.of("suspended", true)), 403, "kabag"));
            cases.add(refusal(on + "kabag deletes a SOP", () -> at(SopStep.INVENTARIS_1), subject -> call.call("kabag", "DELETE",
                    "/process-instance/" + subject.instanceId(), null), 403, "kabag"));
            cases.add(refusal(on + "kabag rewrites an instance variable", () -> at(SopStep.INVENTARIS_2), subject -> call.call(
                    "kabag", "PUT", "/process-instance/" + subject.instanceId() + "/variables/disposisiKabag",
                    Map.of("value", "diubah")), 403, "kabag"));
            cases.add(refusal(on + "staf1 rewrites a variable of a SOP it cannot see", () -> at(SopStep.INVENTARIS_1), subject ->
                    call.call("staf1", "PUT", "/execution/" + subject.instanceId() + "/localVariables/catatan",
                            Map.of("value", "x")), 404, "staf1"));
        }
        return cases.stream();
    }

    @TestFactory
    Stream<DynamicTest> a_refused_manual_job_run_costs_the_sla_timer_nothing() {
        List<DynamicTest> cases = new ArrayList<>();
        for (var tree : Map.of("engine-rest", trees().get("engine-rest"), "webapp", trees().get("webapp")).entrySet()) {
            for (var user : Map.of("kabag", 403, "subkoor", 403, "staf1", 404).entrySet()) {
                for (int attempt = 1; attempt <= 2; attempt++) {
                    cases.add(refusal(tree.getKey() + " " + user.getKey() + " runs the SLA timer by hand (" + attempt + ")",
                            () -> at(SopStep.INVENTARIS_3), subject -> tree.getValue().call(user.getKey(), "POST",
                                    "/job/" + timerOf(subject).getId() + "/execute", null), user.getValue(), user.getKey()));
                }
            }
            cases.add(refusal(tree.getKey() + " kabag gives the timer more retries", () -> at(SopStep.INVENTARIS_3), subject ->
                    tree.getValue().call("kabag", "PUT", "/job/" + timerOf(subject).getId() + "/retries", Map.of("retries", 9)),
                    403, "kabag"));
            cases.add(refusal(tree.getKey() + " kabag moves the timer's due date", () -> at(SopStep.INVENTARIS_3), subject ->
                    tree.getValue().call("kabag", "PUT", "/job/" + timerOf(subject).getId() + "/duedate",
                            Map.of("duedate", "2099-01-01T00:00:00.000+0700")), 403, "kabag"));
        }
        return cases.stream();
    }

    @TestFactory
    Stream<DynamicTest> client_mistakes_are_4xx_with_a_clear_message() {
        List<DynamicTest> cases = new ArrayList<>();
        for (var tree : Map.of("engine-rest", trees().get("engine-rest"), "webapp", trees().get("webapp")).entrySet()) {
            Tree call = tree.getValue();
            String on = tree.getKey() + " ";
            for (String action : List.of("complete", "submit-form", "claim", "bpmnError", "resolve")) {
                cases.add(refusal(on + "kabag: " + action + " of a task that does not exist", () -> at(SopStep.INVENTARIS_1),
                        subject -> call.call("kabag", "POST", "/task/tidak-ada/" + action, Map.of("userId", "kabag")), 404, "kabag"));
            }
            cases.add(refusal(on + "a body that is just null", () -> at(SopStep.INVENTARIS_1), subject -> call.call("kabag", "POST",
                    "/task/" + subject.taskId() + "/complete", "null"), 400, "kabag"));
            cases.add(refusal(on + "a body that is no JSON", () -> at(SopStep.INVENTARIS_1), subject -> call.call("kabag", "POST",
                    "/task/" + subject.taskId() + "/complete", "{\"variables\":"), 400, "kabag"));
            cases.add(refusal(on + "variables that are a number", () -> at(SopStep.INVENTARIS_1), subject -> call.call("kabag",
                    "POST", "/task/" + subject.taskId() + "/complete", Map.of("variables", 5)), 400, "kabag"));
            cases.add(refusal(on + "a text declared as a number", () -> at(SopStep.INVENTARIS_1), subject -> call.call("kabag",
                    "POST", "/task/" + subject.taskId() + "/complete", Map.of("variables", Map.of("disposisiKabag",
                            Map.of("value", "Segera", "type", "Integer")))), 400, "kabag"));
            cases.add(refusal(on + "a number where the form has a text", () -> at(SopStep.INVENTARIS_1), subject -> call.call(
                    "kabag", "POST", "/task/" + subject.taskId() + "/complete", OfficeApi.variables(Map.of("disposisiKabag", 42))),
                    400, "kabag"));
            cases.add(refusal(on + "a date where the form has a text", () -> at(SopStep.INVENTARIS_1), subject -> call.call(
                    "kabag", "POST", "/task/" + subject.taskId() + "/complete", Map.of("variables", Map.of("disposisiKabag",
                            Map.of("value", "2026-12-01T09:00:00.000+0700", "type", "Date")))), 400, "kabag"));
            cases.add(refusal(on + "a disposisi of 20,001 characters", () -> at(SopStep.INVENTARIS_1), subject -> call.call(
                    "kabag", "POST", "/task/" + subject.taskId() + "/complete", OfficeApi.variables(Map.of("disposisiKabag",
                            "a".repeat(20_001)))), 400, "kabag"));
            cases.add(refusal(on + "a body of 3 MB", () -> at(SopStep.INVENTARIS_1), subject -> call.call("kabag", "POST",
                    "/task/" + subject.taskId() + "/complete", OfficeApi.variables(Map.of("disposisiKabag",
                            "a".repeat(3_000_000)))), 413, null));
            cases.add(refusal(on + "a staff member outside the offered list", () -> at(SopStep.INVENTARIS_2), subject -> call.call(
                    "subkoor", "POST", "/task/" + subject.taskId() + "/submit-form", OfficeApi.variables(Map.of(
                            "stafPelaksana", "kabag", "disposisiSubkoor", "Cek."))), 400, "subkoor"));
            cases.add(refusal(on + "an equipment row without a count", () -> at(SopStep.INVENTARIS_3), subject -> call.call(
                    "staf1", "POST", "/task/" + subject.taskId() + "/submit-form", OfficeApi.variables(Map.of("peralatanTakTerdaftar",
                            org.camunda.spin.Spin.JSON(List.of(Map.of("nama", "Kamera", "kondisi", "Baik")))))), 400, "staf1"));
            cases.add(refusal(on + "a task completed a second time", this::completedStep1, subject -> call.call("kabag", "POST",
                    "/task/" + subject.taskId() + "/complete", OfficeApi.variables(SopInputs.completing(SopStep.INVENTARIS_1))),
                    409, "kabag"));
            cases.add(refusal(on + "a claim of a task a colleague has claimed", () -> at(SopStep.INVENTARIS_3), subject -> call.call(
                    "staf2", "POST", "/task/" + subject.taskId() + "/claim", Map.of("userId", "staf2")), 409, "staf2"));
            cases.add(refusal(on + "staf2 gives back staf1's task", () -> at(SopStep.INVENTARIS_3), subject -> call.call(
                    "staf2", "POST", "/task/" + subject.taskId() + "/unclaim", null), 403, "staf2"));
            cases.add(refusal(on + "a business key of 300 characters", () -> at(SopStep.INVENTARIS_1), subject -> call.call(
                    "kabag", "POST", "/process-definition/key/" + SopStep.Sop.INVENTARISASI.processKey + "/start",
                    Map.of("businessKey", "x".repeat(300), "variables",
                            OfficeApi.variables(SopInputs.starting(SopStep.Sop.INVENTARISASI)).get("variables"))), 400, "kabag"));
            cases.add(refusal(on + "a SOP that does not exist", () -> at(SopStep.INVENTARIS_1), subject -> call.call("kabag", "POST",
                    "/process-definition/key/tidakAda/start", Map.of()), 404, "kabag"));
            cases.add(refusal(on + "staf1 comments on the Kabag's task", () -> at(SopStep.INVENTARIS_1), subject -> call.call(
                    "staf1", "POST", "/task/" + subject.taskId() + "/comment/create", Map.of("message", "halo")), 404, "staf1"));
            cases.add(refusal(on + "staf1 comments on its task but on another SOP", () -> at(SopStep.INVENTARIS_3), subject ->
                    call.call("staf1", "POST", "/task/" + subject.taskId() + "/comment/create", Map.of("message", "halo",
                            "processInstanceId", "sop-lain")), 400, "staf1"));
            cases.add(refusal(on + "staf2 deletes staf1's comment", this::staffTaskWithAComment, subject -> call.call(
                    "staf2", "DELETE", "/task/" + subject.taskId() + "/comment/" + commentOf(subject), null), 403, "staf2"));
            cases.add(refusal(on + "staf2 deletes every comment of a task", this::staffTaskWithAComment, subject -> call.call(
                    "staf2", "DELETE", "/task/" + subject.taskId() + "/comment", null), 403, "staf2"));
            cases.add(refusal(on + "a required field sent as transient (never stored)", () -> at(SopStep.INVENTARIS_1), subject ->
                    call.call("kabag", "POST", "/task/" + subject.taskId() + "/complete", Map.of("variables", Map.of(
                            "disposisiKabag", Map.of("value", "Segera.", "type", "String", "valueInfo", Map.of("transient", true))))),
                    400, "kabag"));
            cases.add(refusal(on + "a disposisi typed as a Java object", () -> at(SopStep.INVENTARIS_1), subject -> call.call(
                    "kabag", "POST", "/task/" + subject.taskId() + "/complete", Map.of("variables", Map.of("disposisiKabag",
                            Map.of("value", "1", "type", "Object", "valueInfo", Map.of("objectTypeName", "java.lang.Integer",
                                    "serializationDataFormat", "application/json"))))), 400, "kabag"));
            cases.add(refusal(on + "an equipment list that is broken JSON", () -> at(SopStep.INVENTARIS_3), subject -> call.call(
                    "staf1", "POST", "/task/" + subject.taskId() + "/complete", Map.of("variables", Map.of("peralatan",
                            Map.of("value", "[{", "type", "Json")))), 400, "staf1"));
            cases.add(refusal(on + "an equipment list of 300,000 characters", () -> at(SopStep.INVENTARIS_3), subject -> {
                Response response = call.call("staf1", "POST", "/task/" + subject.taskId() + "/complete", Map.of("variables",
                        Map.of("peralatan", Map.of("value", "[" + "{},".repeat(100_000) + "{}]", "type", "Json"))));
                assertThat(response.body().length()).as("a short answer").isLessThan(1_000);
                return response;
            }, 400, "staf1"));
            cases.add(refusal(on + "staf1 gives back the step the Sub Koordinator assigned to it", () -> at(SopStep.INVENTARIS_3),
                    subject -> call.call("staf1", "POST", "/task/" + subject.taskId() + "/unclaim", null), 403, "staf1"));
            cases.add(refusal(on + "staf1 gives it back by claiming for nobody", () -> at(SopStep.INVENTARIS_3),
                    subject -> call.call("staf1", "POST", "/task/" + subject.taskId() + "/claim", Map.of()), 403, "staf1"));
            cases.add(refusal(on + "staf1 reads the activities of a SOP it cannot see", () -> at(SopStep.INVENTARIS_1), subject ->
                    call.call("staf1", "GET", "/process-instance/" + subject.instanceId() + "/activity-instances", null), 404, "staf1"));
            cases.add(refusal(on + "staf1 deletes a SOP it cannot see", () -> at(SopStep.INVENTARIS_1), subject ->
                    call.call("staf1", "DELETE", "/process-instance/" + subject.instanceId(), null), 404, "staf1"));
            cases.add(refusal(on + "admin gives retries to a job that does not exist", () -> at(SopStep.INVENTARIS_1), subject ->
                    call.call("admin", "PUT", "/job/tidak-ada/retries", Map.of("retries", 3)), 404, "admin"));
            cases.add(refusal(on + "kabag rewrites a comment of the SOP itself", () -> at(SopStep.INVENTARIS_1), subject ->
                    call.call("kabag", "PUT", "/process-instance/" + subject.instanceId() + "/comment",
                            Map.of("id", "komentar", "message", "diubah")), 403, "kabag"));
            cases.add(refusal(on + "a comment of 5,001 characters", () -> at(SopStep.INVENTARIS_1), subject -> call.call("kabag",
                    "POST", "/task/" + subject.taskId() + "/comment/create", Map.of("message", "k".repeat(5_001))), 400, "kabag"));
            cases.add(refusal(on + "staf2 deletes its own account", () -> at(SopStep.INVENTARIS_1), subject -> call.call("staf2",
                    "DELETE", "/user/staf2", null), 403, "staf2"));
        }
        Tree rest = trees().get("engine-rest");
        cases.add(refusal("engine-rest admin deploys XML that is no BPMN", () -> at(SopStep.INVENTARIS_1), subject ->
                deploy("rusak.bpmn", "<bpmn:definitions"), 400, "admin"));
        cases.add(refusal("engine-rest admin deploys a model whose form is missing", () -> at(SopStep.INVENTARIS_1), subject ->
                deploy("tanpa-formulir.bpmn", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="uji">
                          <process id="tanpaFormulir" isExecutable="true" camunda:historyTimeToLive="P1D">
                            <startEvent id="mulai"/>
                            <userTask id="langkah" name="1. Langkah" camunda:formRef="tidak-ada" camunda:formRefBinding="deployment"/>
                          </process>
                        </definitions>"""), 400, "admin"));
        for (String user : List.of("staf1", "staf2")) {
            cases.add(refusal("engine-rest " + user + " attaches a file to staf1's step 3", () -> at(SopStep.INVENTARIS_3), subject ->
                    multipart(user, "/engine-rest/task/" + subject.taskId() + "/attachment/create", Map.of(
                            "attachment-name", "bukti", "url", "https://drive.example.go.id/bukti")), 403, user));
        }
        cases.add(refusal("engine-rest anonymous completes a task", () -> at(SopStep.INVENTARIS_1), subject -> rest.call(null,
                "POST", "/task/" + subject.taskId() + "/complete", Map.of()), 401, null));
        cases.add(refusal("webapp anonymous completes a task", () -> at(SopStep.INVENTARIS_1), subject -> new OfficeApi(port)
                .call(null, "POST", "/camunda/api/engine/engine/default/task/" + subject.taskId() + "/complete", Map.of()), 401, null));
        return cases.stream();
    }

    @AfterAll
    static void report() {
        System.out.printf("Hostile HTTP suite: %d cases tried, %d refused as expected, %d server errors%s%n",
                TRIED.get(), REFUSED_AS_EXPECTED.get(), SERVER_ERRORS.size(), SERVER_ERRORS.isEmpty() ? "" : ": " + SERVER_ERRORS);
        assertThat(SERVER_ERRORS).as("requests answered with a server error").isEmpty();
    }

    private DynamicTest refusal(String name, Supplier<Subject> given, Function<Subject, Response> when, int expected, String user) {
        return DynamicTest.dynamicTest(name, () -> {
            Subject subject = given.get();
            String before = stateOf(subject);

            Response response = when.apply(subject);

            TRIED.incrementAndGet();
            if (response.status() >= 500) {
                SERVER_ERRORS.add(name + " -> " + response.status());
            }
            assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(expected);
            if (expected != 401) {
                assertCamundaShape(response, expected, user);
            }
            assertThat(stateOf(subject)).as("nothing changed after: " + name).isEqualTo(before);
            REFUSED_AS_EXPECTED.incrementAndGet();
        });
    }

    private DynamicTest startRefusal(String name, Supplier<Response> when, int expected, String user) {
        return refusal(name, () -> new Subject(null, null), subject -> when.get(), expected, user);
    }

    private static void assertCamundaShape(Response response, int status, String user) {
        JsonNode body = response.json();
        assertThat(body.path("type").asText()).as("type of " + response.body()).isNotBlank();
        assertThat(body.path("code").isInt()).as("code of " + response.body()).isTrue();
        String message = body.path("message").asText();
        assertThat(message).as("message").isNotBlank();
        if (!message.startsWith("ENGINE-13024")) { // Camunda's own, for a flag no form sets
            assertThat(message).as("a message a person can act on, in Indonesian")
                    .doesNotStartWith("ENGINE-").doesNotStartWith("The user").doesNotStartWith("Cannot ")
                    .doesNotStartWith("No matching").doesNotContain("Exception");
        }
        if (status == 403) {
            assertThat(body.path("userId").asText()).isEqualTo(user);
            assertThat(body.path("missingAuthorizations").isArray()).isTrue();
        }
    }

    /** Everything a refusal could have changed, read through the engine (which sees all). */
    private String stateOf(Subject subject) {
        StringBuilder state = new StringBuilder();
        state.append("instances=").append(runtimeService.createProcessInstanceQuery().count());
        state.append(" users=").append(identityService.createUserQuery().list().stream().map(user -> user.getId()).toList());
        state.append(" deployments=").append(repositoryService.createDeploymentQuery().count());
        if (subject.instanceId() == null) {
            return state.toString();
        }
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(subject.instanceId()).singleResult();
        state.append(" instance=").append(instance == null ? "ended" : (instance.isSuspended() ? "suspended" : "active"));
        for (Task task : taskService.createTaskQuery().processInstanceId(subject.instanceId()).orderByTaskId().asc().list()) {
            state.append(" task=").append(List.of(task.getId(), task.getTaskDefinitionKey(), task.getName(), String.valueOf(task.getAssignee()),
                    String.valueOf(task.getOwner()), String.valueOf(task.getDelegationState()), String.valueOf(task.getPriority())));
            state.append(" local=").append(values(taskService.getVariablesLocalTyped(task.getId(), false)));
            state.append(" links=").append(taskService.getIdentityLinksForTask(task.getId()).stream()
                    .map(link -> link.getType() + ":" + link.getUserId() + ":" + link.getGroupId()).sorted().toList());
            state.append(" comments=").append(taskService.getTaskComments(task.getId()).size());
        }
        if (instance != null) {
            state.append(" variables=").append(values(runtimeService.getVariablesTyped(subject.instanceId(), false)));
        }
        for (Job job : managementService.createJobQuery().processInstanceId(subject.instanceId()).orderByJobId().asc().list()) {
            state.append(" job=").append(List.of(job.getId(), job.getRetries(), job.getDuedate()));
        }
        return state.toString();
    }

    private static Map<String, String> values(Map<String, Object> variables) {
        Map<String, String> values = new java.util.TreeMap<>();
        variables.forEach((name, value) -> values.put(name, value instanceof TypedValue typed
                ? typed.getType() + ":" + (typed instanceof org.camunda.bpm.engine.variable.value.SerializableValue serialized
                        ? serialized.getValueSerialized() : typed.getValue())
                : String.valueOf(value)));
        return values;
    }

    private Subject at(SopStep step) {
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(step.sop.processKey)
                .startBeforeActivity(step.taskId).setVariables(SopInputs.before(step)).execute();
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        return new Subject(instance.getId(), taskId);
    }

    private Subject completedStep1() {
        Subject subject = at(SopStep.INVENTARIS_1);
        taskService.complete(subject.taskId(), SopInputs.completing(SopStep.INVENTARIS_1));
        return subject;
    }

    private Subject finished() {
        Subject subject = at(SopStep.INVENTARIS_4);
        taskService.complete(subject.taskId(), SopInputs.completing(SopStep.INVENTARIS_4));
        return subject;
    }

    /** Step 3 of staf1, who left a note on it (staf2, of the same lane, sees the task too). */
    private Subject staffTaskWithAComment() {
        Subject subject = at(SopStep.INVENTARIS_3);
        identityService.setAuthentication("staf1", List.of("staf-dokpim"));
        try {
            taskService.createComment(subject.taskId(), null, "Cek baterai drone.");
        } finally {
            identityService.clearAuthentication();
        }
        return subject;
    }

    private String commentOf(Subject subject) {
        return taskService.getTaskComments(subject.taskId()).get(0).getId();
    }

    private Job timerOf(Subject subject) {
        return managementService.createJobQuery().processInstanceId(subject.instanceId()).timers().singleResult();
    }

    private String definitionId(SopStep.Sop sop) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(sop.processKey).latestVersion()
                .singleResult().getId();
    }

    private Response deploy(String fileName, String content) {
        return multipart("admin", "/engine-rest/deployment/create", Map.of("deployment-name", "uji"), fileName, content);
    }

    private Response multipart(String user, String path, Map<String, String> fields) {
        return multipart(user, path, fields, null, null);
    }

    /** A multipart form as Camunda's deployment and attachment endpoints take it; the file part is optional. */
    private Response multipart(String user, String path, Map<String, String> fields, String fileName, String content) {
        String boundary = "batas" + new Date().getTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        if (fileName != null) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"data\"; filename=\"")
                    .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(content).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return OfficeApi.send(java.net.http.HttpRequest.newBuilder(new OfficeApi(port).uri(path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private Map<String, Tree> trees() {
        OfficeApi api = new OfficeApi(port);
        Map<String, Tree> trees = new LinkedHashMap<>();
        trees.put("engine-rest", (user, method, path, body) -> api.call(user, method, "/engine-rest" + path, body));
        trees.put("engine-rest/engine/default", (user, method, path, body) ->
                api.call(user, method, "/engine-rest/engine/default" + path, body));
        trees.put("webapp", (user, method, path, body) -> sessions
                .computeIfAbsent(user, login -> WebappSession.login(api, login, "tasklist"))
                .engine(api, method, path, body));
        return trees;
    }
}
