package id.go.mojokertokab.prokopim.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/** A compressed time scale shortens timers and due dates alike, and leaves the BPMN's standards as written. */
@SpringBootTest(properties = "prokopim.sla.time-scale=0.01")
class TimeScaleTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest
    @EnumSource(SopStep.class)
    void timer_and_due_date_are_one_hundredth_of_the_standard(SopStep step) {
        Date now = new Date(1_795_000_000_000L);
        ClockUtil.setCurrentTime(now);

        ProcessInstance instance = runtimeService.createProcessInstanceByKey(step.sop.processKey)
                .startBeforeActivity(step.taskId).setVariables(SopInputs.before(step)).execute();

        Date expected = Date.from(now.toInstant().plus(Duration.ofMillis(step.standard.toMillis() / 100)));
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(task.getDueDate()).isEqualTo(expected);
        assertThat(timer.getDuedate()).isEqualTo(expected);
    }
}
