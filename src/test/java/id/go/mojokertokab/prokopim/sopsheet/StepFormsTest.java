package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.mojokertokab.prokopim.form.FormField;
import id.go.mojokertokab.prokopim.form.StepForm;

/** The generated forms: named and shaped as forms/*.form, each step's output required, the decision a Ya/Tidak choice. */
class StepFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final GeneratedSop sop = SopWriter.write(SopPlans.pelayananDokumentasi());

    @Test
    void one_form_per_step_and_a_start_form_with_ids_equal_to_their_file_stems() throws IOException {
        assertThat(sop.bpmnFileName()).isEqualTo("pelayanan-dokumentasi-tugas-pimpinan.bpmn");
        assertThat(sop.forms().keySet()).first().isEqualTo("pelayanan-dokumentasi-tugas-pimpinan-mulai.form");
        assertThat(sop.forms()).hasSize(10).containsKey("pelayanan-dokumentasi-tugas-pimpinan-langkah-9.form");
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, String> form : sop.forms().entrySet()) {
            JsonNode schema = JSON.readTree(form.getValue());
            assertThat(schema.path("id").asText() + ".form").isEqualTo(form.getKey());
            assertThat(ids.add(schema.path("id").asText())).isTrue();
            assertThat(schema.path("schemaVersion").asInt()).isEqualTo(16);
            assertThat(schema.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
            assertThat(schema.path("exporter").path("name").asText()).isEqualTo("Camunda Modeler");
            assertThat(sop.bpmnXml()).contains("camunda:formRef=\"" + schema.path("id").asText() + "\"");
            Path folder = Files.createDirectories(Path.of("target", "sopsheet"));
            Files.writeString(folder.resolve(form.getKey()), form.getValue());
        }
    }

    @Test
    void decision_step_shows_earlier_outputs_and_requires_its_output_and_answer() throws IOException {
        String json = sop.forms().get("pelayanan-dokumentasi-tugas-pimpinan-langkah-6.form");
        StepForm form = StepForm.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(form.fields()).extracting(FormField::key).containsExactly("hasilLangkah6", "keputusanLangkah6");
        assertThat(form.fields()).allMatch(FormField::required);
        assertThat(form.field("hasilLangkah6").label()).isEqualTo("Hasil dokumentasi terverifikasi");
        assertThat(form.field("keputusanLangkah6").type()).isEqualTo("radio");
        assertThat(form.field("keputusanLangkah6").staticOptions()).extracting(option -> option.path("value"))
                .containsExactly(JSON.getNodeFactory().booleanNode(true), JSON.getNodeFactory().booleanNode(false));
        JsonNode texts = JSON.readTree(json).path("components");
        assertThat(texts.get(0).path("text").asText()).contains("### Langkah 6 · Sub Koordinator Dokpim",
                "**Apakah hasil dokumentasi sesuai?**", "| Hasil dokumentasi tersunting | 30 menit | Hasil dokumentasi terverifikasi |",
                "Keterangan: Ya: lanjut ke langkah 7; Tidak: kembali ke langkah 5");
        assertThat(texts.get(1).path("text").asText()).contains("{{hasilLangkah5}}", "{{perihal}}")
                .doesNotContain("{{hasilLangkah6}}");
    }

    @Test
    void start_form_carries_the_header_and_requires_the_case_name() throws IOException {
        String json = sop.forms().get("pelayanan-dokumentasi-tugas-pimpinan-mulai.form");
        StepForm form = StepForm.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(form.fields()).singleElement().satisfies(field -> {
            assertThat(field.key()).isEqualTo("perihal");
            assertThat(field.label()).isEqualTo("Perihal / agenda");
            assertThat(field.required()).isTrue();
        });
        assertThat(JSON.readTree(json).path("components").get(0).path("text").asText())
                .contains("Peraturan Daerah No. 9 Tahun 2016", "**Peralatan/perlengkapan:**", "Peringatan SOP",
                        "9. Mengarsipkan foto dan video ke arsip digital Prokopim · *Pengelola Arsip, 1 hari kerja*");
        assertThat(sop.bpmnXml()).contains("<camunda:property name=\"namaKasus\" value=\"${perihal}\" />");
    }
}
