package id.go.mojokertokab.prokopim.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * The SLA report's ranks and week edges, counted by the database, against a history of step 1 of
 * the inventory SOP in March 2023 (away from every other test's data); every figure is worked out by
 * hand below. Then who may read it: a history reader gets the same figures as the Kabag, a person who
 * may read a task of the SOP but not its history gets 403 and no figure.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaReportRanksTest {

    static final String KEY = SopStep.Sop.INVENTARISASI.processKey;
    /** Tuesday 7 March 2023, 00:00 WIB. */
    static final Instant TUESDAY = Instant.parse("2023-03-06T17:00:00Z");
    static final Instant WEDNESDAY = TUESDAY.plus(Duration.ofDays(1));
    /** Monday 13 March 2023, 00:00 WIB: week 11 begins. */
    static final Instant MONDAY = Instant.parse("2023-03-12T17:00:00Z");
    private static final String READER = "pembacaRiwayat";
    private static final String TASK_READER = "pembacaTugas";
    private static final String PASSWORD = "Rahasia-Uji-2023!";

    @Autowired
    SlaReport report;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    TestRestTemplate http;

    private final List<String> started = new java.util.ArrayList<>();

    @BeforeAll
    void buildHistory() {
        // Tuesday: ten tasks done in 1..10 minutes (the tenth just at its standard, no breach), one
        // cancelled with its instance after 500 minutes, one still open
        for (int minutes = 1; minutes <= 10; minutes++) {
            Instant start = TUESDAY.plus(Duration.ofHours(minutes));
            complete(startAt(start), start.plus(Duration.ofMinutes(minutes)), false);
        }
        ProcessInstance cancelled = startAt(TUESDAY.plus(Duration.ofHours(12)));
        ClockUtil.setCurrentTime(Date.from(TUESDAY.plus(Duration.ofHours(12)).plus(Duration.ofMinutes(500))));
        runtimeService.deleteProcessInstance(cancelled.getId(), "test");
        startAt(TUESDAY.plus(Duration.ofHours(13)));
        // Wednesday: eleven tasks done in these minutes, not in order; the 11-minute one breached
        int[] durations = {7, 3, 11, 1, 9, 5, 2, 10, 4, 8, 6};
        for (int i = 0; i < durations.length; i++) {
            Instant start = WEDNESDAY.plus(Duration.ofHours(i + 1));
            complete(startAt(start), start.plus(Duration.ofMinutes(durations[i])), durations[i] > 10);
        }
        // the last millisecond of Sunday 12 March WIB (week 10) and the first of Monday (week 11)
        startAt(MONDAY.minusMillis(1));
        startAt(MONDAY);
        // the instances still running are cancelled: the figures stay (cancelled tasks count as open
        // ones do), and the tests sharing this Spring context find no overdue task of ours
        ClockUtil.setCurrentTime(Date.from(MONDAY.plus(Duration.ofHours(1))));
        started.stream().filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .forEach(id -> runtimeService.deleteProcessInstance(id, "test"));
        ClockUtil.reset();
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void an_even_count_has_the_mean_of_the_middle_two_as_median_and_the_ninth_of_ten_as_p90() {
        SlaReport.StepFigures step1 = report.of(KEY, TUESDAY, WEDNESDAY).steps().get(0);

        // twelve tasks, the cancelled and the open one included; durations of the ten done ones only
        assertThat(step1.tasks()).isEqualTo(12);
        assertThat(step1.breaches()).isZero();
        assertThat(step1.compliancePercent()).isEqualTo(100.0);
        assertThat(step1.medianSeconds()).isEqualTo(330.0);
        assertThat(step1.medianText()).isEqualTo("5 menit 30 detik");
        assertThat(step1.p90Seconds()).isEqualTo(540.0);
    }

    @Test
    void an_odd_count_has_the_middle_one_as_median_and_the_tenth_of_eleven_as_p90() {
        SlaReport.StepFigures step1 = report.of(KEY, WEDNESDAY, WEDNESDAY.plus(Duration.ofDays(1))).steps().get(0);

        assertThat(step1.tasks()).isEqualTo(11);
        assertThat(step1.breaches()).isEqualTo(1);
        // 10 of 11: 90.909... %
        assertThat(step1.compliancePercent()).isEqualTo(90.9);
        assertThat(step1.complianceText()).isEqualTo("90,9 %");
        assertThat(step1.medianSeconds()).isEqualTo(360.0);
        assertThat(step1.p90Seconds()).isEqualTo(600.0);
        assertThat(step1.p90Text()).isEqualTo("10 menit");
    }

    @Test
    void a_task_created_at_monday_midnight_wib_counts_in_the_new_week() {
        // up to Tuesday 14 March 00:00 WIB
        List<SlaReport.WeekFigures> weeks = report.of(KEY, TUESDAY, MONDAY.plus(Duration.ofDays(1))).weeks();

        SlaReport.WeekFigures week10 = weeks.get(10);
        SlaReport.WeekFigures week11 = weeks.get(11);
        // week 10, the steps together: step 1 twelve + eleven + Sunday's one; step 2 the 21 tasks the completions made
        assertThat(week10).extracting(SlaReport.WeekFigures::week, SlaReport.WeekFigures::tasks,
                SlaReport.WeekFigures::breaches, SlaReport.WeekFigures::compliancePercent)
                .containsExactly("2023-W10", 45L, 1L, 97.8);
        assertThat(week11).extracting(SlaReport.WeekFigures::week, SlaReport.WeekFigures::firstDay,
                SlaReport.WeekFigures::lastDay, SlaReport.WeekFigures::tasks, SlaReport.WeekFigures::breaches)
                .containsExactly("2023-W11", "13-03-2023", "13-03-2023", 1L, 0L);
        assertThat(weeks.subList(0, 10)).allSatisfy(week -> assertThat(week.tasks()).isZero());
    }

    @Test
    void a_history_reader_gets_the_kabags_figures_and_a_task_reader_without_read_history_gets_403() {
        createUser(READER);
        grant(READER, Resources.PROCESS_DEFINITION, KEY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_HISTORY);
        createUser(TASK_READER);
        // with enableHistoricInstancePermissions the engine would show this person one task of the SOP
        String oneTask = historyService.createHistoricTaskInstanceQuery().processDefinitionKey(KEY)
                .startedAfter(Date.from(WEDNESDAY)).orderByHistoricActivityInstanceStartTime().asc().listPage(0, 1)
                .get(0).getId();
        grant(TASK_READER, Resources.PROCESS_DEFINITION, KEY, ProcessDefinitionPermissions.READ);
        grant(TASK_READER, Resources.HISTORIC_TASK, oneTask, HistoricTaskPermissions.READ);
        String wednesday = "/api/sla/report?process=" + KEY + "&from=2023-03-08&to=2023-03-08";

        ResponseEntity<Map> reader = http.withBasicAuth(READER, PASSWORD).getForEntity(wednesday, Map.class);
        ResponseEntity<Map> kabag = http.withBasicAuth("kabag", "kabag").getForEntity(wednesday, Map.class);
        ResponseEntity<Map> taskReader = http.withBasicAuth(TASK_READER, PASSWORD).getForEntity(wednesday, Map.class);
        ResponseEntity<Map> taskReaderSummary = http.withBasicAuth(TASK_READER, PASSWORD)
                .getForEntity("/api/sla/ringkasan?from=2023-03-08&to=2023-03-08", Map.class);

        assertThat(reader.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reader.getBody()).isEqualTo(kabag.getBody());
        assertThat(((List<Map<String, Object>>) reader.getBody().get("steps")).get(0))
                .containsEntry("tasks", 11).containsEntry("breaches", 1).containsEntry("compliancePercent", 90.9)
                .containsEntry("medianSeconds", 360.0).containsEntry("p90Seconds", 600.0);
        assertThat(taskReader.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskReader.getBody()).doesNotContainKey("steps");
        assertThat(taskReaderSummary.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void createUser(String id) {
        User user = identityService.newUser(id);
        user.setFirstName("Pembaca");
        user.setLastName(id);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
    }

    private void grant(String userId, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizationService.saveAuthorization(grant);
    }

    private ProcessInstance startAt(Instant when) {
        ClockUtil.setCurrentTime(Date.from(when));
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(KEY)
                .startBeforeActivity(SopStep.INVENTARIS_1.taskId).setVariables(SopInputs.before(SopStep.INVENTARIS_1))
                .execute();
        started.add(instance.getId());
        return instance;
    }

    private void complete(ProcessInstance instance, Instant when, boolean breachFirst) {
        if (breachFirst) {
            ClockUtil.setCurrentTime(Date.from(when.minus(Duration.ofMinutes(1))));
            managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                    .timers().singleResult().getId());
        }
        ClockUtil.setCurrentTime(Date.from(when));
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SopStep.INVENTARIS_1.taskId).singleResult().getId();
        taskService.complete(taskId, SopInputs.completing(SopStep.INVENTARIS_1));
    }
}
