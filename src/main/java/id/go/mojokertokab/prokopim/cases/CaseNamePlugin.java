package id.go.mojokertokab.prokopim.cases;


import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.ParseListeners;
import id.go.mojokertokab.prokopim.ExtensionProperty;
import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * Gives every SOP case the name the office knows it by. A process names its cases with the
 * extension property {@value #PROPERTY} (editable in Camunda Modeler), an expression over the start
 * form's fields, e.g. {@code ${kasus.tanggal(waktuKegiatan)} · ${kegiatan}}; {@link CaseNaming}
 * makes it the business key and the variable {@value #PROPERTY} as the case starts.
 */
@Component
public class CaseNamePlugin extends AbstractProcessEnginePlugin {

    public static final String PROPERTY = "namaKasus";

    private final OfficeTime officeTime;

    CaseNamePlugin(OfficeTime officeTime) {
        this.officeTime = officeTime;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addAfterCamundas(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                ExtensionProperty.of(process, PROPERTY).ifPresent(name -> {
                    CaseNaming naming = new CaseNaming(configuration.getExpressionManager().createExpression(name),
                            definition.getName(), officeTime);
                    definition.addBuiltInListener(ExecutionListener.EVENTNAME_START, naming);
                    addToEveryUserTask(definition, naming);
                });
            }
        });
    }

    private static void addToEveryUserTask(ScopeImpl scope, CaseNaming naming) {
        for (ActivityImpl activity : scope.getActivities()) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, naming);
            }
            addToEveryUserTask(activity, naming);
        }
    }
}
