package id.go.mojokertokab.prokopim.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.form.FormField;
import id.go.mojokertokab.prokopim.form.FormValues;
import id.go.mojokertokab.prokopim.form.StepForm;

/**
 * Words a step's recorded variables for people, field by field of the step's form: the field's
 * label; booleans as Ya/Tidak; an option as its label (from the form, or from the variable its
 * {@code valuesKey} names, e.g. the staff list); dates and times in WIB; http(s) addresses as
 * links; checklists as lists; a dynamic list as a table with the row fields' labels as columns.
 */
final class ValueWording {

    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final OfficeTime officeTime;
    /** The options a {@code valuesKey} variable held when the step was done; null when unknown. */
    private final Function<String, JsonNode> options;

    ValueWording(OfficeTime officeTime, Function<String, JsonNode> options) {
        this.officeTime = officeTime;
        this.options = options;
    }

    /** The recorded values in the form's order; fields the step only showed (read-only, disabled) are left out. */
    List<RecordedValue> of(StepForm form, Map<String, Object> recorded) {
        List<RecordedValue> values = new ArrayList<>();
        for (FormField field : form.fields()) {
            if (!field.readonly() && !field.disabled() && recorded.containsKey(field.key())) {
                values.add(new RecordedValue(field.key(), field.label(), shown(field, recorded.get(field.key()))));
            }
        }
        return values;
    }

    Shown shown(FormField field, Object value) {
        if (value instanceof Date date) {
            return Shown.text(officeTime.format(date));
        }
        JsonNode json;
        try {
            json = FormValues.json(value);
        } catch (FormValues.NotFormData notFormData) {
            return Shown.text(String.valueOf(value));
        }
        return shown(field, json);
    }

    private Shown shown(FormField field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Shown.text(null);
        }
        return switch (field.type()) {
            case "dynamiclist" -> table(field, value);
            case "group" -> group(field, value);
            case "checklist", "taglist" -> Shown.list(elements(value).stream().map(item -> option(field, item)).toList());
            case "select", "radio" -> option(field, value);
            case "datetime" -> Shown.text(dateTime(field, value.asText()));
            default -> plain(value);
        };
    }

    private Shown table(FormField list, JsonNode rows) {
        if (list.children().isEmpty()) {
            return Shown.list(elements(rows).stream().map(row -> Shown.text(row.toString())).toList());
        }
        List<String> columns = list.children().stream().map(FormField::label).toList();
        List<List<Shown>> cells = elements(rows).stream()
                .map(row -> list.children().stream().map(column -> shown(column, row.path(column.key()))).toList())
                .toList();
        return Shown.table(columns, cells);
    }

    private Shown group(FormField group, JsonNode value) {
        return Shown.list(group.children().stream()
                .map(child -> Shown.text(child.label() + ": " + shown(child, value.path(child.key())).plain()))
                .toList());
    }

    private Shown option(FormField field, JsonNode value) {
        List<JsonNode> choices = new ArrayList<>(field.staticOptions());
        if (field.valuesKey() != null) {
            JsonNode held = options.apply(field.valuesKey());
            if (held != null) {
                held.forEach(choices::add);
            }
        }
        for (JsonNode choice : choices) {
            JsonNode choiceValue = choice.path("value");
            if (choiceValue.equals(value) || (!choiceValue.isContainerNode() && choiceValue.asText().equals(value.asText()))) {
                return Shown.text(choice.path("label").asText(value.asText()));
            }
        }
        return plain(value);
    }

    private Shown plain(JsonNode value) {
        if (value.isBoolean()) {
            return Shown.text(value.asBoolean() ? "Ya" : "Tidak");
        }
        if (value.isContainerNode()) {
            return Shown.text(value.toString());
        }
        String text = value.asText().strip();
        return WEB_ADDRESS.matcher(text).matches() ? Shown.link(text) : Shown.text(text);
    }

    /** form-js's date ("2026-12-01"), date and time with offset, without zone, or time alone, for people. */
    private String dateTime(FormField field, String text) {
        try {
            return switch (field.dateSubtype()) {
                case "date" -> LocalDate.parse(text).format(DAY);
                case "time" -> text.length() >= 5 ? text.substring(0, 5) : text;
                default -> text.matches(".*(Z|[+-]\\d{2}:\\d{2})$")
                        ? officeTime.format(Date.from(OffsetDateTime.parse(text).toInstant()))
                        : LocalDateTime.parse(text).format(DAY_AND_TIME);
            };
        } catch (DateTimeParseException notADate) {
            return text;
        }
    }

    private static List<JsonNode> elements(JsonNode value) {
        List<JsonNode> elements = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(elements::add);
        } else {
            elements.add(value);
        }
        return elements;
    }
}
