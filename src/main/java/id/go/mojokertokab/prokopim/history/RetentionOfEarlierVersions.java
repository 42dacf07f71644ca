package id.go.mojokertokab.prokopim.history;

import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A SOP keeps its history as long as its latest version says, whichever version a case ran on.
 * Camunda fixes a case's removal time from its own version's {@code historyTimeToLive} when the
 * case ends, so a longer retention deployed later (P365D to P730D) would not reach the cases that
 * already ended, and the nightly cleanup would remove them a year early. At startup, every earlier
 * version whose time to live differs gets the latest one's, and the removal times of its cases are
 * computed again by a Camunda batch (visible in Cockpit, run by the job executor).
 */
@Component
class RetentionOfEarlierVersions {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionOfEarlierVersions.class);

    private final RepositoryService repositoryService;
    private final HistoryService historyService;

    RetentionOfEarlierVersions(RepositoryService repositoryService, HistoryService historyService) {
        this.repositoryService = repositoryService;
        this.historyService = historyService;
    }

    @EventListener(ApplicationReadyEvent.class)
    void alignWithLatestVersions() {
        for (ProcessDefinition latest : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            Integer days = latest.getHistoryTimeToLive();
            if (days != null) {
                repositoryService.createProcessDefinitionQuery().processDefinitionKey(latest.getKey()).list().stream()
                        .filter(earlier -> !Objects.equals(earlier.getHistoryTimeToLive(), days))
                        .forEach(earlier -> keepAsLong(earlier, days));
            }
        }
    }

    private void keepAsLong(ProcessDefinition earlier, int days) {
        LOG.info("History of {} version {} is now kept {} days, as its latest version says (was {})", earlier.getKey(),
                earlier.getVersion(), days, earlier.getHistoryTimeToLive());
        repositoryService.updateProcessDefinitionHistoryTimeToLive(earlier.getId(), days);
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionId(earlier.getId()).count() > 0) {
            historyService.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime()
                    .byQuery(historyService.createHistoricProcessInstanceQuery().processDefinitionId(earlier.getId()))
                    .executeAsync();
        }
    }
}
