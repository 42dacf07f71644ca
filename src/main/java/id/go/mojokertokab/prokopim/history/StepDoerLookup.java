package id.go.mojokertokab.prokopim.history;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * {@link StepDoers} for cases the caller was allowed to read (checked before): read as the engine,
 * since the user operation log asks for rights the readers of Riwayat SOP need not have.
 */
@Component
class StepDoerLookup {

    private final CommandExecutor engine;
    private final HistoryService historyService;

    StepDoerLookup(ProcessEngine processEngine) {
        this.engine = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.historyService = processEngine.getHistoryService();
    }

    String doneBy(HistoricTaskInstance task) {
        if (task.getAssignee() != null || task.getEndTime() == null) {
            return task.getAssignee();
        }
        return engine.execute(context -> context.runWithoutAuthorization(() -> StepDoers.doneBy(historyService, task)));
    }
}
