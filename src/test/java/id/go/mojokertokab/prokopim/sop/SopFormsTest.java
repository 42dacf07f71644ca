package id.go.mojokertokab.prokopim.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.mojokertokab.prokopim.form.StepForm;
import id.go.mojokertokab.prokopim.identity.StaffOptionsListener;
import id.go.mojokertokab.prokopim.inventory.check.EquipmentChecklist;

/** The forms in forms/ against the models that reference them and the variables that flow between them. */
class SopFormsTest extends SopProcessTest {
    /** Variables the engine provides rather than a form. */
    private static final Set<String> ENGINE_VARIABLES =
            Set.of(StaffOptionsListener.OPTIONS_VARIABLE, EquipmentChecklist.REGISTERED, EquipmentChecklist.UNREGISTERED);
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    /** A name in an expression that is not a member (".tanggal(") nor inside a string literal. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.A-Za-z0-9_'])[A-Za-z_][A-Za-z0-9_]*(?![A-Za-z0-9_']*')");
    /** A variable the model itself sets, e.g. on the flow back to design: execution.setVariable('x', ...). */
    private static final Pattern SET_BY_MODEL = Pattern.compile("setVariable\\('([A-Za-z][A-Za-z0-9]*)'");
    private static final Pattern SHOWN_VARIABLE = Pattern.compile("\\{\\{\\s*(?:#if\\s+)?([A-Za-z][A-Za-z0-9]*)\\s*}}");

    private static final Map<String, JsonNode> FORMS = new TreeMap<>();

    @Autowired
    FormService formService;
    @Autowired
    ApplicationContext beans;

    @BeforeAll
    static void readForms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.toList()) {
                FORMS.put(file.getFileName().toString(), json.readTree(file.toFile()));
            }
        }
    }

    @Test
    void every_form_is_a_camunda_7_24_form_named_after_its_file() {
        assertThat(FORMS).hasSize(13);
        FORMS.forEach((file, form) -> {
            assertThat(form.path("id").asText() + ".form").as(file).isEqualTo(file);
            assertThat(form.path("schemaVersion").asInt()).as(file).isBetween(1, 16);
            assertThat(form.path("executionPlatform").asText()).as(file).isEqualTo("Camunda Platform");
            assertThat(form.path("executionPlatformVersion").asText()).as(file).isEqualTo("7.24.0");
        });
    }

    @ParameterizedTest
    @EnumSource(SopStep.class)
    void each_steps_form_reference_resolves_to_its_deployed_form(SopStep step) throws IOException {
        Task task = taskOf(startBefore(step));
        UserTask modelled = model(step.sop).getModelElementById(step.taskId);

        try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
            assertThat(new ObjectMapper().readTree(form).path("id").asText()).isEqualTo(modelled.getCamundaFormRef());
        }
    }

    @ParameterizedTest
    @EnumSource(SopStep.Sop.class)
    void start_form_reference_resolves_to_its_deployed_form(SopStep.Sop sop) throws IOException {
        StartEvent start = model(sop).getModelElementsByType(StartEvent.class).iterator().next();

        try (InputStream form = formService.getDeployedStartForm(definition(sop).getId())) {
            assertThat(new ObjectMapper().readTree(form).path("id").asText()).isEqualTo(start.getCamundaFormRef());
        }
    }

    @ParameterizedTest
    @EnumSource(SopStep.Sop.class)
    void every_variable_the_model_reads_is_a_field_of_one_of_its_forms(SopStep.Sop sop) {
        Set<String> read = new HashSet<>();
        Matcher expression = EXPRESSION.matcher(bpmnXml(sop));
        while (expression.find()) {
            IDENTIFIER.matcher(expression.group(1)).results().map(java.util.regex.MatchResult::group)
                    .filter(name -> !beans.containsBean(name) && !"execution".equals(name))
                    .forEach(read::add);
        }

        assertThat(read).as("variables in the model's expressions").isNotEmpty();
        assertThat(fieldsOfFormsOf(sop)).containsAll(read);
    }

    @ParameterizedTest
    @EnumSource(SopStep.Sop.class)
    void every_variable_a_form_shows_is_set_by_a_form_of_the_same_sop_or_by_the_engine(SopStep.Sop sop) {
        Set<String> available = new HashSet<>(fieldsOfFormsOf(sop));
        available.addAll(ENGINE_VARIABLES);
        SET_BY_MODEL.matcher(bpmnXml(sop)).results().map(set -> set.group(1)).forEach(available::add);

        Set<String> shownAnywhere = new HashSet<>();
        for (String formId : formIdsOf(sop)) {
            Set<String> shown = new HashSet<>();
            visit(FORMS.get(formId + ".form").path("components"), component -> {
                Matcher placeholder = SHOWN_VARIABLE.matcher(component.path("text").asText());
                while (placeholder.find()) {
                    shown.add(placeholder.group(1));
                }
                if (component.has("valuesKey")) {
                    shown.add(component.path("valuesKey").asText());
                }
            });
            assertThat(available).as(formId + " shows only variables that exist").containsAll(shown);
            shownAnywhere.addAll(shown);
        }
        assertThat(shownAnywhere).as("the forms show what earlier steps recorded").isNotEmpty();
    }

    @Test
    void the_variables_the_engine_acts_on_come_from_the_step_that_decides_them() {
        assertThat(fieldsOf("tugaskan-staf-inventarisasi")).contains("stafPelaksana");
        assertThat(fieldsOf("membagi-tugas")).contains("stafPelaksana");
        assertThat(fieldsOf("periksa-peralatan")).contains("peralatan");
        assertThat(fieldsOf("verifikasi-konten")).contains("kontenDisetujui", "catatanVerifikasi");
    }

    private Set<String> fieldsOfFormsOf(SopStep.Sop sop) {
        Set<String> fields = new HashSet<>();
        formIdsOf(sop).forEach(formId -> fields.addAll(fieldsOf(formId)));
        return fields;
    }

    private static Set<String> fieldsOf(String formId) {
        return new HashSet<>(StepForm.of(FORMS.get(formId + ".form")).variableNames());
    }

    private Set<String> formIdsOf(SopStep.Sop sop) {
        BpmnModelInstance model = model(sop);
        Set<String> formIds = new HashSet<>();
        model.getModelElementsByType(UserTask.class).forEach(task -> formIds.add(task.getCamundaFormRef()));
        model.getModelElementsByType(StartEvent.class).forEach(start -> formIds.add(start.getCamundaFormRef()));
        return formIds;
    }

    private static void visit(JsonNode components, java.util.function.Consumer<JsonNode> action) {
        for (JsonNode component : components) {
            action.accept(component);
            visit(component.path("components"), action);
        }
    }

    private String bpmnXml(SopStep.Sop sop) {
        try (InputStream xml = repositoryService.getProcessModel(definition(sop).getId())) {
            return new String(xml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
