package id.go.mojokertokab.prokopim.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The report API and the metrics over real HTTP, after one breach in March 2025. */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaReportApiTest {

    private static final String PERIOD = "process=inventarisasiPeralatanDokumentasi&from=2025-03-02T17:00:00Z&to=2025-03-03T17:00:00Z";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @BeforeAll
    void oneBreachedStep() {
        // 01:00 WIB on 3 March, still 2 March in UTC
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-03-02T18:00:00Z")));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("inventarisasiPeralatanDokumentasi",
                Map.of("periodeInventarisasi", "Maret 2025"));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-03-02T18:10:00Z")));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .timers().singleResult().getId());
        // "now", for the overdue gauge, is five minutes past the deadline
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-03-02T18:15:00Z")));
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void kabag_reads_the_report_as_json() {
        ResponseEntity<Map> response = http.withBasicAuth("kabag", "kabag").getForEntity("/api/sla/report?" + PERIOD, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> steps = (List<Map<String, Object>>) response.getBody().get("steps");
        assertThat(steps).hasSize(4);
        assertThat(steps.get(0)).containsEntry("step", "1").containsEntry("role", "Kabag Prokopim")
                .containsEntry("standard", "PT10M").containsEntry("standardSeconds", 600)
                .containsEntry("tasks", 1).containsEntry("breaches", 1).containsEntry("compliancePercent", 0.0)
                .containsEntry("medianSeconds", null);
        assertThat(steps.get(1)).containsEntry("tasks", 0).containsEntry("compliancePercent", null);
    }

    @Test
    void days_are_the_offices_whole_days_in_wib_with_the_last_one_included() {
        // the step started 01:00 WIB on 3 March: a day of the office, not of the server's UTC
        assertThat(tasksOfStep1("from=2025-03-03&to=2025-03-03")).isEqualTo(1);
        assertThat(tasksOfStep1("from=2025-03-02&to=2025-03-02")).isZero();
        assertThat(tasksOfStep1("from=2025-03-04&to=2025-03-05")).isZero();
    }

    private int tasksOfStep1(String period) {
        ResponseEntity<Map> response = http.withBasicAuth("kabag", "kabag")
                .getForEntity("/api/sla/report?process=inventarisasiPeralatanDokumentasi&" + period, Map.class);
        return (Integer) ((List<Map<String, Object>>) response.getBody().get("steps")).get(0).get("tasks");
    }

    @Test
    void the_same_report_as_csv() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "text/csv");
        ResponseEntity<String> response = http.withBasicAuth("subkoor", "subkoor")
                .exchange("/api/sla/report?" + PERIOD, HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(response.getBody().split("\r\n")).containsExactly(
                "sop,langkah,kegiatan,pelaksana,standar,standar_detik,jumlah_tugas,pelanggaran,kepatuhan_persen,median_detik,p90_detik",
                "inventarisasiPeralatanDokumentasi,1,Menugaskan Sub Koordinator Dokpim untuk inventarisasi peralatan dokumentasi,Kabag Prokopim,PT10M,600,1,1,0.0,,",
                "inventarisasiPeralatanDokumentasi,2,Menugaskan staf Sub Dokpim untuk inventarisasi peralatan dokumentasi,Sub Koordinator Dokpim,PT10M,600,0,0,,,",
                "inventarisasiPeralatanDokumentasi,3,\"Melakukan pengecekan peralatan dokumentasi terkait jumlah, kondisi, kesiapan alat (baterai dan memory)\",Staf Sub Dokpim,PT1H,3600,0,0,,,",
                "inventarisasiPeralatanDokumentasi,4,Mencatat dan melaporkan kepada Sub Koordinator,Staf Sub Dokpim,PT30M,1800,0,0,,,");
    }

    @Test
    void refusals_are_clear() {
        assertThat(http.getForEntity("/api/sla/report?" + PERIOD, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<Map> staff = http.withBasicAuth("staf1", "staf1").getForEntity("/api/sla/report?" + PERIOD, Map.class);
        assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(staff.getBody().get("message").toString()).contains("tidak berhak membaca riwayat");
        ResponseEntity<Map> unknown = http.withBasicAuth("admin", "admin").getForEntity("/api/sla/report?process=tidakAda", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> badDate = http.withBasicAuth("kabag", "kabag")
                .getForEntity("/api/sla/report?process=inventarisasiPeralatanDokumentasi&from=kemarin", Map.class);
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDate.getBody().get("message").toString()).contains("'from'");
    }

    @Test
    void metrics_count_the_breach_and_the_overdue_task() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        // the same figures whoever scrapes, even a user who may not read the late task
        for (String user : new String[] {"admin", "kabag", "staf1"}) {
            String metrics = http.withBasicAuth(user, user).getForObject("/actuator/prometheus", String.class);
            assertThat(metrics).as(user).containsPattern(
                    "prokopim_sla_breaches_total\\{process=\"inventarisasiPeralatanDokumentasi\",step=\"1\"} [1-9]");
            assertThat(metrics).as(user).containsPattern(
                    "prokopim_sla_tasks_overdue\\{process=\"inventarisasiPeralatanDokumentasi\"} 1.0");
        }
    }
}
