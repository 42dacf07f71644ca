package id.go.mojokertokab.prokopim.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Timers fire at their due date instead of at the job executor's next poll. Camunda's job executor
 * polls for due jobs and, idle, waits up to {@code max-wait} (a minute by default) between polls,
 * so a SOP standard missed right after a quiet minute was recorded up to a minute late; polling
 * every half second instead keeps the server busy all day. This plugin leaves Camunda's polling at
 * its defaults, as the safety net, and wakes the job executor at each due date: the ones written
 * by a committed command ({@link TimerWrites}), the next one in the database at startup, and, each
 * time the alarm rings, the next one after it. Acquisition itself is Camunda's: in a cluster each
 * node still takes only jobs that are due and not locked by another node. A timer created on
 * another node wakes this one only when that node is gone and polling finds it.
 */
@Component
@ConditionalOnProperty(name = "prokopim.jobs.wake-at-due-date", havingValue = "true", matchIfMissing = true)
class WakeAtDueDatePlugin extends AbstractProcessEnginePlugin implements DisposableBean {

    private DueDateAlarm alarm;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        alarm = new DueDateAlarm(() -> wake(configuration.getJobExecutor()),
                () -> nextDueDate(configuration));
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired();
        List<CommandInterceptor> extended = new ArrayList<>(interceptors == null ? List.of() : interceptors);
        extended.add(new TimerWrites(alarm));
        configuration.setCustomPostCommandInterceptorsTxRequired(extended);
        List<CommandInterceptor> requiresNew = configuration.getCustomPostCommandInterceptorsTxRequiresNew();
        List<CommandInterceptor> extendedNew = new ArrayList<>(requiresNew == null ? List.of() : requiresNew);
        extendedNew.add(new TimerWrites(alarm));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(extendedNew);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        alarm.setAtNextDueDate();
    }

    DueDateAlarm alarm() {
        return alarm;
    }

    private static void wake(JobExecutor jobExecutor) {
        if (jobExecutor != null && jobExecutor.isActive()) {
            jobExecutor.jobWasAdded();
        }
    }

    /** As the engine (no user): the earliest due date still to come of a job that can run. */
    private static Optional<Instant> nextDueDate(ProcessEngineConfigurationImpl configuration) {
        List<Job> next = configuration.getManagementService().createJobQuery()
                .duedateHigherThan(ClockUtil.getCurrentTime()).active().withRetriesLeft()
                .orderByJobDuedate().asc().listPage(0, 1);
        return next.stream().findFirst().map(job -> job.getDuedate().toInstant());
    }

    @Override
    public void destroy() {
        if (alarm != null) {
            alarm.close();
        }
    }
}
