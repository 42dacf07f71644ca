package id.go.mojokertokab.prokopim.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks that our Indonesian locale ({@code id.json}) of the Camunda webapps covers every key of the English
 * locale shipped in the Camunda webapp jar, and that interpolation placeholders and markup survived translation.
 * <p>
 * The English files only exist inside {@code camunda-webapp-webjar}; our {@code id.json} files live under the
 * same classpath prefix in {@code src/main/resources}. A Camunda upgrade that adds, renames or removes keys makes
 * this test fail with the list of affected keys.
 */
class LocaleCoverageTest {

    private static final String LOCALES = "/META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * English values an Indonesian reader of Cockpit and Admin reads as they are: product names, data types, symbols,
     * abbreviations and IT loanwords. Any other value identical to English is English left on screen.
     */
    private static final Set<String> SAME_IN_INDONESIAN = Set.of(
            "Admin", "Camunda", "Camunda Cockpit", "Cockpit", "Tasklist", "Optimize",
            "Boolean", "Double", "Integer", "Long", "Short", "String", "<null>", "<undefined>",
            "<", "<=", ">", ">=", "CSV", "JSON", "ID", "ID*", "OK", "YYYY-MM-DDTHH:mm:ss",
            "Filter", "Operator", "Status", "Minimum:", "Tenant", "Tenant: ID");

    /** {{ angular expressions }}, {0} / {} positional placeholders, printf-style %s / %d. */
    private static final List<Pattern> PLACEHOLDERS = List.of(
            Pattern.compile("\\{\\{.*?\\}\\}", Pattern.DOTALL),
            Pattern.compile("\\{\\d*\\}"),
            Pattern.compile("%[sd]"));

    /** Opening or closing HTML tag; group 1 is the tag name. */
    private static final Pattern HTML_TAG = Pattern.compile("</?\\s*([a-zA-Z][a-zA-Z0-9-]*)");

    /**
     * A value that consists of a single angle-bracketed word such as {@code <Operation>} or {@code <version>} is a
     * literal text placeholder shown to the user (it is translated), not markup.
     */
    private static final Pattern PSEUDO_TAG = Pattern.compile("^<[A-Za-z]+>$");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void indonesian_locale_covers_english_locale(String app) throws IOException {
        byte[] idBytes = read(app, "id");
        assertFalse(idBytes.length >= 3 && (idBytes[0] & 0xFF) == 0xEF && (idBytes[1] & 0xFF) == 0xBB
                && (idBytes[2] & 0xFF) == 0xBF, app + "/locales/id.json must be UTF-8 without BOM");

        Map<String, String> en = flatten(parse(read(app, "en")));
        Map<String, String> id = flatten(parse(idBytes));

        List<String> missing = new ArrayList<>();
        List<String> blank = new ArrayList<>();
        List<String> placeholderMismatch = new ArrayList<>();
        for (Map.Entry<String, String> entry : en.entrySet()) {
            String key = entry.getKey();
            String translated = id.get(key);
            if (translated == null) {
                missing.add(key);
            } else if (translated.isBlank()) {
                blank.add(key);
            } else if (!markup(entry.getValue()).equals(markup(translated))) {
                placeholderMismatch.add(key + " (en " + markup(entry.getValue()) + " vs id " + markup(translated) + ")");
            }
        }
        List<String> extra = new ArrayList<>(id.keySet());
        extra.removeAll(en.keySet());

        StringBuilder report = new StringBuilder();
        append(report, "keys missing in " + app + "/locales/id.json", missing);
        append(report, "keys with a blank Indonesian value", blank);
        append(report, "keys not present in the English locale (removed or renamed upstream?)", extra);
        append(report, "keys whose placeholders/markup differ from English", placeholderMismatch);
        if (report.length() > 0) {
            fail("Indonesian locale of Camunda " + app + " is out of sync with en.json:" + report);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cockpit", "admin"})
    void indonesian_locale_leaves_no_english_on_screen(String app) throws IOException {
        Map<String, String> en = flatten(parse(read(app, "en")));
        Map<String, String> id = flatten(parse(read(app, "id")));

        List<String> english = en.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("labels."))
                .filter(entry -> entry.getValue().equals(id.get(entry.getKey())))
                .filter(entry -> !SAME_IN_INDONESIAN.contains(entry.getValue().strip()))
                .map(entry -> entry.getKey() + " = \"" + entry.getValue() + "\"")
                .toList();

        assertTrue(english.isEmpty(), app + "/locales/id.json keeps English values: " + english);
    }

    private static void append(StringBuilder report, String title, List<String> keys) {
        if (!keys.isEmpty()) {
            report.append("\n").append(title).append(" (").append(keys.size()).append("):");
            keys.forEach(key -> report.append("\n  - ").append(key));
        }
    }

    private byte[] read(String app, String locale) throws IOException {
        String path = String.format(LOCALES, app, locale);
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertNotNull(in, "classpath resource not found: " + path);
            return in.readAllBytes();
        }
    }

    private static JsonNode parse(byte[] bytes) throws IOException {
        String json = new String(bytes, StandardCharsets.UTF_8);
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        return MAPPER.readTree(json);
    }

    /** Flattens nested objects/arrays to {@code a.b[0].c -> value}, keeping document order. */
    private static Map<String, String> flatten(JsonNode root) {
        Map<String, String> result = new LinkedHashMap<>();
        flatten("", root, result);
        return result;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> result) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), result);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), result);
            }
        } else {
            result.put(prefix, node.isNull() ? "" : node.asText());
        }
    }

    /** Sorted list of the placeholders and HTML tag names of a value (order-independent, counts duplicates). */
    private static List<String> markup(String value) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : PLACEHOLDERS) {
            Matcher matcher = pattern.matcher(value);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        if (!PSEUDO_TAG.matcher(value).matches()) {
            Matcher tag = HTML_TAG.matcher(value);
            while (tag.find()) {
                found.add("<" + tag.group(1).toLowerCase() + ">");
            }
        }
        Collections.sort(found);
        return found;
    }
}
