package id.go.mojokertokab.prokopim.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One input of a Camunda Form and the rules form-js applies to it in the browser: its key (the
 * process variable), type, {@code validate} block, options, visibility condition and, for a
 * dynamic list or a group with a path, the fields of each row.
 */
public final class FormField {

    static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "checkbox",
            "checklist", "radio", "select", "taglist", "dynamiclist");

    private final JsonNode component;
    private final List<FormField> children;

    FormField(JsonNode component, List<FormField> children) {
        this.component = component;
        this.children = List.copyOf(children);
    }

    public String key() {
        return isContainer() ? component.path("path").asText("") : component.path("key").asText("");
    }

    public String type() {
        return component.path("type").asText();
    }

    /** What a person sees above the field, to name it in a message. */
    public String label() {
        for (String name : List.of("label", "dateLabel", "timeLabel")) {
            String label = component.path(name).asText("").trim();
            if (!label.isEmpty()) {
                return label;
            }
        }
        return key();
    }

    public String description() {
        return component.path("description").asText("").trim();
    }

    /**
     * What a person is told when the value does not match the pattern: the custom property
     * {@code pesanPola} (Camunda Modeler's form editor, "Custom properties"), which the Tasklist
     * script office-forms.js shows too; empty when the form has none.
     */
    public String patternMessage() {
        return component.path("properties").path("pesanPola").asText("").trim();
    }

    /** A dynamic list (rows) or a group with its own path (one nested object). */
    public boolean isContainer() {
        return type().equals("dynamiclist") || type().equals("group");
    }

    public boolean isList() {
        return type().equals("dynamiclist");
    }

    public List<FormField> children() {
        return children;
    }

    /** form-js submits no value for a disabled field. */
    public boolean disabled() {
        return component.path("disabled").asBoolean(false);
    }

    /** form-js submits a read-only field's value unchanged: the person cannot edit it. */
    public boolean readonly() {
        return component.path("readonly").asBoolean(false);
    }

    public boolean required() {
        return validate().path("required").asBoolean(false);
    }

    public Integer minLength() {
        return integer(validate().path("minLength"));
    }

    public Integer maxLength() {
        return integer(validate().path("maxLength"));
    }

    public BigDecimal min() {
        return decimal(validate().path("min"));
    }

    public BigDecimal max() {
        return decimal(validate().path("max"));
    }

    public String pattern() {
        String pattern = validate().path("pattern").asText("");
        return pattern.isEmpty() ? null : pattern;
    }

    /** "email", "phone" or "custom" (the pattern): form-js's {@code validationType}. */
    public String validationType() {
        return validate().path("validationType").asText("");
    }

    public Integer decimalDigits() {
        return integer(component.path("decimalDigits"));
    }

    /** A number field that form-js submits as a string of digits. */
    public boolean serializesNumberToString() {
        return component.path("serializeToString").asBoolean(false);
    }

    /** "date", "time" or "datetime". */
    public String dateSubtype() {
        return component.path("subtype").asText("date");
    }

    /** "utc_offset", "utc_normalized" or "no_timezone" (form-js's time serialisation). */
    public String timeSerialisation() {
        return component.path("timeSerializingFormat").asText("utc_offset");
    }

    public boolean allowsAddingAndRemovingRows() {
        return component.path("allowAddRemove").asBoolean(false);
    }

    public int defaultRepetitions() {
        return component.path("defaultRepetitions").asInt(1);
    }

    /** The options written in the form itself (select, radio, checklist, taglist): {@code {label, value}}. */
    public List<JsonNode> staticOptions() {
        List<JsonNode> options = new ArrayList<>();
        component.path("values").forEach(options::add);
        return options;
    }

    /** The process variable that holds the options, e.g. {@code daftarStaf}. */
    public String valuesKey() {
        String key = component.path("valuesKey").asText("");
        return key.isEmpty() ? null : key;
    }

    /** A FEEL expression giving the options. */
    public String valuesExpression() {
        String expression = component.path("valuesExpression").asText("");
        return expression.isEmpty() ? null : expression;
    }

    /** The FEEL expression of {@code conditional.hide}: the field is hidden, and submits nothing, when it is true. */
    public String hideExpression() {
        String expression = component.path("conditional").path("hide").asText("");
        return expression.isEmpty() ? null : expression;
    }

    public JsonNode defaultValue() {
        return component.path("defaultValue");
    }

    private JsonNode validate() {
        return component.path("validate");
    }

    private static Integer integer(JsonNode node) {
        return node.isNumber() || (node.isTextual() && node.asText().matches("\\d+")) ? node.asInt() : null;
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return node.isTextual() && !node.asText().isBlank() ? new BigDecimal(node.asText().trim()) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    @Override
    public String toString() {
        return type() + " " + key();
    }
}
