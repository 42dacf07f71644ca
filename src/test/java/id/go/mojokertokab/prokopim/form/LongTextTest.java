package id.go.mojokertokab.prokopim.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.http.OfficeHttpTest;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/** A long caption or release is kept whole (Camunda's text column holds 4,000 characters), and read as text everywhere. */
class LongTextTest extends OfficeHttpTest {


    @Test
    void a_caption_of_20000_characters_is_stored_and_shown_whole() {
        // given staf1 designs the content of an agenda item
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(SopStep.Sop.MEDIA_SOSIAL.processKey)
                .startBeforeActivity(SopStep.MEDIA_4.taskId).setVariables(SopInputs.before(SopStep.MEDIA_4)).execute();
        String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        String caption = "Bupati Mojokerto meresmikan pasar desa. ".repeat(500).substring(0, 20_000);
        Map<String, Object> design = new HashMap<>(SopInputs.completing(SopStep.MEDIA_4));
        design.put("naskahKonten", caption);

        // when it is submitted as Tasklist submits it
        new OfficeApi(port).call("staf1", "POST", "/engine-rest/task/" + task + "/submit-form", OfficeApi.variables(design))
                .expect(204);

        // then the REST API, the next step's form and history give it back whole, as text
        JsonNode stored = new OfficeApi(port).get("admin",
                "/engine-rest/process-instance/" + instance.getId() + "/variables/naskahKonten");
        assertThat(stored.path("type").asText()).isEqualTo("String");
        assertThat(stored.path("value").asText()).isEqualTo(caption);
        String nextTask = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        assertThat(new OfficeApi(port).get("staf1", "/engine-rest/task/" + nextTask + "/form-variables")
                .path("naskahKonten").path("value").asText()).isEqualTo(caption);
        HistoricVariableInstance history = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("naskahKonten").singleResult();
        assertThat(history.getValue()).isEqualTo(caption);
    }

    @Test
    void a_text_grows_beyond_the_column_and_shrinks_back() {
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(SopStep.Sop.INVENTARISASI.processKey)
                .startBeforeActivity(SopStep.INVENTARIS_4.taskId).setVariables(SopInputs.before(SopStep.INVENTARIS_4)).execute();

        for (String text : List.of("a".repeat(4_000), "b".repeat(4_001), "pendek", "c".repeat(12_345))) {
            runtimeService.setVariable(instance.getId(), "catatanAdministrator", text);
            assertThat(runtimeService.getVariable(instance.getId(), "catatanAdministrator")).isEqualTo(text);
        }
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().list())
                .extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getValue())
                .contains("b".repeat(4_001), "pendek", "c".repeat(12_345));
    }
}
