package id.go.mojokertokab.prokopim.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.camunda.bpm.engine.variable.value.TypedValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * What a caller submits for a SOP step (its variables), checked against the step's Camunda Form
 * the way form-js checks it in Tasklist, so that any other client is held to the same form:
 * only the form's fields, nothing a hidden, disabled or read-only field could not send, required
 * fields filled, each value of its field's type, within its limits, among its options; each row
 * of a dynamic list against the row's fields. Every problem is named, in Indonesian, with the
 * label the person sees.
 */
public final class StepSubmission {

    /** The longest text a field takes when its form sets no {@code maxLength}: a long caption or release fits. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 20_000;

    /** More rows than any office list has; checking more would only cost memory. */
    static final int MAX_ROWS = 500;
    /** A person reads twenty problems; the rest are counted. */
    static final int MAX_PROBLEMS = 20;
    private static final Set<String> PRIMITIVE_TYPES =
            Set.of("textfield", "textarea", "number", "checkbox", "datetime", "select", "radio");

    /** C0 control characters other than tab, line feed and carriage return, and the two non-characters. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("(\\d{2}:\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern EMAIL = Pattern.compile(
            "^(([^<>()\\[\\]\\\\.,;:\\s@\"]+(\\.[^<>()\\[\\]\\\\.,;:\\s@\"]+)*)|(\".+\"))@(([a-zA-Z\\-0-9]+\\.)+[a-zA-Z]{2,})$");
    private static final Pattern PHONE = Pattern.compile("^(\\+|00)\\d{6,15}$");

    private final List<String> problems = new ArrayList<>();

    private StepSubmission() {
    }

    /**
     * @param submitted the variables a caller sends to complete the step or start the SOP
     * @param existing the variables the step already sees (they feed the form's conditions, options
     *        and read-only fields, as they do in Tasklist)
     * @return every problem, in Indonesian; empty when the submission is what the form can produce
     */
    public static List<String> problems(StepForm form, Map<String, ?> submitted, Map<String, ?> existing) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Set<String> sentAsJson = new HashSet<>();
        Map<String, Object> context = new HashMap<>(FormValues.plain(existing));
        StepSubmission check = new StepSubmission();
        Set<String> unreadable = new HashSet<>();
        submitted.forEach((name, value) -> {
            FormField field = form.field(name);
            if (field == null) {
                check.problems.add("'" + name + "' bukan kolom formulir langkah ini");
                return;
            }
            if (value instanceof TypedValue typed && typed.isTransient()) {
                // a transient value passes through the step and is never stored: the step's output would be lost
                unreadable.add(name);
                check.problems.add(quoted(field) + " dikirim sebagai nilai sementara (transient) yang tidak disimpan");
                return;
            }
            try {
                JsonNode json = FormValues.json(value);
                values.put(name, json);
                context.put(name, FormValues.plain(json));
                if (FormValues.isJson(value)) {
                    sentAsJson.add(name);
                }
            } catch (FormValues.NotFormData kind) {
                unreadable.add(name);
                check.problems.add(quoted(field) + " tidak dapat diisi dengan nilai jenis " + kind.getMessage());
            }
        });
        Map<String, JsonNode> current = new HashMap<>();
        existing.forEach((name, value) -> {
            try {
                current.put(name, FormValues.json(value));
            } catch (FormValues.NotFormData notShown) {
                // no field shows it, so no field compares with it
            }
        });
        for (FormField field : form.fields()) {
            if (unreadable.contains(field.key())) {
                continue;
            }
            if (sentAsJson.contains(field.key()) && PRIMITIVE_TYPES.contains(field.type())) {
                check.problems.add(quoted(field) + " harus dikirim sebagai nilai biasa, bukan JSON");
                continue;
            }
            try {
                check.field(field, "", values.containsKey(field.key()), values.getOrDefault(field.key(), NullNode.getInstance()),
                        current.getOrDefault(field.key(), MissingNode.getInstance()), context);
            } catch (RuntimeException unexpected) {
                check.problems.add(quoted(field) + " tidak dapat diperiksa: nilainya tidak terbaca");
            }
        }
        return capped(check.problems);
    }

    private static List<String> capped(List<String> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<String> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        shown.add("dan " + (problems.size() - MAX_PROBLEMS) + " masalah lain");
        return shown;
    }

    /** The problems joined into one message a person can act on. */
    public static String message(List<String> problems) {
        String listed = String.join("; ", problems);
        return "Formulir belum benar: " + listed + (listed.endsWith(".") ? "" : ".");
    }

    private void field(FormField field, String where, boolean present, JsonNode value, JsonNode existing,
            Map<String, Object> scope) {
        String name = where + quoted(field);
        boolean empty = value == null || value.isNull() || value.isMissingNode()
                || (isText(field) && value.isTextual() && value.asText().isEmpty());
        // form-js sends nothing at all for a disabled or hidden field, and a read-only one unchanged
        if (field.disabled()) {
            if (present) {
                problems.add(name + " nonaktif pada formulir ini, jadi tidak boleh dikirim");
            }
            return;
        }
        if (isHidden(field, scope)) {
            if (present) {
                problems.add(name + " tidak ditampilkan pada formulir ini, jadi tidak boleh dikirim");
            }
            return;
        }
        if (field.readonly()) {
            JsonNode unchanged = existing.isMissingNode() ? field.defaultValue() : existing;
            if (present && !sameValue(value, unchanged)) {
                problems.add(name + " hanya untuk dibaca dan tidak boleh diubah");
            }
            return;
        }
        if (empty) {
            if (field.required()) {
                problems.add(name + " wajib diisi");
            }
            return;
        }
        switch (field.type()) {
            case "textfield", "textarea" -> text(field, name, value);
            case "number" -> number(field, name, value);
            case "checkbox" -> checkbox(field, name, value);
            case "datetime" -> dateTime(field, name, value);
            case "select", "radio" -> oneOf(field, name, value, scope);
            case "checklist", "taglist" -> someOf(field, name, value, scope);
            case "dynamiclist" -> rows(field, name, value, existing, scope);
            case "group" -> group(field, name, value, existing, scope);
            default -> problems.add(name + " tidak dapat diperiksa");
        }
    }

    private void text(FormField field, String name, JsonNode value) {
        if (!value.isTextual()) {
            problems.add(name + " harus berupa teks");
            return;
        }
        String text = value.asText();
        if (field.type().equals("textfield") && text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029)) {
            problems.add(name + " tidak boleh berisi baris baru");
        }
        if (CONTROL.matcher(text).find()) {
            // no keyboard types them, and the office's printed records (XML underneath) cannot hold them
            problems.add(name + " berisi karakter kendali yang tidak dapat dicetak; ketik ulang isinya");
        }
        int max = field.maxLength() != null ? field.maxLength() : DEFAULT_MAX_TEXT_LENGTH;
        if (text.length() > max) {
            problems.add(name + " paling banyak " + max + " karakter (terisi " + text.length() + ")");
        }
        if (field.minLength() != null && text.length() < field.minLength()) {
            problems.add(name + " paling sedikit " + field.minLength() + " karakter");
        }
        switch (field.validationType()) {
            case "email" -> {
                if (!EMAIL.matcher(text).matches()) {
                    problems.add(name + " harus berupa alamat e-mail");
                }
            }
            case "phone" -> {
                if (!PHONE.matcher(text.replaceAll("[\\s-]", "")).matches()) {
                    problems.add(name + " harus berupa nomor telepon dengan kode negara, mis. +62 812 3456 7890");
                }
            }
            default -> pattern(field, name, text);
        }
    }

    private void pattern(FormField field, String name, String text) {
        if (field.pattern() == null) {
            return;
        }
        boolean matches;
        try {
            // form-js tests the pattern as JavaScript's RegExp.test does: anywhere in the text
            matches = Pattern.compile(field.pattern(), Pattern.UNICODE_CHARACTER_CLASS).matcher(text).find();
        } catch (PatternSyntaxException unreadable) {
            matches = true;
        }
        if (!matches) {
            String explanation = field.patternMessage().isEmpty() ? field.description() : field.patternMessage();
            problems.add(name + " tidak sesuai format yang diminta" + (explanation.isEmpty() ? "" : ": " + explanation));
        }
    }

    private void number(FormField field, String name, JsonNode value) {
        BigDecimal number = null;
        if (value.isNumber() && !Double.isFinite(value.doubleValue())) {
            number = null;
        } else if (value.isNumber()) {
            number = value.decimalValue();
        } else if (value.isTextual() && field.serializesNumberToString()) {
            try {
                number = new BigDecimal(value.asText().trim());
            } catch (NumberFormatException notANumber) {
                number = null;
            }
        }
        if (number == null) {
            problems.add(name + " harus berupa angka");
            return;
        }
        Integer digits = field.decimalDigits();
        if (digits != null && Math.max(number.stripTrailingZeros().scale(), 0) > digits) {
            problems.add(name + (digits == 0 ? " harus bilangan bulat" : " paling banyak " + digits + " angka di belakang koma"));
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            problems.add(name + " paling sedikit " + field.min().toPlainString());
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            problems.add(name + " paling banyak " + field.max().toPlainString());
        }
    }

    private void checkbox(FormField field, String name, JsonNode value) {
        if (!value.isBoolean()) {
            problems.add(name + " harus dicentang atau tidak (true atau false)");
        } else if (field.required() && !value.asBoolean()) {
            problems.add(name + " wajib dicentang");
        }
    }

    private void dateTime(FormField field, String name, JsonNode value) {
        String text = value.isTextual() ? value.asText() : "";
        boolean valid = switch (field.dateSubtype()) {
            case "time" -> isTime(text, field);
            case "datetime" -> text.length() > 11 && text.charAt(10) == 'T'
                    && isDate(text.substring(0, 10)) && isTime(text.substring(11), field);
            default -> isDate(text);
        };
        if (!valid) {
            problems.add(name + " bukan " + switch (field.dateSubtype()) {
                case "time" -> "jam yang sah (contoh 09:00)";
                case "datetime" -> "tanggal dan jam yang sah (contoh 2026-12-01T09:00+07:00)";
                default -> "tanggal yang sah (contoh 2026-12-01)";
            });
        }
    }

    private static boolean isDate(String text) {
        try {
            return DATE.matcher(text).matches() && LocalDate.parse(text) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isTime(String text, FormField field) {
        Matcher time = TIME.matcher(text);
        if (!time.matches()) {
            return false;
        }
        try {
            LocalTime.parse(time.group(1));
        } catch (DateTimeParseException e) {
            return false;
        }
        String zone = time.group(2);
        if (zone != null && !zone.equals("Z")) {
            try {
                java.time.ZoneOffset.of(zone);
            } catch (java.time.DateTimeException noSuchOffset) {
                return false;
            }
        }
        return switch (field.timeSerialisation()) {
            case "no_timezone" -> zone == null;
            case "utc_normalized" -> "Z".equals(zone);
            default -> zone != null;
        };
    }

    private void oneOf(FormField field, String name, JsonNode value, Map<String, Object> scope) {
        if (value.isContainerNode()) {
            problems.add(name + " harus berupa satu pilihan");
            return;
        }
        List<JsonNode> options = options(field, scope);
        if (options.stream().noneMatch(option -> sameValue(option.path("value"), value))) {
            problems.add(name + ": '" + value.asText() + "' bukan salah satu pilihan" + listed(options));
        }
    }

    private void someOf(FormField field, String name, JsonNode value, Map<String, Object> scope) {
        if (!value.isArray()) {
            problems.add(name + " harus berupa daftar pilihan");
            return;
        }
        if (field.required() && value.isEmpty()) {
            problems.add(name + " wajib diisi");
            return;
        }
        List<JsonNode> options = options(field, scope);
        if (value.size() > Math.max(options.size(), 1)) {
            problems.add(name + ": " + value.size() + " pilihan, lebih banyak daripada yang tersedia");
            return;
        }
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode chosen : value) {
            if (chosen.isContainerNode() || options.stream().noneMatch(option -> sameValue(option.path("value"), chosen))) {
                problems.add(name + ": '" + chosen + "' bukan salah satu pilihan" + listed(options));
            } else if (!seen.add(chosen)) {
                problems.add(name + ": '" + chosen.asText() + "' dipilih lebih dari sekali");
            }
        }
    }

    private void rows(FormField list, String name, JsonNode value, JsonNode existing, Map<String, Object> scope) {
        if (!value.isArray()) {
            problems.add(name + " harus berupa daftar baris");
            return;
        }
        if (list.required() && value.isEmpty()) {
            problems.add(name + " wajib diisi (minimal satu baris)");
            return;
        }
        if (value.size() > MAX_ROWS) {
            problems.add(name + " paling banyak " + MAX_ROWS + " baris (terisi " + value.size() + ")");
            return;
        }
        if (!list.allowsAddingAndRemovingRows() && existing.isArray() && existing.size() != value.size()) {
            problems.add(name + " harus tetap " + existing.size() + " baris: baris tidak dapat ditambah atau dihapus");
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode row = value.get(i);
            JsonNode before = existing.isArray() && i < existing.size() ? existing.get(i) : MissingNode.getInstance();
            String where = name + " baris " + (i + 1) + rowLabel(list, row) + ": ";
            nested(list, where, row, before, scope);
        }
    }

    private void group(FormField group, String name, JsonNode value, JsonNode existing, Map<String, Object> scope) {
        nested(group, name + ": ", value, existing, scope);
    }

    private void nested(FormField container, String where, JsonNode object, JsonNode before, Map<String, Object> scope) {
        if (!object.isObject()) {
            problems.add(where + "harus berisi kolom-kolom formulir");
            return;
        }
        Set<String> keys = new HashSet<>();
        container.children().forEach(child -> keys.add(child.key()));
        object.fieldNames().forEachRemaining(key -> {
            if (!keys.contains(key)) {
                problems.add(where + "'" + key + "' bukan kolom formulir ini");
            }
        });
        Map<String, Object> rowScope = new HashMap<>(scope);
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) FormValues.plain(object);
        rowScope.putAll(fields);
        for (FormField child : container.children()) {
            field(child, where, object.has(child.key()), object.path(child.key()).isMissingNode() ? NullNode.getInstance()
                    : object.get(child.key()), before.path(child.key()), rowScope);
        }
    }

    /** "(Drone)": the row's first text, so a person finds the row the message speaks of. */
    private static String rowLabel(FormField list, JsonNode row) {
        for (FormField child : list.children()) {
            JsonNode value = row.path(child.key());
            if (value.isTextual() && !value.asText().isBlank()) {
                String text = value.asText().strip();
                return " (" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + ")";
            }
        }
        return "";
    }

    private boolean isHidden(FormField field, Map<String, Object> scope) {
        if (field.hideExpression() == null) {
            return false;
        }
        return FeelExpressions.evaluate(field.hideExpression(), scope).map(Boolean.TRUE::equals).orElse(false);
    }

    private List<JsonNode> options(FormField field, Map<String, Object> scope) {
        List<JsonNode> options = new ArrayList<>(field.staticOptions());
        if (field.valuesKey() != null) {
            addOptions(FormValues.json(scope.get(field.valuesKey())), options);
        }
        if (field.valuesExpression() != null) {
            Optional<Object> evaluated = FeelExpressions.evaluate(field.valuesExpression(), scope);
            evaluated.filter(Collection.class::isInstance).ifPresent(list -> addOptions(FormValues.json(list), options));
        }
        return options;
    }

    /** Options from a variable or expression: {@code [{label, value}]}, or plain values (Tasklist accepts both). */
    private static void addOptions(JsonNode list, List<JsonNode> options) {
        for (JsonNode option : list) {
            options.add(option.isObject() ? option : JsonNodeFactory.instance.objectNode().set("value", option));
        }
    }

    /** The options as the person sees them: "(Baik; Rusak ringan; …)". */
    private static String listed(List<JsonNode> options) {
        if (options.isEmpty() || options.size() > 12) {
            return "";
        }
        List<String> labels = options.stream()
                .map(option -> option.path("label").asText(option.path("value").asText()))
                .toList();
        return " (" + String.join("; ", labels) + ")";
    }

    private static boolean isText(FormField field) {
        return field.type().equals("textfield") || field.type().equals("textarea");
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        boolean aEmpty = a == null || a.isNull() || a.isMissingNode();
        boolean bEmpty = b == null || b.isNull() || b.isMissingNode();
        if (aEmpty || bEmpty) {
            return aEmpty && bEmpty;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String quoted(FormField field) {
        return "«" + field.label() + "»";
    }
}
