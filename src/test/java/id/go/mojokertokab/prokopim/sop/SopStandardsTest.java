package id.go.mojokertokab.prokopim.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The deployed models against the SOP sheets, row by row. */
class SopStandardsTest extends SopProcessTest {

    @Test
    void every_user_task_of_both_models_is_a_row_of_the_sop_table() {
        for (SopStep.Sop sop : SopStep.Sop.values()) {
            BpmnModelInstance model = model(sop);
            List<String> modelled = model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId).sorted().toList();
            List<String> transcribed = Arrays.stream(SopStep.values()).filter(step -> step.sop == sop)
                    .map(step -> step.taskId).sorted().toList();
            assertThat(modelled).as(sop.name).isEqualTo(transcribed);
            ProcessDefinition definition = definition(sop);
            assertThat(definition.getName()).isEqualTo(sop.name);
            assertThat(definition.getVersionTag()).isEqualTo("SOP/PKP/2022");
            assertThat(definition.getHistoryTimeToLive()).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(SopStep.class)
    void step_is_named_in_the_sops_words_and_sits_in_its_pelaksanas_lane(SopStep step) {
        UserTask task = model(step.sop).getModelElementById(step.taskId);

        assertThat(task.getName()).isEqualTo(step.taskName());
        assertThat(task.getCamundaCandidateGroups()).isEqualTo(step.role.groupId());
        Lane lane = task.getModelInstance().getModelElementsByType(Lane.class).stream()
                .filter(candidate -> candidate.getFlowNodeRefs().contains(task)).findFirst().orElseThrow();
        assertThat(lane.getName()).isEqualTo(step.role.laneName());
        assertThat(task.getDocumentations()).singleElement()
                .satisfies(doc -> assertThat(doc.getTextContent()).contains(step.kegiatan).contains("Waktu: " + step.waktu));
        assertThat(task.getCamundaFormRef()).isNotBlank();
        assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
    }

    @ParameterizedTest
    @EnumSource(SopStep.class)
    void step_has_one_non_interrupting_timer_of_its_standard(SopStep step) {
        BpmnModelInstance model = model(step.sop);

        List<BoundaryEvent> timers = model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(event -> event.getAttachedTo().getId().equals(step.taskId)).toList();

        assertThat(timers).singleElement().satisfies(timer -> {
            assertThat(timer.cancelActivity()).isFalse();
            TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
            assertThat(Duration.parse(definition.getTimeDuration().getTextContent())).isEqualTo(step.standard);
        });
    }

    @ParameterizedTest
    @EnumSource(SopStep.class)
    void step_is_due_its_standard_after_it_is_created(SopStep step) {
        Date now = new Date(1_795_000_000_000L);
        ClockUtil.setCurrentTime(now);

        Task task = taskOf(startBefore(step));
        assertThat(task.getCreateTime()).isEqualTo(now);
        assertThat(task.getDueDate()).isEqualTo(Date.from(now.toInstant().plus(step.standard)));
    }
}
