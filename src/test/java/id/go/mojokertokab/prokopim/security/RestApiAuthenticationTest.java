package id.go.mojokertokab.prokopim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The REST API over real HTTP: closed to anonymous callers, and clear about bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestApiAuthenticationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;

    @ParameterizedTest(name = "anonymous {0} {1}")
    @CsvSource({
            "GET, /engine-rest/engine",
            "GET, /engine-rest/version",
            "GET, /engine-rest/user",
            "GET, /engine-rest/user/count",
            "GET, /engine-rest/user/admin/profile",
            "POST, /engine-rest/user/create",
            "DELETE, /engine-rest/user/kabag",
            "GET, /engine-rest/group",
            "POST, /engine-rest/group/create",
            "PUT, /engine-rest/group/staf-dokpim/members/intruder",
            "GET, /engine-rest/authorization",
            "POST, /engine-rest/authorization/create",
            "GET, /engine-rest/task",
            "GET, /engine-rest/task/count",
            "POST, /engine-rest/task/some-task/claim",
            "POST, /engine-rest/task/some-task/complete",
            "GET, /engine-rest/filter",
            "POST, /engine-rest/filter/create",
            "GET, /engine-rest/process-definition",
            "GET, /engine-rest/process-definition/key/inventarisasiPeralatanDokumentasi/xml",
            "POST, /engine-rest/process-definition/key/inventarisasiPeralatanDokumentasi/start",
            "POST, /engine-rest/process-definition/key/penyampaianInformasiMediaSosial/submit-form",
            "GET, /engine-rest/process-instance",
            "DELETE, /engine-rest/process-instance/some-instance",
            "PUT, /engine-rest/process-instance/suspended",
            "GET, /engine-rest/incident",
            "GET, /engine-rest/job",
            "PUT, /engine-rest/job/some-job/retries",
            "GET, /engine-rest/deployment",
            "POST, /engine-rest/deployment/create",
            "DELETE, /engine-rest/deployment/some-deployment",
            "GET, /engine-rest/history/process-instance",
            "GET, /engine-rest/history/task",
            "GET, /engine-rest/history/incident",
            "GET, /engine-rest/history/variable-instance",
            "GET, /engine-rest/variable-instance",
            "POST, /engine-rest/message",
            "POST, /engine-rest/signal",
            "GET, /engine-rest/metrics/activity-instance-start/sum",
            "POST, /engine-rest/external-task/fetchAndLock",
            "GET, /engine-rest/telemetry/data",
            "POST, /engine-rest/batch/some-batch/suspended"})
    void anonymous_callers_are_refused(HttpMethod method, String path) {
        ResponseEntity<String> response = http.exchange(path, method, HttpEntity.EMPTY, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void a_wrong_password_is_refused_and_the_right_one_accepted() {
        // a user of this test only: after a failed login Camunda delays that user's next logins,
        // which would disturb other tests sharing this application
        if (identityService.createUserQuery().userId("penguji").count() == 0) {
            User tester = identityService.newUser("penguji");
            tester.setPassword("benar-sekali-123");
            identityService.saveUser(tester);
        }
        assertThat(http.withBasicAuth("penguji", "salah").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> definitions = http.withBasicAuth("kabag", "kabag")
                .getForEntity("/engine-rest/process-definition", String.class);
        assertThat(definitions.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(definitions.getBody()).contains("inventarisasiPeralatanDokumentasi", "penyampaianInformasiMediaSosial");
    }

    @Test
    void guessing_a_password_slows_the_guesser_and_locks_nobody_out() {
        if (identityService.createUserQuery().userId("penebak").count() == 0) {
            User target = identityService.newUser("penebak");
            target.setPassword("benar-sekali-456");
            identityService.saveUser(target);
        }

        for (int guess = 0; guess < 6; guess++) {
            assertThat(http.withBasicAuth("penebak", "tebakan-" + guess).getForEntity("/engine-rest/task", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        // this client now waits, even with the right password ...
        assertThat(http.withBasicAuth("penebak", "benar-sekali-456").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // ... but the account itself is not locked: elsewhere the right password works
        assertThat(identityService.checkPassword("penebak", "benar-sekali-456")).isTrue();
        assertThat(identityService.createUserQuery().userId("penebak").singleResult()).isNotNull();
    }

    @Test
    void a_guesser_cannot_name_itself_another_client() {
        if (identityService.createUserQuery().userId("penebak2").count() == 0) {
            User target = identityService.newUser("penebak2");
            target.setPassword("benar-sekali-789");
            identityService.saveUser(target);
        }
        for (int guess = 0; guess < 6; guess++) {
            HttpHeaders spoofed = new HttpHeaders();
            spoofed.setBasicAuth("penebak2", "tebakan-" + guess);
            spoofed.set("X-Forwarded-For", "10.9.8." + guess);
            http.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(spoofed), String.class);
        }

        assertThat(http.withBasicAuth("penebak2", "benar-sekali-789").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).as("the same client, whatever it claims to be, still waits").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void api_answers_carry_the_webapps_security_headers() {
        for (String path : List.of("/engine-rest/task", "/actuator/health", "/api/sla/report?process=x")) {
            ResponseEntity<String> response = http.withBasicAuth("kabag", "kabag").getForEntity(path, String.class);
            assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeaders().getFirst("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
        }
    }

    @Test
    void unknown_staff_gets_a_clear_400_and_a_task_completed_twice_a_409() {
        TestRestTemplate kabag = http.withBasicAuth("kabag", "kabag");
        TestRestTemplate subkoor = http.withBasicAuth("subkoor", "subkoor");
        Map<?, ?> instance = kabag.postForObject("/engine-rest/process-definition/key/inventarisasiPeralatanDokumentasi/submit-form",
                Map.of("variables", Map.of("periodeInventarisasi", Map.of("value", "Triwulan IV 2026"))), Map.class);
        String step1 = taskId(kabag, instance);
        assertThat(kabag.postForEntity("/engine-rest/task/" + step1 + "/submit-form",
                Map.of("variables", Map.of("disposisiKabag", Map.of("value", "Segera."))), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String step2 = taskId(subkoor, instance);

        ResponseEntity<String> refused = subkoor.postForEntity("/engine-rest/task/" + step2 + "/submit-form",
                Map.of("variables", Map.of("stafPelaksana", Map.of("value", "nobody"), "disposisiSubkoor", Map.of("value", "x"))),
                String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("«Staf Sub Dokpim yang ditugaskan»: 'nobody' bukan salah satu pilihan");
        assertThat(taskId(subkoor, instance)).isEqualTo(step2);

        Map<String, Object> valid = Map.of("variables",
                Map.of("stafPelaksana", Map.of("value", "staf1"), "disposisiSubkoor", Map.of("value", "Cek semua.")));
        assertThat(subkoor.postForEntity("/engine-rest/task/" + step2 + "/submit-form", valid, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> again = subkoor.postForEntity("/engine-rest/task/" + step2 + "/submit-form", valid, String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("sudah diselesaikan oleh Bambang Setiawan (subkoor)", "tidak ada yang diubah");
    }

    private static String taskId(TestRestTemplate user, Map<?, ?> instance) {
        List<?> tasks = user.getForObject("/engine-rest/task?processInstanceId=" + instance.get("id"), List.class);
        assertThat(tasks).hasSize(1);
        return (String) ((Map<?, ?>) tasks.get(0)).get("id");
    }
}
