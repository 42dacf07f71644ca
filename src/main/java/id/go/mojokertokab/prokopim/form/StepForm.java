package id.go.mojokertokab.prokopim.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form (form-js schema, as Camunda Modeler writes it to {@code forms/}) read as the
 * contract of a SOP step: the fields a person can fill in, with the rules the form gives them.
 * The one reader of forms in this project: the engine's step contract, the deployment check and
 * the tests all go through it.
 */
public final class StepForm {

    /** A step or start event without a form: nothing may be submitted. */
    public static final StepForm NONE = new StepForm(null, List.of(), List.of());

    /** Components that show something and submit nothing. */
    private static final Set<String> DISPLAY_TYPES =
            Set.of("text", "html", "image", "table", "separator", "spacer", "button", "iframe");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final List<FormField> fields;
    private final List<String> unsupported;

    private StepForm(String id, List<FormField> fields, List<String> unsupported) {
        this.id = id;
        this.fields = List.copyOf(fields);
        this.unsupported = List.copyOf(unsupported);
    }

    public static StepForm read(InputStream json) {
        try {
            return of(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("not a Camunda Form (JSON): " + e.getMessage(), e);
        }
    }

    public static StepForm of(JsonNode schema) {
        List<FormField> fields = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        collect(schema.path("components"), fields, unsupported);
        return new StepForm(schema.path("id").asText(null), fields, unsupported);
    }

    public String id() {
        return id;
    }

    /** The fields at the top level, each one process variable; a dynamic list's row fields are its children. */
    public List<FormField> fields() {
        return fields;
    }

    public FormField field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst().orElse(null);
    }

    /** The variables this form can set. */
    public List<String> variableNames() {
        return fields.stream().filter(field -> !field.disabled()).map(FormField::key).toList();
    }

    /**
     * Components the step contract cannot check, each described in Indonesian; a form with any of
     * them is refused at deployment rather than let through unchecked.
     */
    public List<String> unsupportedComponents() {
        return unsupported;
    }

    private static void collect(JsonNode components, List<FormField> fields, List<String> unsupported) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (DISPLAY_TYPES.contains(type)) {
                continue;
            }
            if (type.equals("group") && !component.hasNonNull("path")) {
                collect(component.path("components"), fields, unsupported);
                continue;
            }
            if (!FormField.INPUT_TYPES.contains(type) && !type.equals("group")) {
                unsupported.add("komponen '" + component.path("id").asText(type) + "' bertipe '" + type + "'");
                continue;
            }
            List<FormField> children = new ArrayList<>();
            if (type.equals("dynamiclist") || type.equals("group")) {
                collect(component.path("components"), children, unsupported);
            }
            FormField field = new FormField(component, children);
            if (field.key().isEmpty() || field.key().contains(".")) {
                unsupported.add("kolom '" + component.path("id").asText() + "' dengan kunci '" + field.key()
                        + "' (kunci harus satu nama variabel, tanpa titik)");
                continue;
            }
            fields.add(field);
        }
    }
}
