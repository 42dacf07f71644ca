package id.go.mojokertokab.prokopim.sopsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.mojokertokab.prokopim.identity.GroupGrants;
import id.go.mojokertokab.prokopim.security.OfficeRefusal;

/**
 * {@code /api/impor-sop}, for administrators (members of camunda-admin): a SOP sheet sent as the
 * multipart part {@code berkas} is read and shown as what it becomes ({@code POST}), downloaded as
 * the bpmn/ and forms/ files for Camunda Modeler ({@code POST /zip}) or deployed ({@code POST
 * /deploy}). A sheet with problems is a preview like any other (200, its problems listed, no
 * SOP); the download and the deployment refuse it with 400 and the same list.
 */
@RestController
@RequestMapping("/api/impor-sop")
class SopImportController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SopSheetImporter importer;
    private final SopDeployment deployment;
    private final GroupGrants grants;
    private final IdentityService identityService;
    private final CommandExecutor commands;

    SopImportController(SopSheetImporter importer, SopDeployment deployment, GroupGrants grants, ProcessEngine engine) {
        this.importer = importer;
        this.deployment = deployment;
        this.grants = grants;
        this.identityService = engine.getIdentityService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    @PostMapping
    Preview preview(@RequestParam("berkas") MultipartFile berkas) {
        requireAdministrator();
        ImportResult result = importOf(berkas);
        return new Preview(problems(result), result.sops().stream().map(this::shown).toList());
    }

    @PostMapping("/zip")
    ResponseEntity<byte[]> zip(@RequestParam("berkas") MultipartFile berkas) {
        requireAdministrator();
        ImportResult result = checked(importOf(berkas));
        String name = result.sops().size() == 1 ? baseName(result.sops().get(0).bpmnFileName()) : "impor-sop";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".zip").build().toString())
                .body(zipOf(result.sops()));
    }

    @PostMapping("/deploy")
    List<Deployed> deploy(@RequestParam("berkas") MultipartFile berkas) {
        requireAdministrator();
        return deployment.deployAll(checked(importOf(berkas)).sops()).stream().map(Deployed::of).toList();
    }

    private ImportResult importOf(MultipartFile berkas) {
        try {
            return importer.importFile(berkas.getOriginalFilename(), berkas.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static ImportResult checked(ImportResult result) {
        if (!result.ok()) {
            throw new SheetHasProblems(result.problems());
        }
        return result;
    }

    private Sop shown(GeneratedSop sop) {
        Map<String, JsonNode> forms = new LinkedHashMap<>();
        sop.forms().forEach((name, json) -> forms.put(name, parsed(json)));
        List<Lane> roles = sop.plan().roles().stream()
                .map(role -> new Lane(role.laneName(), role.groupId(), !grants.groupExists(role.groupId())))
                .toList();
        return new Sop(sop.plan().processKey(), sop.plan().sheet().header().nama(), sop.bpmnFileName(), sop.bpmnXml(), forms, roles);
    }

    private static JsonNode parsed(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the writer made a form that is no JSON", e);
        }
    }

    /* The folders of the repository, so the zip unpacks onto a checkout as it is. */
    private static byte[] zipOf(List<GeneratedSop> sops) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (GeneratedSop sop : sops) {
                entry(zip, "bpmn/" + sop.bpmnFileName(), sop.bpmnXml());
                for (Map.Entry<String, String> form : sop.forms().entrySet()) {
                    entry(zip, "forms/" + form.getKey(), form.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static List<Problem> problems(ImportResult result) {
        return result.problems().stream().map(problem -> new Problem(problem.row(), problem.message())).toList();
    }

    /* An administrator as Camunda counts them: its admin groups and users (camunda-admin by default). */
    private void requireAdministrator() {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            throw new OfficeRefusal(null, List.of(), "Silakan masuk terlebih dahulu.");
        }
        if (!commands.execute(context -> context.getAuthorizationManager().isCamundaAdmin(caller))) {
            throw new OfficeRefusal(caller.getUserId(), List.of(new MissingAuthorization(Permissions.ALL.getName(),
                    Resources.DEPLOYMENT.resourceName(), "*")), "Impor lembar SOP hanya untuk administrator.");
        }
    }

    @ExceptionHandler(SheetHasProblems.class)
    ResponseEntity<Refusal> sheetHasProblems(SheetHasProblems refused) {
        return refusal(HttpStatus.BAD_REQUEST, "Lembar SOP ini masih memuat " + refused.problems.size()
                + " masalah; perbaiki dulu lalu unggah lagi. Tidak ada yang dibuat.",
                refused.problems.stream().map(problem -> new Problem(problem.row(), problem.message())).toList());
    }

    @ExceptionHandler(SopDeployment.ProcessMadeElsewhere.class)
    ResponseEntity<Refusal> madeElsewhere(SopDeployment.ProcessMadeElsewhere refused) {
        return refusal(HttpStatus.CONFLICT, refused.getMessage(), List.of());
    }

    @ExceptionHandler({ MissingServletRequestPartException.class, MultipartException.class })
    ResponseEntity<Refusal> noFile(Exception missing) {
        return refusal(HttpStatus.BAD_REQUEST, "Kirim lembar SOP sebagai bagian 'berkas' dari formulir multipart/form-data.", List.of());
    }

    private static ResponseEntity<Refusal> refusal(HttpStatus status, String message, List<Problem> problems) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new Refusal("InvalidRequestException", message, 0, problems));
    }

    private static final class SheetHasProblems extends RuntimeException {
        private final transient List<SheetProblem> problems;

        SheetHasProblems(List<SheetProblem> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    record Preview(List<Problem> masalah, List<Sop> sop) {
    }

    record Problem(int baris, String pesan) {
    }

    record Sop(String kunci, String nama, String berkasBpmn, String bpmn, Map<String, JsonNode> formulir, List<Lane> peran) {
    }

    record Lane(String lajur, String grup, boolean baru) {
    }

    /** @param versiBaru false when the same files were deployed before: Camunda filtered the duplicate, no new version */
    record Deployed(String deploymentId, String nama, boolean versiBaru, List<Definition> definisiProses, List<String> grupBaru) {

        static Deployed of(SopDeployment.Deployed deployed) {
            return new Deployed(deployed.deploymentId(), deployed.name(), deployed.newVersion(), deployed.processDefinitions().stream()
                    .map(definition -> new Definition(definition.id(), definition.key(), definition.version())).toList(),
                    deployed.newGroups());
        }
    }

    record Definition(String id, String kunci, int versi) {
    }

    /** Camunda's error shape ({@code type}, {@code message}, {@code code}) with the sheet's problems. */
    record Refusal(String type, String message, int code, List<Problem> masalah) {
    }
}
