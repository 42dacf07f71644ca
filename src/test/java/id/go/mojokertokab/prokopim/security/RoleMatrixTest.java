package id.go.mojokertokab.prokopim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * The role model of the README's security section, over real HTTP: every allowed action
 * succeeds; every other is refused and, read back as admin, has changed nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoleMatrixTest {

    private static final String INVENTARIS = "inventarisasiPeralatanDokumentasi";
    private static final String MEDIA = "penyampaianInformasiMediaSosial";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    private String instanceId;
    private String kabagTaskId;

    @BeforeEach
    void anInventoryWaitingForTheKabag() {
        instanceId = start("admin", INVENTARIS).getBody().get("id").toString();
        kabagTaskId = onlyTaskOf(instanceId).get("id").toString();
    }

    @ParameterizedTest(name = "{0} starts {1}: {2}")
    @CsvSource({
            "kabag,   inventarisasiPeralatanDokumentasi, 200",
            "kabag,   penyampaianInformasiMediaSosial,   200",
            "subkoor, inventarisasiPeralatanDokumentasi, 403",
            "subkoor, penyampaianInformasiMediaSosial,   403",
            "staf1,   inventarisasiPeralatanDokumentasi, 403",
            "staf1,   penyampaianInformasiMediaSosial,   403",
            "admin,   penyampaianInformasiMediaSosial,   200"})
    void only_kabag_and_admin_start_the_sops(String user, String processKey, int expected) {
        long before = count("/engine-rest/process-instance/count?processDefinitionKey=" + processKey);

        ResponseEntity<Map> response = start(user, processKey);

        assertThat(response.getStatusCode().value()).isEqualTo(expected);
        assertThat(count("/engine-rest/process-instance/count?processDefinitionKey=" + processKey))
                .isEqualTo(expected == 200 ? before + 1 : before);
    }

    @Test
    void each_role_lists_only_the_tasks_of_its_lane() {
        assertThat(taskIds("kabag")).contains(kabagTaskId);
        assertThat(taskIds("subkoor")).doesNotContain(kabagTaskId);
        assertThat(taskIds("staf1")).doesNotContain(kabagTaskId);
        // a task or instance the user may not read is reported as not found: its existence stays hidden
        assertThat(as("staf1").getForEntity("/engine-rest/task/" + kabagTaskId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @ParameterizedTest(name = "{0} cannot claim or complete the Kabag''s task, and is not told it exists")
    @CsvSource({"subkoor", "staf1"})
    void other_lanes_cannot_claim_or_complete_a_task(String user) {
        assertThat(post(user, "/engine-rest/task/" + kabagTaskId + "/claim", Map.of("userId", user)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(user, "/engine-rest/task/" + kabagTaskId + "/complete", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        Map<?, ?> task = onlyTaskOf(instanceId);
        assertThat(task.get("id")).isEqualTo(kabagTaskId);
        assertThat(task.get("assignee")).isNull();
    }

    @Test
    void own_lane_claims_and_completes() {
        assertThat(post("kabag", "/engine-rest/task/" + kabagTaskId + "/claim", Map.of("userId", "kabag")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("kabag", "/engine-rest/task/" + kabagTaskId + "/submit-form",
                Map.of("variables", Map.of("disposisiKabag", Map.of("value", "Segera.")))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(onlyTaskOf(instanceId).get("taskDefinitionKey")).isEqualTo("UserTask_MenugaskanStaf");
    }

    @Test
    void a_task_claimed_by_one_staff_member_cannot_be_completed_by_another() {
        // given the inventory reached step 3, assigned to staf1
        post("kabag", "/engine-rest/task/" + kabagTaskId + "/submit-form",
                Map.of("variables", Map.of("disposisiKabag", Map.of("value", "Segera."))));
        String step2 = onlyTaskOf(instanceId).get("id").toString();
        post("subkoor", "/engine-rest/task/" + step2 + "/submit-form", Map.of("variables",
                Map.of("stafPelaksana", Map.of("value", "staf1"), "disposisiSubkoor", Map.of("value", "Cek."))));
        Map<?, ?> step3 = onlyTaskOf(instanceId);
        assertThat(step3.get("assignee")).isEqualTo("staf1");

        // when staf2, of the same group, tries to take or finish it
        ResponseEntity<String> completed = post("staf2", "/engine-rest/task/" + step3.get("id") + "/complete", Map.of());
        ResponseEntity<String> claimed = post("staf2", "/engine-rest/task/" + step3.get("id") + "/claim", Map.of("userId", "staf2"));
        ResponseEntity<String> reassigned = post("staf2", "/engine-rest/task/" + step3.get("id") + "/assignee", Map.of("userId", "staf2"));

        // then nothing happens
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(completed.getBody()).contains("sudah diambil oleh Dewi Lestari (staf1)");
        assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(reassigned.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Map<?, ?> after = onlyTaskOf(instanceId);
        assertThat(after.get("id")).isEqualTo(step3.get("id"));
        assertThat(after.get("assignee")).isEqualTo("staf1");
    }

    @Test
    void nobody_claims_a_task_for_someone_of_another_lane() {
        ResponseEntity<String> claimed = post("kabag", "/engine-rest/task/" + kabagTaskId + "/claim", Map.of("userId", "staf1"));

        assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(claimed.getBody()).contains("hanya dapat diambil untuk diri sendiri");
        assertThat(onlyTaskOf(instanceId).get("assignee")).isNull();
        assertThat(as("staf1").getForEntity("/engine-rest/task/" + kabagTaskId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_step_sets_only_its_own_fields() {
        // given staf1 works step 3
        Map<?, ?> step3 = reachStep3AssignedToStaf1();

        // when staf1 completes it naming the Kabag as the one to do step 4, or rewriting the Kabag's disposisi
        ResponseEntity<String> handedOver = post("staf1", "/engine-rest/task/" + step3.get("id") + "/complete", Map.of(
                "variables", Map.of("stafPelaksana", Map.of("value", "kabag"), "peralatanTakTerdaftar", checkedEquipment())));
        ResponseEntity<String> rewritten = post("staf1", "/engine-rest/task/" + step3.get("id") + "/submit-form", Map.of(
                "variables", Map.of("disposisiKabag", Map.of("value", "diubah"), "peralatanTakTerdaftar", checkedEquipment())));

        // then both are refused (a step sets only its own form's fields) and nothing happens
        assertThat(handedOver.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(handedOver.getBody()).contains("'stafPelaksana' bukan kolom formulir langkah ini");
        assertThat(rewritten.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rewritten.getBody()).contains("'disposisiKabag' bukan kolom formulir langkah ini");
        assertThat(as("admin").getForObject("/engine-rest/process-instance/" + instanceId + "/variables/disposisiKabag", Map.class)
                .get("value")).isEqualTo("Segera.");
        assertThat(onlyTaskOf(instanceId).get("id")).isEqualTo(step3.get("id"));
        assertThat(as("admin").getForObject("/engine-rest/process-instance/" + instanceId + "/variables/stafPelaksana", Map.class)
                .get("value")).isEqualTo("staf1");
    }

    @Test
    void a_breach_is_seen_by_the_monitoring_roles_and_resolved_when_staff_completes_the_task() {
        // given step 3 of staf1 passed its standard
        Map<?, ?> step3 = reachStep3AssignedToStaf1();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId).timers()
                .singleResult().getId());

        // then the Kabag and the Sub Koordinator see the incident, staff do not
        for (String user : List.of("kabag", "subkoor", "admin")) {
            assertThat(ids(user, "/engine-rest/incident?processInstanceId=" + instanceId)).as(user).hasSize(1);
        }
        assertThat(ids("staf1", "/engine-rest/incident?processInstanceId=" + instanceId)).isEmpty();

        // when staf1 completes the late task
        assertThat(post("staf1", "/engine-rest/task/" + step3.get("id") + "/complete",
                Map.of("variables", Map.of("peralatanTakTerdaftar", checkedEquipment(),
                        "peralatan", registeredAsListed(step3)))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // then history keeps the breach, resolved
        List<?> history = as("kabag").getForObject("/engine-rest/history/incident?processInstanceId=" + instanceId, List.class);
        assertThat(history).hasSize(1);
        assertThat(((Map<?, ?>) history.get(0)).get("resolved")).isEqualTo(true);
    }

    @Test
    void whoever_claimed_a_group_task_may_give_it_back() {
        assertThat(post("kabag", "/engine-rest/task/" + kabagTaskId + "/claim", Map.of("userId", "kabag")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> unclaimed = post("kabag", "/engine-rest/task/" + kabagTaskId + "/unclaim", null);

        assertThat(unclaimed.getStatusCode()).as(unclaimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(onlyTaskOf(instanceId).get("assignee")).isNull();
    }

    @Test
    void staff_comment_on_the_task_they_work_and_read_the_comment_back() {
        Map<?, ?> step3 = reachStep3AssignedToStaf1();

        ResponseEntity<String> comment = post("staf1", "/engine-rest/task/" + step3.get("id") + "/comment/create",
                Map.of("message", "Baterai drone kedua sedang diisi."));

        assertThat(comment.getStatusCode()).as(comment.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(as("staf1").getForObject("/engine-rest/task/" + step3.get("id") + "/comment", List.class))
                .singleElement().satisfies(stored -> assertThat(((Map<?, ?>) stored).get("message"))
                        .isEqualTo("Baterai drone kedua sedang diisi."));
    }

    @Test
    void an_administrator_may_complete_a_task_someone_claimed() {
        post("kabag", "/engine-rest/task/" + kabagTaskId + "/claim", Map.of("userId", "kabag"));

        assertThat(post("admin", "/engine-rest/task/" + kabagTaskId + "/complete",
                Map.of("variables", Map.of("disposisiKabag", Map.of("value", "Diselesaikan admin.")))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(onlyTaskOf(instanceId).get("taskDefinitionKey")).isEqualTo("UserTask_MenugaskanStaf");
    }

    @ParameterizedTest(name = "{0} reads instances, history and incidents: {1}")
    @CsvSource({"kabag, true", "subkoor, true", "staf1, false", "admin, true"})
    void kabag_and_subkoor_monitor_every_instance_staff_do_not(String user, boolean sees) {
        assertThat(ids(user, "/engine-rest/process-instance?processDefinitionKey=" + INVENTARIS).contains(instanceId)).isEqualTo(sees);
        assertThat(ids(user, "/engine-rest/history/process-instance?processDefinitionKey=" + INVENTARIS).contains(instanceId)).isEqualTo(sees);
        assertThat(as(user).getForEntity("/engine-rest/incident?processInstanceId=" + instanceId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as(user).getForEntity("/engine-rest/process-instance/" + instanceId, String.class).getStatusCode())
                .isEqualTo(sees ? HttpStatus.OK : HttpStatus.NOT_FOUND);
    }

    @ParameterizedTest(name = "{0} changes instances and identities: {1}")
    @CsvSource({"kabag, false", "subkoor, false", "staf1, false", "admin, true"})
    void only_admin_deploys_manages_users_and_modifies_instances(String user, boolean allowed) {
        long deployments = count("/engine-rest/deployment/count");
        long users = count("/engine-rest/user/count");

        HttpStatus expectedRefusal = HttpStatus.FORBIDDEN;
        // staff may not even see the instance: for them it is not found
        HttpStatus instanceRefusal = user.startsWith("staf") ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN;
        assertStatus(deploy(user), allowed ? HttpStatus.OK : expectedRefusal);
        assertStatus(post(user, "/engine-rest/user/create", Map.of(
                "profile", Map.of("id", "baru" + user, "firstName", "Baru", "lastName", "Pengguna"),
                "credentials", Map.of("password", "rahasia-yang-panjang"))), allowed ? HttpStatus.NO_CONTENT : expectedRefusal);
        assertStatus(exchange(user, HttpMethod.PUT, "/engine-rest/process-instance/" + instanceId + "/suspended",
                Map.of("suspended", true)), allowed ? HttpStatus.NO_CONTENT : instanceRefusal);
        assertStatus(exchange(user, HttpMethod.DELETE, "/engine-rest/process-instance/" + instanceId, null),
                allowed ? HttpStatus.NO_CONTENT : instanceRefusal);

        long expectedChange = allowed ? 1 : 0;
        assertThat(count("/engine-rest/deployment/count")).isEqualTo(deployments + expectedChange);
        assertThat(count("/engine-rest/user/count")).isEqualTo(users + expectedChange);
        assertThat(count("/engine-rest/process-instance/count?processInstanceIds=" + instanceId)).isEqualTo(1 - expectedChange);
        if (!allowed) {
            assertThat(as("admin").getForObject("/engine-rest/process-instance/" + instanceId, Map.class).get("suspended")).isEqualTo(false);
        }
    }

    @ParameterizedTest(name = "{0} opens {1}: {2}")
    @CsvSource({
            "kabag, tasklist, 200", "kabag, cockpit, 200", "kabag, admin, 403",
            "subkoor, tasklist, 200", "subkoor, cockpit, 200", "subkoor, admin, 403",
            "staf1, tasklist, 200", "staf1, cockpit, 403", "staf1, admin, 403",
            "admin, tasklist, 200", "admin, cockpit, 200", "admin, admin, 200"})
    void webapps_open_only_for_their_roles(String user, String app, int expected) {
        // as the login page does: fetch the CSRF token first, then post the credentials with it
        ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList();
        String csrfToken = cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length())).findFirst().orElseThrow();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", user);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.put(HttpHeaders.COOKIE, cookies);
        headers.set("X-XSRF-TOKEN", csrfToken);

        ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, headers), String.class);

        assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(expected);
    }

    @Test
    void the_h2_console_is_not_served() {
        assertThat(http.getForEntity("/h2-console", String.class).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(as("admin").getForEntity("/h2-console/", String.class).getStatusCode().is2xxSuccessful()).isFalse();
    }

    private Map<?, ?> reachStep3AssignedToStaf1() {
        post("kabag", "/engine-rest/task/" + kabagTaskId + "/submit-form",
                Map.of("variables", Map.of("disposisiKabag", Map.of("value", "Segera."))));
        post("subkoor", "/engine-rest/task/" + onlyTaskOf(instanceId).get("id") + "/submit-form", Map.of("variables",
                Map.of("stafPelaksana", Map.of("value", "staf1"), "disposisiSubkoor", Map.of("value", "Cek."))));
        Map<?, ?> step3 = onlyTaskOf(instanceId);
        assertThat(step3.get("assignee")).isEqualTo("staf1");
        return step3;
    }

    /** The register's rows step 3 listed (other tests of this context may have registered items), all checked. */
    private Map<String, Object> registeredAsListed(Map<?, ?> step3) {
        SpinJsonNode listed = (SpinJsonNode) taskService.getVariable((String) step3.get("id"), "peralatan");
        return Map.of("type", "Json", "value", SopInputs.checkedAsListed(listed).toString());
    }

    private static Map<String, Object> checkedEquipment() {
        return Map.of("type", "Json", "value", SopInputs.checkedEquipment().toString());
    }

    private ResponseEntity<Map> start(String user, String processKey) {
        SopStep.Sop sop = processKey.equals(INVENTARIS) ? SopStep.Sop.INVENTARISASI : SopStep.Sop.MEDIA_SOSIAL;
        return as(user).postForEntity("/engine-rest/process-definition/key/" + processKey + "/start",
                OfficeApi.variables(SopInputs.starting(sop)), Map.class);
    }

    private ResponseEntity<String> deploy(String user) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "coba-" + user);
        body.add("data", new ByteArrayResource("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="coba">
                  <process id="coba_%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="start"/>
                  </process>
                </definitions>
                """.formatted(user).getBytes()) {
            @Override
            public String getFilename() {
                return "coba.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(user).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
    }

    private Map<?, ?> onlyTaskOf(String processInstanceId) {
        List<?> tasks = as("admin").getForObject("/engine-rest/task?processInstanceId=" + processInstanceId, List.class);
        assertThat(tasks).hasSize(1);
        return (Map<?, ?>) tasks.get(0);
    }

    private List<Object> taskIds(String user) {
        return ids(user, "/engine-rest/task");
    }

    private List<Object> ids(String user, String path) {
        List<?> rows = as(user).getForObject(path, List.class);
        return rows.stream().map(row -> ((Map<?, ?>) row).get("id")).map(Object.class::cast).toList();
    }

    private long count(String path) {
        return ((Number) as("admin").getForObject(path, Map.class).get("count")).longValue();
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return as(user).postForEntity(path, body, String.class);
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
        return as(user).exchange(path, method, body == null ? HttpEntity.EMPTY : new HttpEntity<>(body), String.class);
    }

    private static void assertStatus(ResponseEntity<String> response, HttpStatus expected) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, user);
    }
}
