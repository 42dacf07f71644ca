package id.go.mojokertokab.prokopim.form;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.BytesValue;
import org.camunda.bpm.engine.variable.value.DateValue;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Variable values, however a caller sent them (the REST API's typed values, Tasklist's JSON, plain
 * Java from the Java API, Camunda Spin), seen as the JSON form-js works with, so one set of rules
 * checks them all.
 */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A list of a few hundred rows is some tens of thousands of characters; a larger one is not a form's. */
    static final int MAX_JSON_LENGTH = 256_000;

    private FormValues() {
    }

    /**
     * @return the value as JSON ({@link NullNode} for no value)
     * @throws NotFormData for what no form field can produce: dates as Date, files, bytes, XML or
     *         Java-serialized objects
     */
    public static JsonNode json(Object value) {
        try {
            return jsonOf(value);
        } catch (NotFormData refused) {
            throw refused;
        } catch (RuntimeException unreadable) {
            // a Json value that does not parse, an object Camunda cannot deserialize: no form sends those
            throw new NotFormData("yang tidak dapat dibaca");
        }
    }

    private static JsonNode jsonOf(Object value) {
        if (value instanceof TypedValue typed) {
            if (typed instanceof FileValue || typed instanceof BytesValue || typed instanceof DateValue) {
                throw new NotFormData(typed.getType().getName());
            }
            if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
                return serialized(serializable);
            }
            return jsonOf(typed.getValue());
        }
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof SpinJsonNode spin) {
            return parse(spin.toString());
        }
        if (value instanceof Date || value instanceof byte[]) {
            throw new NotFormData(value.getClass().getSimpleName());
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return JSON.valueToTree(value);
        }
        throw new NotFormData(value.getClass().getSimpleName());
    }

    /** The JSON as plain Java (maps, lists, strings, numbers, booleans), e.g. for a FEEL context. */
    public static Object plain(JsonNode json) {
        return json == null || json.isNull() || json.isMissingNode() ? null : JSON.convertValue(json, Object.class);
    }

    /** Existing variables as plain Java, skipping what no form could show. */
    public static Map<String, Object> plain(Map<String, ?> variables) {
        Map<String, Object> plain = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            try {
                plain.put(name, plain(json(value)));
            } catch (NotFormData | IllegalArgumentException notShown) {
                // a date or a file set by an administrator: no form shows it
            }
        });
        return plain;
    }

    private static JsonNode serialized(SerializableValue value) {
        String format = value.getSerializationDataFormat();
        boolean isJson = format == null || format.startsWith("application/json");
        if (!isJson || value.getValueSerialized() == null) {
            throw new NotFormData(value.getType().getName() + " " + format);
        }
        return parse(value.getValueSerialized());
    }

    private static JsonNode parse(String text) {
        if (text.length() > MAX_JSON_LENGTH) {
            throw new NotFormData("JSON lebih dari " + MAX_JSON_LENGTH / 1000 + " ribu karakter");
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new NotFormData("JSON yang rusak");
        }
    }

    /** Whether the value came as JSON (Camunda's Json or a JSON object value), which only a list field sends. */
    public static boolean isJson(Object value) {
        if (value instanceof SerializableValue) {
            return true;
        }
        if (value instanceof TypedValue typed) {
            return isJson(typed.getValue());
        }
        return value instanceof SpinJsonNode || value instanceof Map<?, ?> || value instanceof Collection<?>;
    }

    /** A value of a kind no Camunda Form field submits. */
    public static final class NotFormData extends RuntimeException {
        NotFormData(String kind) {
            super(kind);
        }
    }
}
