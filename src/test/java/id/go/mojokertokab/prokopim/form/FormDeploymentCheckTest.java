package id.go.mojokertokab.prokopim.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;

import id.go.mojokertokab.prokopim.sop.SopProcessTest;

/** A model whose steps the engine could not hold to their forms is refused when it is deployed. */
class FormDeploymentCheckTest extends SopProcessTest {

    private static final String FORM = """
            {"id": "catat-uji", "type": "default", "schemaVersion": 16, "components": [
              {"id": "Field_catatan", "type": "textarea", "key": "catatan", "label": "Catatan", "validate": {"required": true}}
            ]}""";

    @Test
    void a_step_whose_form_is_in_the_deployment_is_deployed() {
        Deployment deployment = repositoryService.createDeployment().name("uji-lengkap")
                .addString("uji.bpmn", model("camunda:formRef=\"catat-uji\" camunda:formRefBinding=\"deployment\""))
                .addString("catat-uji.form", FORM)
                .deploy();

        assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).count()).isOne();
        repositoryService.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void a_step_whose_form_is_missing_is_refused_with_the_step_and_the_form_named() {
        long before = repositoryService.createDeploymentQuery().count();

        assertThatThrownBy(() -> repositoryService.createDeployment().name("uji-tanpa-formulir")
                .addString("uji.bpmn", model("camunda:formRef=\"tidak-ada\" camunda:formRefBinding=\"deployment\""))
                .deploy())
                .isInstanceOf(NotValidException.class)
                .hasMessage("Deployment 'uji-tanpa-formulir' ditolak: uji.bpmn '1. Mencatat' merujuk formulir 'tidak-ada' "
                        + "yang tidak ada dalam deployment ini.");

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void forms_the_server_cannot_check_are_refused() {
        assertThatThrownBy(() -> repositoryService.createDeployment().name("uji-html")
                .addString("uji.bpmn", model("camunda:formKey=\"embedded:app:forms/catat.html\"")).deploy())
                .hasMessageContaining("memakai formulir yang bukan Camunda Form (embedded:app:forms/catat.html)");
        assertThatThrownBy(() -> repositoryService.createDeployment().name("uji-ekspresi")
                .addString("uji.bpmn", model("camunda:formRef=\"catat-uji\" camunda:formRefBinding=\"deployment\""))
                .addString("catat-uji.form", FORM.replace("\"textarea\"", "\"expression\""))
                .deploy())
                .hasMessageContaining("formulir catat-uji.form memuat komponen 'Field_catatan' bertipe 'expression'");
        assertThatThrownBy(() -> repositoryService.createDeployment().name("uji-cmmn")
                .addString("kasus.cmmn", "<definitions xmlns=\"http://www.omg.org/spec/CMMN/20151109/MODEL\"/>").deploy())
                .hasMessageContaining("kasus.cmmn adalah model CMMN, yang tidak dipakai kantor ini");
        assertThatThrownBy(() -> repositoryService.createDeployment().name("uji-rusak")
                .addString("uji.bpmn", "<definitions").deploy())
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("uji.bpmn bukan BPMN yang sah");
    }

    private static String model(String formAttributes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="uji">
                  <process id="ujiFormulir" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="mulai"/>
                    <sequenceFlow id="f1" sourceRef="mulai" targetRef="catat"/>
                    <userTask id="catat" name="1. Mencatat" %s/>
                    <sequenceFlow id="f2" sourceRef="catat" targetRef="selesai"/>
                    <endEvent id="selesai"/>
                  </process>
                </definitions>""".formatted(formAttributes);
    }
}
