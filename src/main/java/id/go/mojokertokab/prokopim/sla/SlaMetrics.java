package id.go.mojokertokab.prokopim.sla;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Micrometer meters of the SOP time standards, for Prometheus: {@value #BREACHES} counts breaches
 * by process and step as this node records them; {@value #OVERDUE} is the number of tasks past
 * their due date right now, per process, read from the database (so every node reports the
 * whole cluster's figure).
 */
@Component
public class SlaMetrics {

    static final String BREACHES = "prokopim.sla.breaches";
    static final String OVERDUE = "prokopim.sla.tasks.overdue";

    private final MeterRegistry registry;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final IdentityService identityService;

    SlaMetrics(MeterRegistry registry, RepositoryService repositoryService, TaskService taskService,
            IdentityService identityService) {
        this.registry = registry;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /*
     * A scrape arrives over HTTP, and the REST authentication filter has made the scraping user
     * the engine's current user; the figure must not depend on what that user may read.
     */
    private long overdueTasks(String processKey) {
        Authentication scraper = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return taskService.createTaskQuery().processDefinitionKey(processKey)
                    .dueBefore(ClockUtil.getCurrentTime()).count();
        } finally {
            if (scraper != null) {
                identityService.setAuthentication(scraper);
            }
        }
    }

    void breachRecorded(String processKey, String step) {
        Counter.builder(BREACHES)
                .description("SOP steps that passed their time standard")
                .tag("process", processKey)
                .tag("step", step)
                .register(registry)
                .increment();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void watchOverdueTasks() {
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            String key = definition.getKey();
            Gauge.builder(OVERDUE, () -> overdueTasks(key))
                    .description("Open SOP tasks past their due date")
                    .tag("process", key)
                    .register(registry);
        }
    }
}
