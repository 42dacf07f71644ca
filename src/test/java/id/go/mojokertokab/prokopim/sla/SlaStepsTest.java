package id.go.mojokertokab.prokopim.sla;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** The counting rule of SlaReport: only a user task's non-interrupting timer makes an SLA step. */
class SlaStepsTest {

    @Test
    void only_user_tasks_with_a_non_interrupting_timer_are_sla_steps() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("sopUji").name("SOP Uji").startEvent()
                .userTask("UserTask_Menilai").name("2. Menilai")
                .boundaryEvent("Timer_Menilai").cancelActivity(false).timerWithDuration("PT10M").endEvent()
                .moveToActivity("UserTask_Menilai").userTask("UserTask_Memutus").name("1. Memutus")
                .boundaryEvent("Timer_Memutus").cancelActivity(true).timerWithDuration("PT1H").endEvent()
                .moveToActivity("UserTask_Memutus").serviceTask("ServiceTask_Mengirim").name("3. Mengirim")
                .camundaExpression("${true}")
                .boundaryEvent("Timer_Mengirim").cancelActivity(false).timerWithDuration("PT5M").endEvent()
                .moveToActivity("ServiceTask_Mengirim").userTask("UserTask_Mengarsip").name("10. Mengarsip")
                .boundaryEvent("Timer_Mengarsip").cancelActivity(false).timerWithDuration("P1D").endEvent()
                .moveToActivity("UserTask_Mengarsip").userTask("UserTask_TanpaStandar").name("4. Tanpa standar")
                .endEvent().done();

        assertThat(SlaReport.stepsOf(model)).extracting(SlaReport.SlaStep::activityId)
                .containsExactly("UserTask_Menilai", "UserTask_Mengarsip");
        assertThat(SlaReport.stepsOf(model)).extracting(step -> SlaBreach.inIndonesian(step.breach().standard()))
                .containsExactly("10 menit", "1 hari");
    }
}
