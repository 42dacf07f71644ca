package id.go.mojokertokab.prokopim.sop;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one fixture of the process tests: the application on an in-memory H2 with the job executor
 * off (tests fire timers themselves), Camunda BPM Assert bound to its engine, and the ways a test
 * enters a SOP: from its start form, or straight before any step with what the earlier steps
 * would have recorded ({@link SopInputs}). Every subclass shares one Spring context.
 */
@SpringBootTest
public abstract class SopProcessTest {

    @Autowired
    protected ProcessEngine processEngine;
    @Autowired
    protected RuntimeService runtimeService;
    @Autowired
    protected TaskService taskService;
    @Autowired
    protected HistoryService historyService;
    @Autowired
    protected ManagementService managementService;
    @Autowired
    protected RepositoryService repositoryService;
    @Autowired
    protected IdentityService identityService;

    @BeforeEach
    void bindAssertionsToThisEngine() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void resetClockAndLogin() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    /** The SOP started as its start form starts it. */
    protected ProcessInstance start(SopStep.Sop sop) {
        return runtimeService.startProcessInstanceByKey(sop.processKey, SopInputs.starting(sop));
    }

    /** An instance waiting at {@code step}, as if the steps before it were done (staff chosen: staf1). */
    protected ProcessInstance startBefore(SopStep step) {
        return startBefore(step, SopInputs.before(step));
    }

    protected ProcessInstance startBefore(SopStep step, Map<String, Object> earlier) {
        return runtimeService.createProcessInstanceByKey(step.sop.processKey)
                .startBeforeActivity(step.taskId)
                .setVariables(earlier)
                .execute();
    }

    /** The one open task of the instance. */
    protected Task taskOf(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    protected ProcessDefinition definition(SopStep.Sop sop) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(sop.processKey).latestVersion().singleResult();
    }

    protected BpmnModelInstance model(SopStep.Sop sop) {
        return repositoryService.getBpmnModelInstance(definition(sop).getId());
    }
}
