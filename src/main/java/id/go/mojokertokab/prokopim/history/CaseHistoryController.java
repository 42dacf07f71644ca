package id.go.mojokertokab.prokopim.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.security.HistoryReaders;

/**
 * Riwayat SOP: the finished cases, which neither Tasklist nor the Community Cockpit shows.
 * <ul>
 * <li>{@code GET /api/riwayat?sop=&dari=&sampai=&cari=&oleh=&firstResult=&maxResults=}: finished
 * cases whose end falls in the office days [dari, sampai] (WIB, both included; default the last 30
 * days), newest first; {@code sop} a process key (default: every SOP the caller may read),
 * {@code cari} a text in the case's name, {@code oleh} a login that started the case or did a step.</li>
 * <li>{@code GET /api/riwayat/{processInstanceId}}: one case as its record.</li>
 * </ul>
 * Authenticated like the REST API and limited to callers who may read the SOP's history
 * ({@code READ_HISTORY}); refusals in Camunda's error shape.
 */
@RestController
@RequestMapping(path = "/api/riwayat", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseHistoryController {

    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 200;
    private static final int DEFAULT_DAYS = 30;

    private final FinishedCases finishedCases;
    private final CaseRecords records;
    private final CaseLookup lookup;
    private final HistoryReaders readers;
    private final RepositoryService repositoryService;
    private final SopModels models;
    private final OfficeTime officeTime;

    CaseHistoryController(FinishedCases finishedCases, CaseRecords records, CaseLookup lookup, HistoryReaders readers,
            RepositoryService repositoryService, SopModels models, OfficeTime officeTime) {
        this.models = models;
        this.finishedCases = finishedCases;
        this.records = records;
        this.lookup = lookup;
        this.readers = readers;
        this.repositoryService = repositoryService;
        this.officeTime = officeTime;
    }

    @GetMapping
    CaseList list(@RequestParam(required = false) String sop, @RequestParam(required = false) String dari,
            @RequestParam(required = false) String sampai, @RequestParam(required = false) String cari,
            @RequestParam(required = false) String oleh, @RequestParam(defaultValue = "0") int firstResult,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE) int maxResults) {
        LocalDate lastDay = sampai == null || sampai.isBlank()
                ? LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), officeTime.zone()) : day(sampai, "sampai");
        LocalDate firstDay = dari == null || dari.isBlank() ? lastDay.minusDays(DEFAULT_DAYS - 1) : day(dari, "dari");
        if (firstDay.isAfter(lastDay)) {
            throw new NotValidException("Periode tidak valid: 'dari' (" + firstDay + ") sesudah 'sampai' (" + lastDay + ").");
        }
        if (firstResult < 0 || maxResults < 1 || maxResults > MAX_PAGE) {
            throw new NotValidException("Halaman tidak valid: 'firstResult' paling kecil 0 dan 'maxResults' antara 1 dan "
                    + MAX_PAGE + ".");
        }
        List<Sop> readable = readableSops();
        List<String> keys;
        if (sop == null || sop.isBlank()) {
            if (readable.isEmpty()) {
                readers.require("*", "Anda tidak berhak membaca riwayat SOP mana pun.");
            }
            keys = readable.stream().map(Sop::key).toList();
        } else {
            readers.require(sop, "Anda tidak berhak membaca riwayat SOP '" + sop + "'.");
            if (readable.stream().noneMatch(candidate -> candidate.key().equals(sop))) {
                throw new NotFoundException("SOP '" + sop + "' tidak ditemukan.");
            }
            keys = List.of(sop);
        }
        Instant from = officeTime.startOf(firstDay);
        Instant to = officeTime.startOf(lastDay.plusDays(1));
        FinishedCases.CasePage page = finishedCases.list(keys, from, to, blankToNull(cari), blankToNull(oleh),
                firstResult, maxResults);
        return new CaseList(firstDay.toString(), lastDay.toString(), readable, page.firstResult(), page.maxResults(),
                page.count(), page.cases());
    }

    @GetMapping("/{processInstanceId}")
    CaseRecord record(@PathVariable String processInstanceId) {
        HistoricProcessInstance instance = lookup.find(processInstanceId);
        if (instance == null) {
            throw new NotFoundException("Kasus '" + processInstanceId + "' tidak ditemukan.");
        }
        readers.require(instance.getProcessDefinitionKey(), "Anda tidak berhak membaca riwayat kasus ini.");
        return records.of(processInstanceId);
    }

    /** The SOPs (latest versions with steps people work) whose history the caller may read, by name. */
    private List<Sop> readableSops() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionName().asc()
                .list().stream()
                .filter(definition -> readers.mayRead(definition.getKey()))
                .filter(definition -> models.of(definition.getId()).hasSteps())
                .map(definition -> new Sop(definition.getKey(), nameOf(definition)))
                .toList();
    }

    private static String nameOf(ProcessDefinition definition) {
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }

    private static LocalDate day(String text, String name) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new NotValidException("Parameter '" + name + "' bukan tanggal (YYYY-MM-DD): " + text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A SOP the caller may read the history of. */
    record Sop(String key, String name) {
    }

    /** The period actually used (office days), the SOPs to choose from, and one page of cases. */
    record CaseList(String dari, String sampai, List<Sop> sops, int firstResult, int maxResults, long count,
            List<CaseSummary> cases) {
    }
}
