package id.go.mojokertokab.prokopim.sopsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Camunda Forms of a planned SOP, shaped like forms/*.form: a start form with the sheet's
 * header and a required field naming the case ({@value #CASE_NAME_KEY}), and one form per step
 * with its mutu baku, the earlier steps' outputs read-only, a required field for its own output
 * and, for a decision, a required Ya/Tidak choice the gateway after it reads.
 */
final class StepForms {

    /** The start form's field that names the case (the process's {@code namaKasus}). */
    static final String CASE_NAME_KEY = "perihal";
    static final String CASE_NAME_LABEL = "Perihal / agenda";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SopPlan plan;
    private final String stem;

    StepForms(SopPlan plan, String stem) {
        this.plan = plan;
        this.stem = stem;
    }

    String startFormId() {
        return stem + "-mulai";
    }

    String formId(PlannedStep step) {
        return stem + "-langkah-" + SopNames.token(step.step().number()).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The variable a step's output is recorded in. */
    static String outputKey(PlannedStep step) {
        return "hasilLangkah" + SopNames.token(step.step().number());
    }

    /** The boolean a decision step records: true for "Ya". */
    static String decisionKey(PlannedStep step) {
        return "keputusanLangkah" + SopNames.token(step.step().number());
    }

    /** File name → JSON, start form first, then the steps in order. */
    Map<String, String> all() {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put(startFormId() + ".form", write(startFormId(), startComponents()));
        for (PlannedStep step : plan.steps()) {
            forms.put(formId(step) + ".form", write(formId(step), stepComponents(step)));
        }
        return forms;
    }

    private List<ObjectNode> startComponents() {
        SheetHeader header = plan.sheet().header();
        StringBuilder text = new StringBuilder();
        String nomor = header.nomor().isBlank() ? "" : "Nomor SOP " + header.nomor().trim() + " · ";
        text.append("##### ").append(nomor).append(SopNames.title(plan.sheet().unit())).append('\n');
        text.append("### ").append(SopNames.processName(header.nama())).append('\n');
        text.append("Dimulai oleh **").append(plan.steps().get(0).role().laneName()).append("**. Langkah SOP:\n\n");
        for (PlannedStep step : plan.steps()) {
            text.append(SopNames.number(step.step().number())).append(". ").append(oneLine(step.step().kegiatan()))
                    .append(" · *").append(step.role().laneName()).append(", ").append(step.standard().text().trim())
                    .append("*\n");
        }
        numbered(text, "Dasar hukum", header.dasarHukum());
        numbered(text, "Peralatan/perlengkapan", header.peralatan());
        if (!header.peringatan().isBlank()) {
            text.append("\n**Peringatan SOP:** ").append(oneLine(header.peringatan()));
        }
        ObjectNode caseName = field("textfield", CASE_NAME_KEY, CASE_NAME_LABEL, "Nama kasus ini, misalnya perihal surat atau agenda kegiatan.", 500);
        return List.of(text("Text_Header", text.toString().strip()), caseName);
    }

    private static void numbered(StringBuilder text, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        text.append("\n**").append(title).append(":**\n\n");
        for (int i = 0; i < items.size(); i++) {
            text.append(i + 1).append(". ").append(oneLine(items.get(i))).append('\n');
        }
    }

    private List<ObjectNode> stepComponents(PlannedStep step) {
        SheetStep row = step.step();
        StringBuilder header = new StringBuilder()
                .append("##### ").append(SopNames.processName(plan.sheet().header().nama())).append('\n')
                .append("### Langkah ").append(SopNames.number(row.number())).append(" · ").append(step.role().laneName()).append('\n')
                .append("**").append(oneLine(row.kegiatan())).append("**\n\n")
                .append("| Kelengkapan | Waktu | Output |\n|---|---|---|\n")
                .append("| ").append(cell(row.kelengkapan())).append(" | ").append(cell(step.standard().text()))
                .append(" | ").append(cell(row.output())).append(" |");
        if (!row.keterangan().isBlank()) {
            header.append("\n\nKeterangan: ").append(oneLine(row.keterangan()));
        }
        List<ObjectNode> components = new ArrayList<>();
        components.add(text("Text_Header", header.toString()));
        components.add(text("Text_HasilSebelumnya", earlierOutputs(step)));
        components.add(field("textarea", outputKey(step), outputLabel(row), "Output langkah ini menurut SOP.", 20_000));
        if (step.decision() != null) {
            components.add(decision(step));
        }
        return components;
    }

    private String earlierOutputs(PlannedStep step) {
        StringBuilder text = new StringBuilder("#### Kasus\n**").append(CASE_NAME_LABEL).append(":** {{")
                .append(CASE_NAME_KEY).append("}}");
        for (PlannedStep earlier : plan.steps()) {
            if (earlier == step) {
                break;
            }
            text.append("\n\n**Langkah ").append(SopNames.number(earlier.step().number())).append(" · ")
                    .append(outputLabel(earlier.step())).append(" (").append(earlier.role().laneName()).append("):** {{")
                    .append(outputKey(earlier)).append("}}");
        }
        return text.toString();
    }

    private static String outputLabel(SheetStep row) {
        return row.output().isBlank() ? "Hasil langkah " + SopNames.number(row.number()) : oneLine(row.output());
    }

    private static ObjectNode decision(PlannedStep step) {
        ObjectNode radio = component("Field_" + decisionKey(step), "radio");
        radio.put("label", oneLine(step.decision().question()));
        radio.put("key", decisionKey(step));
        ArrayNode values = radio.putArray("values");
        values.addObject().put("label", "Ya").put("value", true);
        values.addObject().put("label", "Tidak, kembali ke langkah " + SopNames.number(step.decision().backToStep()))
                .put("value", false);
        radio.putObject("validate").put("required", true);
        return radio;
    }

    private static ObjectNode field(String type, String key, String label, String description, int maxLength) {
        ObjectNode field = component("Field_" + key, type);
        field.put("label", label);
        field.put("key", key);
        field.put("description", description);
        field.putObject("validate").put("required", true).put("maxLength", maxLength);
        return field;
    }

    private static ObjectNode text(String id, String text) {
        ObjectNode component = component(id, "text");
        component.put("text", text);
        return component;
    }

    private static ObjectNode component(String id, String type) {
        ObjectNode component = JSON.objectNode();
        component.put("id", id);
        component.put("type", type);
        return component;
    }

    private static String write(String id, List<ObjectNode> components) {
        ObjectNode form = JSON.objectNode();
        form.put("id", id);
        form.put("type", "default");
        form.put("schemaVersion", 16);
        form.put("executionPlatform", "Camunda Platform");
        form.put("executionPlatformVersion", "7.24.0");
        form.putObject("exporter").put("name", "Camunda Modeler").put("version", "5.41.0");
        ArrayNode list = form.putArray("components");
        for (int i = 0; i < components.size(); i++) {
            ObjectNode layout = components.get(i).putObject("layout");
            layout.put("row", "Row_" + (i + 1));
            layout.putNull("columns");
            list.add(components.get(i));
        }
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(form) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A sheet's cell text on one line (Markdown and labels). */
    static String oneLine(String text) {
        return text.trim().replaceAll("\\s+", " ");
    }

    private static String cell(String text) {
        String line = oneLine(text);
        return line.isEmpty() ? "-" : line.replace("|", "\\|");
    }
}
