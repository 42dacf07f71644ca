package id.go.mojokertokab.prokopim.form;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * What the engine needs to hold every step to its form: the deployment check that refuses models
 * whose forms it could not read, and storage for texts longer than Camunda's 4,000 characters.
 */
@Component
class StepFormsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(new FormDeploymentCheck());
        if (configuration.getCustomPreVariableSerializers() == null) {
            configuration.setCustomPreVariableSerializers(new ArrayList<>());
        }
        configuration.getCustomPreVariableSerializers().add(new LongTextSerializer());
        configuration.setHistoryEventProducer(new FormPropertyHistory());
    }
}
