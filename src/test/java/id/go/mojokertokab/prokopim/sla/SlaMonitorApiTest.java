package id.go.mojokertokab.prokopim.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the Cockpit plugin and Tasklist read over HTTP (SlaMonitorController): one breach in May
 * 2025, the Kabag's step 1 of an inventory claimed by the Kabag and left open; "now" is 1 hour 4
 * minutes 30 seconds past its due time.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaMonitorApiTest {

    private static final String KEY = "inventarisasiPeralatanDokumentasi";
    private static final Instant NOW = Instant.parse("2025-05-05T03:14:30Z");

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    String instanceId;
    String taskId;

    @BeforeAll
    void oneOpenBreach() {
        // 09:00 WIB on Monday 5 May 2025; due at 09:10 WIB
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-05-05T02:00:00Z")));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, Map.of("periodeInventarisasi", "Mei 2025 uji"));
        instanceId = instance.getId();
        taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        taskService.claim(taskId, "kabag");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-05-05T02:10:00Z")));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .timers().singleResult().getId());
    }

    @BeforeEach
    void now() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void kabag_reads_every_sop_and_the_open_breach_as_people_read_them() {
        ResponseEntity<Map> response = http.withBasicAuth("kabag", "kabag").getForEntity("/api/sla/ringkasan", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = response.getBody();
        // the default period: the last 30 days of the office, today (5 May, WIB) included
        assertThat(body).containsEntry("firstDay", "2025-04-06").containsEntry("lastDay", "2025-05-05")
                .containsEntry("periodText", "06-04-2025 s.d. 05-05-2025");
        List<Map<String, Object>> sops = (List<Map<String, Object>>) body.get("sops");
        assertThat(sops).extracting(sop -> sop.get("name")).containsExactly(
                "SOP Inventarisasi Peralatan Dokumentasi", "SOP Penyampaian Informasi Melalui Media Sosial (IG, YouTube dan FB)");
        Map<String, Object> breach = ((List<Map<String, Object>>) body.get("openBreaches")).stream()
                .filter(row -> instanceId.equals(row.get("processInstanceId"))).findFirst().orElseThrow();
        assertThat(breach).containsEntry("caseName", "Mei 2025 uji").containsEntry("step", "1")
                .containsEntry("role", "Kabag Prokopim").containsEntry("standardText", "10 menit")
                .containsEntry("assigneeName", "Sri Wahyuni (kabag)").containsEntry("dueText", "05-05-2025 09:10 WIB")
                .containsEntry("lateness", "1 jam 4 menit").containsEntry("latenessSeconds", 3870)
                .containsEntry("sop", "SOP Inventarisasi Peralatan Dokumentasi");
    }

    @Test
    void one_sop_over_one_day_with_its_figures_worded_and_its_weeks() {
        ResponseEntity<Map> response = http.withBasicAuth("subkoor", "subkoor")
                .getForEntity("/api/sla/ringkasan?process=" + KEY + "&from=2025-05-05&to=2025-05-05", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> sops = (List<Map<String, Object>>) response.getBody().get("sops");
        assertThat(sops).hasSize(1);
        Map<String, Object> step1 = ((List<Map<String, Object>>) sops.get(0).get("steps")).get(0);
        assertThat(step1).containsEntry("step", "1").containsEntry("standardText", "10 menit").containsEntry("tasks", 1)
                .containsEntry("breaches", 1).containsEntry("complianceText", "0,0 %").containsEntry("medianText", "–")
                .containsEntry("openBreaches", 1);
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) sops.get(0).get("weeks");
        assertThat(weeks).hasSize(12);
        assertThat(weeks.get(11)).containsEntry("week", "2025-W19").containsEntry("label", "Mg 19")
                .containsEntry("tasks", 1).containsEntry("breaches", 1).containsEntry("complianceText", "0,0 %");
        assertThat(weeks.get(10)).containsEntry("tasks", 0).containsEntry("compliancePercent", null);
    }

    @Test
    void tasklist_reads_how_late_the_callers_visible_tasks_are() {
        List<Map<String, Object>> late = http.withBasicAuth("kabag", "kabag")
                .getForObject("/api/sla/terlambat?tugas=" + taskId + "&tugas=tidakAda", List.class);

        assertThat(late).hasSize(1);
        assertThat(late.get(0)).containsEntry("taskId", taskId).containsEntry("lateness", "1 jam 4 menit")
                .containsEntry("dueText", "05-05-2025 09:10 WIB");
        // staff may not read the Kabag's task: it is not answered
        assertThat(http.withBasicAuth("staf1", "staf1").getForObject("/api/sla/terlambat?tugas=" + taskId, List.class)).isEmpty();
        assertThat(http.withBasicAuth("staf1", "staf1").getForObject("/api/sla/terlambat", List.class)).isEmpty();
    }

    @Test
    void refusals_are_clear_and_in_camundas_shape() {
        assertThat(http.getForEntity("/api/sla/ringkasan", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/sla/terlambat?tugas=" + taskId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<Map> staff = http.withBasicAuth("staf1", "staf1").getForEntity("/api/sla/ringkasan", Map.class);
        assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(staff.getBody()).containsEntry("type", "AuthorizationException");
        assertThat(staff.getBody().get("message").toString()).contains("tidak berhak membaca riwayat SOP");
        ResponseEntity<Map> staffOneSop = http.withBasicAuth("staf1", "staf1")
                .getForEntity("/api/sla/ringkasan?process=" + KEY, Map.class);
        assertThat(staffOneSop.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> unknown = http.withBasicAuth("admin", "admin").getForEntity("/api/sla/ringkasan?process=tidakAda", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("message").toString()).contains("SOP 'tidakAda' tidak ditemukan");

        ResponseEntity<Map> badDate = http.withBasicAuth("kabag", "kabag").getForEntity("/api/sla/ringkasan?from=kemarin", Map.class);
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDate.getBody()).containsEntry("type", "NotValidException");
        assertThat(badDate.getBody().get("message").toString()).contains("'from'");
        for (String farAway : new String[] {"from=-999999999-01-01T00:00:00Z", "from=0001-01-01", "to=999999999-12-31T23:59:59Z"}) {
            ResponseEntity<Map> far = http.withBasicAuth("kabag", "kabag").getForEntity("/api/sla/ringkasan?" + farAway, Map.class);
            assertThat(far.getStatusCode()).as(farAway).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(far.getBody()).containsEntry("type", "NotValidException");
        }
        assertThat(http.withBasicAuth("kabag", "kabag").getForEntity("/api/sla/ringkasan?from=1970-01-02&to=9999-12-31", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> reversed = http.withBasicAuth("kabag", "kabag")
                .getForEntity("/api/sla/ringkasan?from=2025-05-05&to=2025-05-01", Map.class);
        assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        String tooMany = IntStream.range(0, SlaMonitorController.MAX_TASKS + 1).mapToObj(i -> "tugas=t" + i)
                .collect(Collectors.joining("&"));
        ResponseEntity<Map> many = http.withBasicAuth("kabag", "kabag").getForEntity("/api/sla/terlambat?" + tooMany, Map.class);
        assertThat(many.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(many.getBody().get("message").toString()).contains("Paling banyak 100 tugas");
    }
}
