package id.go.mojokertokab.prokopim.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopProcessTest;
import id.go.mojokertokab.prokopim.sop.SopStep;

/** The process history is removed after its time to live, at night in WIB; the office's records stay. */
class HistoryRetentionTest extends SopProcessTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RetentionOfEarlierVersions retentionOfEarlierVersions;

    @Test
    void both_sops_keep_their_history_for_two_years() {
        for (SopStep.Sop sop : SopStep.Sop.values()) {
            assertThat(definition(sop).getHistoryTimeToLive()).as(sop.processKey).isEqualTo(730);
        }
    }

    @Test
    void cleanup_runs_from_19_00_to_05_00_wib_whatever_the_servers_zone() {
        assertThat(LocalTime.ofInstant(configuration.getHistoryCleanupBatchWindowStartTimeAsDate().toInstant(), WIB))
                .isEqualTo(LocalTime.of(19, 0));
        assertThat(LocalTime.ofInstant(configuration.getHistoryCleanupBatchWindowEndTimeAsDate().toInstant(), WIB))
                .isEqualTo(LocalTime.of(5, 0));
        List<Job> cleanupJobs = historyService.findHistoryCleanupJobs();
        assertThat(cleanupJobs).isNotEmpty();
        LocalTime due = LocalTime.ofInstant(cleanupJobs.get(0).getDuedate().toInstant(), WIB);
        assertThat(due.isAfter(LocalTime.of(18, 59)) || due.isBefore(LocalTime.of(5, 0)))
                .as("cleanup due at %s WIB", due).isTrue();
    }

    @Test
    void a_case_finished_over_two_years_ago_leaves_the_history_but_its_publication_stays_in_the_rekap() {
        ProcessInstance instance = start(SopStep.Sop.MEDIA_SOSIAL);
        for (SopStep step : new SopStep[] {SopStep.MEDIA_1, SopStep.MEDIA_2, SopStep.MEDIA_3, SopStep.MEDIA_4,
                SopStep.MEDIA_5, SopStep.MEDIA_5A, SopStep.MEDIA_6}) {
            complete(task(instance), SopInputs.completing(step));
        }
        assertThat(publicationsOf(instance)).isEqualTo(1);

        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(729).toMillis()));
        cleanUpNow();
        assertThat(historyOf(instance)).as("history kept within its 730 days").isEqualTo(1);

        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(731).toMillis()));
        cleanUpNow();
        assertThat(historyOf(instance)).as("history removed after its 730 days").isZero();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(publicationsOf(instance)).as("the rekap publikasi is the office's record").isEqualTo(1);
    }

    @Test
    void cases_of_an_earlier_version_are_kept_as_long_as_the_latest_version_says() {
        Deployment oneYear = deployRetention("P365D");
        ProcessInstance earlier = runtimeService.startProcessInstanceByKey("retensiUji");
        Date ended = historyService.createHistoricProcessInstanceQuery().processInstanceId(earlier.getId()).singleResult()
                .getEndTime();
        Deployment twoYears = deployRetention("P730D");
        try {
            retentionOfEarlierVersions.alignWithLatestVersions();
            runBatches();

            assertThat(repositoryService.getProcessDefinition(earlierDefinition(earlier)).getHistoryTimeToLive()).isEqualTo(730);
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(earlier.getId()).singleResult()
                    .getRemovalTime()).isEqualTo(new Date(ended.getTime() + Duration.ofDays(730).toMillis()));
        } finally {
            repositoryService.deleteDeployment(twoYears.getId(), true);
            repositoryService.deleteDeployment(oneYear.getId(), true);
        }
    }

    private Deployment deployRetention(String timeToLive) {
        return repositoryService.createDeployment().name("retensi " + timeToLive)
                .addModelInstance("retensi.bpmn", Bpmn.createExecutableProcess("retensiUji").camundaHistoryTimeToLive(
                        (int) Duration.parse(timeToLive).toDays()).startEvent().endEvent().done())
                .deploy();
    }

    private String earlierDefinition(ProcessInstance instance) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
    }

    /** Camunda's batches run as jobs: the seed job, the batch jobs it creates, the monitor job. */
    private void runBatches() {
        for (int round = 0; round < 10; round++) {
            List<Job> batchJobs = managementService.createJobQuery().list().stream()
                    .filter(job -> managementService.createBatchQuery().list().stream().anyMatch(batch ->
                            Arrays.asList(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                                    batch.getMonitorJobDefinitionId()).contains(job.getJobDefinitionId())))
                    .toList();
            if (batchJobs.isEmpty()) {
                return;
            }
            batchJobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    private void cleanUpNow() {
        Job cleanup = historyService.cleanUpHistoryAsync(true);
        managementService.executeJob(cleanup.getId());
    }

    private long historyOf(ProcessInstance instance) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count();
    }

    private long publicationsOf(ProcessInstance instance) {
        return jdbc.sql("SELECT COUNT(*) FROM pub_publikasi WHERE process_instance_id = ?")
                .param(instance.getId()).query(Long.class).single();
    }
}
