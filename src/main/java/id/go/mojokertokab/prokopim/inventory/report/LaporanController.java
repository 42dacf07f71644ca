package id.go.mojokertokab.prokopim.inventory.report;


import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.mojokertokab.prokopim.identity.PersonNames;

/**
 * {@code GET /api/inventaris/laporan}: the laporan of every inventory the caller may read, newest
 * first; {@code …/{processInstanceId}/pdf} and {@code …/csv}: its files, named after the period.
 * Read as {@link LaporanReaders} allows (READ_HISTORY on the SOP: all; a staff member: their own); when the Sub Koordinator opens the PDF, the laporan counts
 * as read by the Sub Koordinator. {@code …/baru}: for the Sub Koordinator, the laporan not opened yet.
 */
@RestController
@RequestMapping("/api/inventaris/laporan")
class LaporanController {

    private final LaporanStore store;
    private final LaporanReaders readers;
    private final PersonNames names;
    private final IdentityService identityService;

    LaporanController(LaporanStore store, LaporanReaders readers, PersonNames names, IdentityService identityService) {
        this.store = store;
        this.identityService = identityService;
        this.readers = readers;
        this.names = names;
    }

    record Listed(String processInstanceId, String periode, Instant dibuatPada, String dibuatOleh, String dibuatOlehNama,
            Instant dibacaSubkoorPada) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<Listed> list() {
        Predicate<String> readable = readers.readable();
        return store.list().stream()
                .filter(entry -> readable.test(entry.processInstanceId()))
                .map(entry -> new Listed(entry.processInstanceId(), entry.periode(), entry.dibuatPada(), entry.dibuatOleh(),
                        names.fullName(entry.dibuatOleh()), entry.dibacaSubkoorPada()))
                .toList();
    }

    /** The laporan the Sub Koordinator has not opened yet; none for anyone else (the Cockpit dashboard's notice). */
    @GetMapping(path = "/baru", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Listed> unread() {
        List<Listed> readable = list();
        if (!LaporanReaders.isSubkoor(identityService.getCurrentAuthentication())) {
            return List.of();
        }
        return readable.stream().filter(laporan -> laporan.dibacaSubkoorPada() == null).toList();
    }

    @GetMapping("/{processInstanceId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String processInstanceId) {
        Authentication caller = readers.reader(processInstanceId);
        byte[] pdf = store.pdf(processInstanceId).orElseThrow(() -> notFound(processInstanceId));
        if (LaporanReaders.isSubkoor(caller)) {
            store.markReadBySubkoor(processInstanceId, ClockUtil.getCurrentTime().toInstant());
        }
        // inline: the browser shows the PDF, to read or print; the name is kept when saving it
        return file(pdf, MediaType.APPLICATION_PDF, ContentDisposition.inline(), fileName(processInstanceId, "pdf"));
    }

    @GetMapping("/{processInstanceId}/csv")
    ResponseEntity<byte[]> csv(@PathVariable String processInstanceId) {
        readers.reader(processInstanceId);
        String csv = store.csv(processInstanceId).orElseThrow(() -> notFound(processInstanceId));
        return file(csv.getBytes(StandardCharsets.UTF_8), MediaType.parseMediaType("text/csv;charset=UTF-8"),
                ContentDisposition.attachment(), fileName(processInstanceId, "csv"));
    }

    private String fileName(String processInstanceId, String extension) {
        String periode = store.periode(processInstanceId).orElse(processInstanceId);
        // ASCII only: a plain filename every browser keeps
        String slug = periode.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase();
        return "laporan-inventarisasi-" + (slug.isEmpty() ? processInstanceId : slug) + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, ContentDisposition.Builder disposition,
            String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(fileName).build().toString())
                .body(body);
    }

    private static NotFoundException notFound(String processInstanceId) {
        return new NotFoundException("Laporan inventarisasi untuk SOP '" + processInstanceId + "' tidak ditemukan.");
    }
}
