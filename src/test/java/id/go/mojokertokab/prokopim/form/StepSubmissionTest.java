package id.go.mojokertokab.prokopim.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/** The step contract's rules, on the project's own forms (as in forms/) and on small forms of its own. */
class StepSubmissionTest {

    private static final Map<String, Object> STAFF_OPTIONS = Map.of("daftarStaf", Spin.JSON(List.of(
            Map.of("label", "Dewi Lestari (staf1)", "value", "staf1"),
            Map.of("label", "Agus Prasetyo (staf2)", "value", "staf2"))));

    @ParameterizedTest
    @EnumSource(SopStep.class)
    void each_steps_completion_as_tasklist_sends_it_is_accepted(SopStep step) {
        Map<String, Object> existing = new HashMap<>(SopInputs.before(step));
        existing.putAll(STAFF_OPTIONS);

        assertThat(problems(formOf(step), SopInputs.completing(step), existing)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SopStep.Sop.class)
    void each_sops_start_as_its_start_form_sends_it_is_accepted(SopStep.Sop sop) {
        assertThat(problems(startFormOf(sop), SopInputs.starting(sop), Map.of())).isEmpty();
    }

    @Test
    void only_the_forms_own_fields() {
        assertThat(problems(form("merujuk-agenda"), Map.of("disposisiAgenda", "Liput.", "pimpinan", "Bupati"), Map.of()))
                .containsExactly("'pimpinan' bukan kolom formulir langkah ini");
    }

    @Test
    void required_fields_present_and_not_empty() {
        StepForm form = form("tugaskan-staf-inventarisasi");

        assertThat(problems(form, Map.of(), STAFF_OPTIONS)).containsExactly(
                "«Staf Sub Dokpim yang ditugaskan» wajib diisi", "«Disposisi kepada staf» wajib diisi");
        assertThat(problems(form, Map.of("stafPelaksana", "staf1", "disposisiSubkoor", ""), STAFF_OPTIONS))
                .containsExactly("«Disposisi kepada staf» wajib diisi");
    }

    @Test
    void texts_are_texts_up_to_their_limit() {
        StepForm form = form("merujuk-agenda");

        assertThat(problems(form, Map.of("disposisiAgenda", 5), Map.of())).containsExactly("«Disposisi» harus berupa teks");
        assertThat(problems(form, Map.of("disposisiAgenda", "a".repeat(20_000)), Map.of())).isEmpty();
        assertThat(problems(form, Map.of("disposisiAgenda", "a".repeat(20_001)), Map.of()))
                .containsExactly("«Disposisi» paling banyak 20000 karakter (terisi 20001)");
    }

    @Test
    void a_pattern_is_explained_with_the_fields_pesanPola_as_in_tasklist() {
        Map<String, Object> design = new HashMap<>(SopInputs.completing(SopStep.MEDIA_4));
        design.put("tautanDesain", "ftp://server/desain");

        assertThat(problems(form("desain-konten"), design, Map.of())).singleElement().asString()
                .isEqualTo("«Tautan hasil desain» tidak sesuai format yang diminta: Isi dengan tautan yang diawali http:// atau https://.");
    }

    @Test
    void a_choice_is_one_of_the_options() {
        Map<String, Object> agenda = new HashMap<>(SopInputs.agenda());
        agenda.put("pimpinan", "Presiden");

        assertThat(problems(startFormOf(SopStep.Sop.MEDIA_SOSIAL), agenda, Map.of())).containsExactly(
                "«Pimpinan»: 'Presiden' bukan salah satu pilihan (Bupati; Wakil Bupati; Sekretaris Daerah)");
    }

    @Test
    void options_from_a_variable_are_the_variables_values() {
        StepForm form = form("tugaskan-staf-inventarisasi");

        assertThat(problems(form, Map.of("stafPelaksana", "staf2", "disposisiSubkoor", "Cek."), STAFF_OPTIONS)).isEmpty();
        assertThat(problems(form, Map.of("stafPelaksana", "kabag", "disposisiSubkoor", "Cek."), STAFF_OPTIONS))
                .containsExactly("«Staf Sub Dokpim yang ditugaskan»: 'kabag' bukan salah satu pilihan (Dewi Lestari (staf1); Agus Prasetyo (staf2))");
    }

    @Test
    void a_date_and_time_as_the_date_picker_writes_it() {
        StepForm form = startFormOf(SopStep.Sop.MEDIA_SOSIAL);
        for (String wrong : List.of("2026-13-01T09:00+07:00", "2026-12-01T09:00", "01/12/2026 09:00", "2026-12-01T25:00+07:00")) {
            Map<String, Object> agenda = new HashMap<>(SopInputs.agenda());
            agenda.put("waktuKegiatan", wrong);
            assertThat(problems(form, agenda, Map.of())).as(wrong).singleElement().asString()
                    .contains("«Tanggal kegiatan» bukan tanggal dan jam yang sah");
        }
    }

    @Test
    void a_checklist_takes_each_option_once() {
        Map<String, Object> plan = new HashMap<>(SopInputs.completing(SopStep.MEDIA_3));
        StepForm form = form("membagi-tugas");

        plan.put("kanalMedia", Spin.JSON(List.of("instagram", "tiktok")));
        assertThat(problems(form, plan, STAFF_OPTIONS)).singleElement().asString().contains("'\"tiktok\"' bukan salah satu pilihan");
        plan.put("kanalMedia", Spin.JSON(List.of("instagram", "instagram")));
        assertThat(problems(form, plan, STAFF_OPTIONS)).containsExactly("«Media sosial»: 'instagram' dipilih lebih dari sekali");
        plan.put("kanalMedia", Spin.JSON(List.of()));
        assertThat(problems(form, plan, STAFF_OPTIONS)).containsExactly("«Media sosial» wajib diisi");
        plan.put("kanalMedia", "instagram");
        assertThat(problems(form, plan, STAFF_OPTIONS)).containsExactly("«Media sosial» harus berupa daftar pilihan");
    }

    @Test
    void a_decision_is_a_boolean_and_its_notes_appear_only_with_a_revision() {
        StepForm form = form("verifikasi-konten");

        assertThat(problems(form, Map.of("kontenDisetujui", "true"), Map.of()))
                .contains("«Hasil verifikasi»: 'true' bukan salah satu pilihan (Disetujui, layak tayang; Perlu revisi)");
        assertThat(problems(form, Map.of("kontenDisetujui", false), Map.of()))
                .containsExactly("«Catatan verifikasi» wajib diisi");
        assertThat(problems(form, Map.of("kontenDisetujui", true, "catatanVerifikasi", "sisa catatan"), Map.of()))
                .containsExactly("«Catatan verifikasi» tidak ditampilkan pada formulir ini, jadi tidak boleh dikirim");
        // round two: the first round's "Perlu revisi" is still a variable; this round's decision counts
        assertThat(problems(form, Map.of("kontenDisetujui", true), Map.of("kontenDisetujui", false))).isEmpty();
    }

    @Test
    void a_link_is_asked_for_exactly_the_chosen_channels() {
        StepForm form = form("unggah-konten");
        Map<String, Object> chosen = Map.of("kanalMedia", Spin.JSON(List.of("instagram")));

        assertThat(problems(form, Map.of("tautanInstagram", "https://www.instagram.com/p/abc"), chosen)).isEmpty();
        assertThat(problems(form, Map.of("tautanInstagram", "https://www.instagram.com/p/abc",
                "tautanYoutube", "https://youtu.be/x"), chosen))
                .containsExactly("«Tautan unggahan YouTube» tidak ditampilkan pada formulir ini, jadi tidak boleh dikirim");
        assertThat(problems(form, Map.of(), chosen)).containsExactly("«Tautan unggahan Instagram» wajib diisi");
    }

    @Test
    void each_row_of_the_equipment_list_is_checked_against_the_rows_fields() {
        StepForm form = form("periksa-peralatan");
        Map<String, Object> row = new HashMap<>(Map.of("nama", "Drone", "jumlah", 1.5, "kondisi", "Baik",
                "bateraiSiap", "ya", "memoriSiap", "", "catatan", "", "harga", 10));

        assertThat(problems(form, Map.of("peralatanTakTerdaftar", Spin.JSON(List.of(row))), Map.of())).containsExactlyInAnyOrder(
                "«Peralatan yang belum terdaftar» baris 1 (Drone): 'harga' bukan kolom formulir ini",
                "«Peralatan yang belum terdaftar» baris 1 (Drone): «Jumlah» harus bilangan bulat",
                "«Peralatan yang belum terdaftar» baris 1 (Drone): «Baterai siap» harus dicentang atau tidak (true atau false)",
                "«Peralatan yang belum terdaftar» baris 1 (Drone): «Memori siap» harus dicentang atau tidak (true atau false)");
        row.remove("harga");
        row.put("jumlah", "3");
        row.put("bateraiSiap", false);
        row.put("memoriSiap", true);
        assertThat(problems(form, Map.of("peralatanTakTerdaftar", Spin.JSON(List.of(row))), Map.of()))
                .containsExactly("«Peralatan yang belum terdaftar» baris 1 (Drone): «Jumlah» harus berupa angka");
        assertThat(problems(form, Map.of("peralatan", "Kamera"), Map.of()))
                .containsExactly("«Peralatan dokumentasi» harus berupa daftar baris");
    }

    @Test
    void the_registers_rows_keep_their_names_and_codes() {
        StepForm form = form("periksa-peralatan");
        Map<String, Object> listed = new HashMap<>(Map.of("nama", "Kamera Sony A7 III", "kode", "KAM-001", "kategori", "Kamera",
                "kondisiTerakhir", "Baik", "diperiksaTerakhir", "-", "bateraiSiap", false, "memoriSiap", false, "catatan", ""));
        listed.put("jumlah", null);
        listed.put("kondisi", null);
        Map<String, Object> existing = Map.of("peralatan", Spin.JSON(List.of(listed)));
        Map<String, Object> checked = new HashMap<>(listed);
        checked.put("jumlah", 1);
        checked.put("kondisi", "Baik");

        assertThat(problems(form, Map.of("peralatan", Spin.JSON(List.of(checked))), existing)).isEmpty();
        assertThat(problems(form, Map.of("peralatan", Spin.JSON(List.of(listed))), existing)).containsExactlyInAnyOrder(
                "«Peralatan dokumentasi» baris 1 (Kamera Sony A7 III): «Jumlah» wajib diisi",
                "«Peralatan dokumentasi» baris 1 (Kamera Sony A7 III): «Kondisi» wajib diisi");
        Map<String, Object> renamed = new HashMap<>(checked);
        renamed.put("kode", "KAM-999");
        assertThat(problems(form, Map.of("peralatan", Spin.JSON(List.of(renamed))), existing))
                .containsExactly("«Peralatan dokumentasi» baris 1 (Kamera Sony A7 III): «Kode inventaris» hanya untuk dibaca dan tidak boleh diubah");

    }

    @Test
    void values_no_form_field_produces_are_refused() {
        assertThat(problems(form("merujuk-agenda"), Map.of("disposisiAgenda", new Date()), Map.of()))
                .containsExactly("«Disposisi» tidak dapat diisi dengan nilai jenis Date");
        assertThat(problems(form("merujuk-agenda"), Map.of("disposisiAgenda", Variables.byteArrayValue(new byte[] {1})), Map.of()))
                .containsExactly("«Disposisi» tidak dapat diisi dengan nilai jenis bytes");
    }

    @Test
    void a_transient_value_would_never_be_stored_and_is_refused() {
        assertThat(problems(form("merujuk-agenda"),
                Map.of("disposisiAgenda", Variables.stringValue("Liput.", true)), Map.of()))
                .containsExactly("«Disposisi» dikirim sebagai nilai sementara (transient) yang tidak disimpan");
    }

    @Test
    void a_hidden_field_may_not_even_be_emptied() {
        Map<String, Object> approved = new HashMap<>();
        approved.put("kontenDisetujui", true);
        approved.put("catatanVerifikasi", null);

        assertThat(problems(form("verifikasi-konten"), approved, Map.of("catatanVerifikasi", "Perbaiki ejaan.")))
                .containsExactly("«Catatan verifikasi» tidak ditampilkan pada formulir ini, jadi tidak boleh dikirim");
    }

    @Test
    void plain_fields_take_plain_values_not_json_or_empty_strings() {
        StepForm form = form("tugaskan-staf-inventarisasi");

        assertThat(problems(form, Map.of("stafPelaksana", Variables.untypedValue(Spin.JSON("\"staf1\"")),
                "disposisiSubkoor", "Cek."), STAFF_OPTIONS))
                .containsExactly("«Staf Sub Dokpim yang ditugaskan» harus dikirim sebagai nilai biasa, bukan JSON");
        Map<String, Object> design = new HashMap<>(SopInputs.completing(SopStep.MEDIA_4));
        design.put("tautanDesain", "https://drive.example.go.id/desain/1\nhttps://lain");
        assertThat(problems(form("desain-konten"), design, Map.of())).contains("«Tautan hasil desain» tidak boleh berisi baris baru");
        // a control character, which no keyboard types and no printed record can hold
        design.put("tautanDesain", "https://drive.example.go.id/desain/1");
        design.put("naskahKonten", "Naskah\u0001 konten");
        assertThat(problems(form("desain-konten"), design, Map.of()))
                .containsExactly("«Naskah konten» berisi karakter kendali yang tidak dapat dicetak; ketik ulang isinya");
    }

    @Test
    void values_that_cannot_be_read_are_refused_not_failed_on() {
        assertThat(problems(form("periksa-peralatan"), Map.of("peralatan",
                org.camunda.spin.plugin.variable.SpinValues.jsonValue("{").create()), Map.of()))
                .containsExactly("«Peralatan dokumentasi» tidak dapat diisi dengan nilai jenis JSON yang rusak");
        assertThat(problems(form("periksa-peralatan"), Map.of("peralatan",
                Variables.serializedObjectValue("1").serializationDataFormat("application/x-java-serialized-object").create()), Map.of()))
                .singleElement().asString().startsWith("«Peralatan dokumentasi» tidak dapat diisi dengan nilai jenis");
    }

    @Test
    void a_huge_list_is_refused_in_one_short_message() {
        List<Map<String, Object>> rows = java.util.Collections.nCopies(StepSubmission.MAX_ROWS + 1, Map.of());
        List<String> tooMany = problems(form("periksa-peralatan"), Map.of("peralatanTakTerdaftar", Spin.JSON(rows)), Map.of());
        assertThat(tooMany).containsExactly("«Peralatan yang belum terdaftar» paling banyak 500 baris (terisi 501)");

        List<Map<String, Object>> empty = java.util.Collections.nCopies(60, Map.of());
        List<String> manyProblems = problems(form("periksa-peralatan"), Map.of("peralatanTakTerdaftar", Spin.JSON(empty)), Map.of());
        assertThat(manyProblems).hasSize(StepSubmission.MAX_PROBLEMS + 1).last().isEqualTo("dan 160 masalah lain");

        String big = "[" + "{},".repeat(100_000) + "{}]";
        assertThat(problems(form("periksa-peralatan"), Map.of("peralatan",
                org.camunda.spin.plugin.variable.SpinValues.jsonValue(big).create()), Map.of()))
                .containsExactly("«Peralatan dokumentasi» tidak dapat diisi dengan nilai jenis JSON lebih dari 256 ribu karakter");
    }

    @Test
    void read_only_disabled_numbers_and_lengths_of_a_form_of_its_own() throws Exception {
        StepForm form = StepForm.of(new ObjectMapper().readTree("""
                {"id": "uji", "components": [
                  {"type": "textfield", "key": "kode", "label": "Kode", "readonly": true},
                  {"type": "textfield", "key": "nomor", "label": "Nomor", "disabled": true},
                  {"type": "number", "key": "jumlah", "label": "Jumlah", "validate": {"min": 1, "max": 10}, "decimalDigits": 1},
                  {"type": "textfield", "key": "surel", "label": "Surel", "validate": {"validationType": "email", "minLength": 6}},
                  {"type": "text", "text": "{{kode}}"}
                ]}"""));

        assertThat(form.variableNames()).containsExactly("kode", "jumlah", "surel");
        assertThat(problems(form, Map.of("kode", "K-1", "jumlah", 2.5, "surel", "dewi@mojokertokab.go.id"),
                Map.of("kode", "K-1"))).isEmpty();
        assertThat(problems(form, Map.of("kode", "K-2", "nomor", "9", "jumlah", 10.25, "surel", "a@b"), Map.of("kode", "K-1")))
                .containsExactlyInAnyOrder("«Kode» hanya untuk dibaca dan tidak boleh diubah",
                        "«Nomor» nonaktif pada formulir ini, jadi tidak boleh dikirim",
                        "«Jumlah» paling banyak 1 angka di belakang koma", "«Jumlah» paling banyak 10",
                        "«Surel» harus berupa alamat e-mail", "«Surel» paling sedikit 6 karakter");
    }

    @Test
    void components_the_contract_cannot_check_are_listed() throws Exception {
        StepForm form = StepForm.of(new ObjectMapper().readTree("""
                {"id": "uji", "components": [
                  {"id": "Field_hitung", "type": "expression", "key": "hitung", "expression": "=1+1"},
                  {"id": "Field_alamat", "type": "textfield", "key": "alamat.jalan"},
                  {"id": "Group_1", "type": "group", "components": [{"type": "textfield", "key": "kota"}]}
                ]}"""));

        assertThat(form.unsupportedComponents()).containsExactly("komponen 'Field_hitung' bertipe 'expression'",
                "kolom 'Field_alamat' dengan kunci 'alamat.jalan' (kunci harus satu nama variabel, tanpa titik)");
        assertThat(form.variableNames()).containsExactly("kota");
    }

    private static List<String> problems(StepForm form, Map<String, ?> submitted, Map<String, ?> existing) {
        return StepSubmission.problems(form, submitted, existing);
    }

    static StepForm form(String id) {
        try (InputStream json = new FileInputStream(Path.of("forms", id + ".form").toFile())) {
            return StepForm.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StepForm formOf(SopStep step) {
        UserTask task = model(step.sop).getModelElementById(step.taskId);
        return form(task.getCamundaFormRef());
    }

    private static StepForm startFormOf(SopStep.Sop sop) {
        StartEvent start = model(sop).getModelElementsByType(StartEvent.class).iterator().next();
        return form(start.getCamundaFormRef());
    }

    private static BpmnModelInstance model(SopStep.Sop sop) {
        String file = sop == SopStep.Sop.INVENTARISASI ? "inventarisasi-peralatan-dokumentasi" : "penyampaian-informasi-media-sosial";
        return Bpmn.readModelFromFile(Path.of("bpmn", file + ".bpmn").toFile());
    }
}
