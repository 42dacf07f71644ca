package id.go.mojokertokab.prokopim.history;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Finds a case by id as the engine, so that an unknown id (404) and a case the caller may not read
 * (403) get different answers; nothing found here reaches a caller who may not read it.
 */
@Component
class CaseLookup {

    private final CommandExecutor engine;

    CaseLookup(ProcessEngine processEngine) {
        this.engine = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** @return the case (its ids and times; the SOP's name is not joined), or null when there is none with that id */
    HistoricProcessInstance find(String processInstanceId) {
        return engine.execute(context -> context.runWithoutAuthorization(
                () -> context.getHistoricProcessInstanceManager().findHistoricProcessInstance(processInstanceId)));
    }
}
