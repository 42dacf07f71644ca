package id.go.mojokertokab.prokopim;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Adds a BPMN parse listener after Camunda's own, as the office's engine plugins do in preInit. */
public final class ParseListeners {

    private ParseListeners() {
    }

    public static void addAfterCamundas(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(listener);
    }
}
