package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.mojokertokab.prokopim.http.OfficeHttpTest;

/**
 * /api/impor-sop over HTTP with the test sheet (four pelaksana, two of them new to the office):
 * the administrator previews it, downloads it for Camunda Modeler and deploys it, after which the
 * process, its groups and their grants are read back from the engine; a second deployment of the
 * same sheet makes no new version. Whoever is no administrator is refused in Camunda's shape, and
 * a sheet with mistakes is listed row by row and produces nothing.
 */
class SopImportApiTest extends OfficeHttpTest {

    static final String KEY = "peminjamanPeralatanDokumentasi";
    static final List<String> NEW_GROUPS = List.of("pengelola-gudang-peralatan", "peminjam-peralatan");

    @Autowired
    ProcessEngine engine;
    @Autowired
    AuthorizationService authorizationService;

    @AfterEach
    void removeWhatTheImportMade() {
        ImportedSops.removeAll(engine, KEY, NEW_GROUPS);
    }

    private SheetUpload upload() {
        return new SheetUpload(api());
    }

    @Test
    void the_administrator_sees_the_process_the_sheet_becomes_with_its_roles() {
        JsonNode preview = upload().post("admin", "/api/impor-sop", "peminjaman.md", SheetUpload.testSheet()).expect(200).json();

        assertThat(preview.path("masalah").size()).isZero();
        JsonNode sop = preview.path("sop").get(0);
        assertThat(sop.path("kunci").asText()).isEqualTo(KEY);
        assertThat(sop.path("nama").asText()).isEqualTo("Peminjaman Peralatan Dokumentasi");
        assertThat(sop.path("berkasBpmn").asText()).isEqualTo("peminjaman-peralatan-dokumentasi.bpmn");
        assertThat(sop.path("bpmn").asText()).contains("<bpmn:process id=\"" + KEY + "\"", "bpmndi:BPMNDiagram");
        // a start form and one per step, each a Camunda Form whose id is its file's name
        List<String> forms = new ArrayList<>();
        sop.path("formulir").fields().forEachRemaining(form -> {
            assertThat(form.getKey()).isEqualTo(form.getValue().path("id").asText() + ".form");
            forms.add(form.getKey());
        });
        assertThat(forms).hasSize(10);
        assertThat(sop.path("peran").findValuesAsText("lajur"))
                .containsExactly("Kabag Prokopim", "Sub Koordinator Dokpim", "Pengelola Gudang Peralatan", "Peminjam Peralatan");
        assertThat(lanes(sop)).containsExactly(
                Map.entry("kabag-prokopim", false), Map.entry("subkoor-dokpim", false),
                Map.entry("pengelola-gudang-peralatan", true), Map.entry("peminjam-peralatan", true));
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count())
                .as("a preview deploys nothing").isZero();
    }

    @Test
    void the_zip_holds_the_bpmn_and_forms_folders_as_in_the_repository() throws IOException {
        JsonNode sop = upload().post("admin", "/api/impor-sop", "peminjaman.md", SheetUpload.testSheet()).expect(200).json().path("sop").get(0);

        HttpResponse<byte[]> zip = upload().bytes("admin", "/api/impor-sop/zip", "peminjaman.md", SheetUpload.testSheet());

        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("attachment", "peminjaman-peralatan-dokumentasi.zip"));
        Map<String, String> entries = unzipped(zip.body());
        assertThat(entries.get("bpmn/peminjaman-peralatan-dokumentasi.bpmn")).isEqualTo(sop.path("bpmn").asText());
        List<String> formEntries = new ArrayList<>();
        sop.path("formulir").fieldNames().forEachRemaining(name -> formEntries.add("forms/" + name));
        assertThat(entries.keySet()).hasSize(1 + formEntries.size()).containsAll(formEntries);
    }

    @Test
    void deploy_makes_the_process_and_its_new_groups_and_the_same_sheet_again_no_new_version() {
        JsonNode deployed = upload().post("admin", "/api/impor-sop/deploy", "peminjaman.md", SheetUpload.testSheet()).expect(200).json().get(0);

        assertThat(deployed.path("versiBaru").asBoolean()).isTrue();
        assertThat(deployed.path("nama").asText()).isEqualTo("Impor SOP Peminjaman Peralatan Dokumentasi");
        assertThat(texts(deployed.path("grupBaru"))).containsExactly("pengelola-gudang-peralatan", "peminjam-peralatan");
        String definitionId = deployed.path("definisiProses").get(0).path("id").asText();
        ProcessDefinition definition = repositoryService.getProcessDefinition(definitionId);
        assertThat(definition.getKey()).isEqualTo(KEY);
        assertThat(definition.getName()).isEqualTo("SOP Peminjaman Peralatan Dokumentasi");
        assertThat(definition.getDeploymentId()).isEqualTo(deployed.path("deploymentId").asText());
        assertThat(repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult().getSource())
                .isEqualTo("impor-sop");
        assertThat(repositoryService.getDeploymentResourceNames(definition.getDeploymentId()))
                .contains("peminjaman-peralatan-dokumentasi.bpmn").hasSize(11);
        assertThat(identityService.createGroupQuery().groupId("pengelola-gudang-peralatan").singleResult().getName())
                .isEqualTo("Pengelola Gudang Peralatan");
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("peminjam-peralatan")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(KEY).singleResult()
                .isPermissionGranted(ProcessDefinitionPermissions.READ)).isTrue();
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("kabag-prokopim")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(KEY).singleResult()
                .isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)).as("step 1's lane starts the SOP").isTrue();
        // the deployed definition is readable back over Camunda's REST API, as Cockpit reads it
        assertThat(api().get("admin", "/engine-rest/process-definition/key/" + KEY).path("id").asText()).isEqualTo(definitionId);

        JsonNode again = upload().post("admin", "/api/impor-sop/deploy", "peminjaman.md", SheetUpload.testSheet()).expect(200).json().get(0);

        assertThat(again.path("versiBaru").asBoolean()).isFalse();
        assertThat(again.path("deploymentId").asText()).isEqualTo(deployed.path("deploymentId").asText());
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isEqualTo(1);
    }

    @Test
    void only_administrators_import_and_a_refusal_changes_nothing() {
        assertThat(upload().post(null, "/api/impor-sop/deploy", "peminjaman.md", SheetUpload.testSheet()).status()).isEqualTo(401);
        JsonNode kabag = upload().post("kabag", "/api/impor-sop/deploy", "peminjaman.md", SheetUpload.testSheet()).expect(403).json();
        assertThat(kabag.path("type").asText()).isEqualTo("AuthorizationException");
        assertThat(kabag.path("message").asText()).isEqualTo("Impor lembar SOP hanya untuk administrator.");
        upload().post("staf1", "/api/impor-sop", "peminjaman.md", SheetUpload.testSheet()).expect(403);
        upload().post("subkoor", "/api/impor-sop/zip", "peminjaman.md", SheetUpload.testSheet()).expect(403);

        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();
        assertThat(identityService.createGroupQuery().groupId("peminjam-peralatan").count()).isZero();
    }

    @Test
    void a_sheet_with_mistakes_lists_them_by_row_in_indonesian_and_nothing_is_made() {
        String broken = SheetUpload.testSheet()
                .replace("| 1 jam | Peralatan siap pinjam |", "| sebentar | Peralatan siap pinjam |")
                .replace("| 6 | Menggunakan peralatan untuk kegiatan | | | | 6 |", "| 6 | Menggunakan peralatan untuk kegiatan | | | | |");

        JsonNode preview = upload().post("admin", "/api/impor-sop", "peminjaman.md", broken).expect(200).json();

        assertThat(preview.path("sop").size()).isZero();
        assertThat(rows(preview.path("masalah"))).contains(26, 29);
        assertThat(preview.path("masalah").findValuesAsText("pesan")).anySatisfy(text -> assertThat(text).contains("sebentar"));

        JsonNode refused = upload().post("admin", "/api/impor-sop/deploy", "peminjaman.md", broken).expect(400).json();
        assertThat(refused.path("type").asText()).isEqualTo("InvalidRequestException");
        assertThat(refused.path("message").asText()).startsWith("Lembar SOP ini masih memuat").endsWith("Tidak ada yang dibuat.");
        assertThat(refused.path("masalah")).isEqualTo(preview.path("masalah"));
        upload().post("admin", "/api/impor-sop/zip", "peminjaman.md", broken).expect(400);

        assertThat(repositoryService.createDeploymentQuery().deploymentSource(SopDeployment.SOURCE).count()).isZero();
        assertThat(identityService.createGroupQuery().groupId("pengelola-gudang-peralatan").count()).isZero();
    }

    @Test
    void the_office_sheet_of_a_process_made_in_bpmn_is_not_deployed_over_it_and_nothing_of_the_file_is_kept()
            throws IOException {
        ProcessDefinition handMade = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("inventarisasiPeralatanDokumentasi").latestVersion().singleResult();
        // the test sheet first: it would deploy, but the office's sheet after it in the same file is refused
        String file = SheetUpload.testSheet() + "\n\n" + TextSheetsTest.resource("sop-prokopim-2022.md");

        JsonNode refused = upload().post("admin", "/api/impor-sop/deploy", "sop.md", file).expect(409).json();

        assertThat(refused.path("type").asText()).isEqualTo("InvalidRequestException");
        assertThat(refused.path("message").asText())
                .contains("Inventarisasi Peralatan Dokumentasi", "inventarisasiPeralatanDokumentasi", "tidak dibuat lewat impor", "Camunda Modeler");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("inventarisasiPeralatanDokumentasi")
                .latestVersion().singleResult().getId()).isEqualTo(handMade.getId());
        assertThat(repositoryService.createDeploymentQuery().deploymentSource(SopDeployment.SOURCE).count()).isZero();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();
        assertThat(identityService.createGroupQuery().groupIdIn(NEW_GROUPS.toArray(String[]::new)).count()).isZero();
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION).resourceId(KEY).count())
                .isZero();
    }

    @Test
    void a_file_that_is_no_sheet_is_a_problem_and_a_request_without_a_file_a_400() {
        JsonNode pdf = upload().post("admin", "/api/impor-sop", "sop.pdf", "%PDF-1.4").expect(200).json();
        assertThat(pdf.path("masalah").get(0).path("baris").asInt()).isZero();
        assertThat(pdf.path("masalah").get(0).path("pesan").asText()).contains("sop.pdf", ".xlsx");

        JsonNode notXlsx = upload().post("admin", "/api/impor-sop", "sop.xlsx", "bukan excel").expect(200).json();
        assertThat(notXlsx.path("masalah").get(0).path("pesan").asText()).contains("bukan Excel .xlsx");

        JsonNode noFile = api().call("admin", "POST", "/api/impor-sop/deploy", Map.of("berkas", "x")).expect(400).json();
        assertThat(noFile.path("message").asText()).contains("'berkas'", "multipart/form-data");

        JsonNode malformed = upload().postMalformed("admin", "/api/impor-sop/deploy").expect(400).json();
        assertThat(malformed.path("type").asText()).isEqualTo("InvalidRequestException");
        assertThat(malformed.path("message").asText()).contains("multipart/form-data");
        assertThat(repositoryService.createDeploymentQuery().deploymentSource(SopDeployment.SOURCE).count()).isZero();
    }

    private static Map<String, Boolean> lanes(JsonNode sop) {
        Map<String, Boolean> lanes = new LinkedHashMap<>();
        sop.path("peran").forEach(role -> lanes.put(role.path("grup").asText(), role.path("baru").asBoolean()));
        return lanes;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<Integer> rows(JsonNode problems) {
        List<Integer> rows = new ArrayList<>();
        problems.forEach(problem -> rows.add(problem.path("baris").asInt()));
        return rows;
    }

    private static Map<String, String> unzipped(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
