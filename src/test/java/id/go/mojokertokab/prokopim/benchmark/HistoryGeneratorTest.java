package id.go.mojokertokab.prokopim.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.sla.SlaBreachListener;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * The history generator, at a small size: what Camunda's own history queries see after it made 50
 * finished cases on a fresh database (with the demo Buku inventarisasi, as the benchmark's server has).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "prokopim.demo.contoh-inventaris=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryGeneratorTest {

    private static final int CASES = 50;

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    HistoryService historyService;

    HistoryGenerator.Added added;
    List<HistoricProcessInstance> cases;

    @BeforeAll
    void generate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            added = new HistoryGenerator(new OfficeApi(port), 13).add(connection, CASES);
        }
        cases = historyService.createHistoricProcessInstanceQuery().list();
    }

    @Test
    void every_case_is_a_finished_case_of_one_of_the_sops_half_each_and_the_template_cases_are_gone() {
        assertThat(added.cases()).isEqualTo(CASES);
        assertThat(cases).hasSize(CASES).allSatisfy(instance -> {
            assertThat(instance.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
            assertThat(instance.getEndTime()).isAfter(instance.getStartTime());
            assertThat(instance.getStartUserId()).isEqualTo("kabag");
            assertThat(instance.getBusinessKey()).doesNotContain(TemplateCases.CASE_TOKEN);
        });
        for (SopStep.Sop sop : SopStep.Sop.values()) {
            assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(sop.processKey).finished().count())
                    .as(sop.processKey).isEqualTo(CASES / 2);
        }
    }

    @Test
    void every_id_is_new_and_no_case_shares_a_task_or_activity_instance() {
        assertThat(cases.stream().map(HistoricProcessInstance::getId).distinct()).hasSize(CASES);
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery().list();
        assertThat(tasks.stream().map(HistoricTaskInstance::getId).distinct()).hasSameSizeAs(tasks);
        assertThat(tasks.stream().map(HistoricTaskInstance::getExecutionId).distinct()).hasSameSizeAs(tasks);
        long activities = historyService.createHistoricActivityInstanceQuery().count();
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        assertThat(sql.queryForObject("SELECT COUNT(DISTINCT EXECUTION_ID_) FROM ACT_HI_ACTINST", Long.class))
                .as("executions of the activities").isGreaterThan(CASES);
        assertThat(activities).isEqualTo(sql.queryForObject("SELECT COUNT(DISTINCT ID_) FROM ACT_HI_ACTINST", Long.class));
        assertThat(historyService.createHistoricVariableInstanceQuery().list())
                .allSatisfy(variable -> assertThat(cases).extracting(HistoricProcessInstance::getId).contains(variable.getProcessInstanceId()));
    }

    @Test
    void each_sop_has_its_steps_done_by_their_people_within_two_years_in_office_hours() {
        Map<String, List<HistoricTaskInstance>> tasksByCase = historyService.createHistoricTaskInstanceQuery().list().stream()
                .collect(Collectors.groupingBy(HistoricTaskInstance::getProcessInstanceId));
        Set<String> staff = new HashSet<>();
        for (HistoricProcessInstance instance : cases) {
            List<HistoricTaskInstance> tasks = tasksByCase.get(instance.getId());
            boolean inventory = instance.getProcessDefinitionKey().equals(SopStep.Sop.INVENTARISASI.processKey);
            assertThat(tasks.size()).as(instance.getProcessDefinitionKey()).isIn(inventory ? List.of(4) : List.of(7, 10));
            assertThat(tasks).allSatisfy(task -> {
                assertThat(task.getEndTime()).isAfterOrEqualTo(task.getStartTime());
                assertThat(task.getDueDate()).isAfter(task.getStartTime());
                assertThat(task.getDurationInMillis()).isEqualTo(task.getEndTime().getTime() - task.getStartTime().getTime());
                assertThat(task.getAssignee()).isIn("kabag", "subkoor", "staf1", "staf2");
            });
            tasks.stream().filter(task -> task.getAssignee().startsWith("staf")).forEach(task -> staff.add(task.getAssignee()));
            ZonedDateTime start = instance.getStartTime().toInstant().atZone(HistoryGenerator.WIB);
            assertThat(start.toInstant()).isBetween(Instant.now().minus(733, ChronoUnit.DAYS), Instant.now());
            assertThat(start.getHour()).isBetween(7, 14);
            assertThat(start.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        }
        assertThat(staff).containsExactlyInAnyOrder("staf1", "staf2");
    }

    @Test
    void a_late_step_has_its_breach_incident_raised_at_its_standard_and_resolved_by_the_end_of_its_task() {
        Map<String, HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery().list().stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
        List<HistoricIncident> breaches = historyService.createHistoricIncidentQuery().incidentType(SlaBreachListener.INCIDENT_TYPE).list();
        assertThat(breaches).isNotEmpty().allSatisfy(incident -> {
            HistoricTaskInstance late = tasks.get(incident.getConfiguration());
            assertThat(late).as("the late task of incident " + incident.getId()).isNotNull();
            assertThat(incident.getProcessInstanceId()).isEqualTo(late.getProcessInstanceId());
            assertThat(incident.getExecutionId()).isEqualTo(late.getExecutionId());
            assertThat(incident.getCreateTime()).isEqualTo(late.getDueDate());
            assertThat(late.getEndTime()).isAfter(late.getDueDate());
            assertThat(incident.isResolved()).isTrue();
            // resolved by the end of its task (as in its template case: in the inventory's step 4 at once)
            assertThat(incident.getEndTime().getTime()).isBetween(incident.getCreateTime().getTime(), late.getEndTime().getTime() + 1000);
            assertThat(incident.getIncidentMessage()).startsWith("Melewati standar waktu");
        });
        long lateCases = breaches.stream().map(HistoricIncident::getProcessInstanceId).distinct().count();
        assertThat(lateCases).as("cases with a late step, about 30 %").isBetween(5L, 30L);
        assertThat(tasks.values().stream().filter(task -> breaches.stream().noneMatch(b -> b.getConfiguration().equals(task.getId()))))
                .allSatisfy(onTime -> assertThat(onTime.getEndTime()).isBefore(onTime.getDueDate()));
    }
}
