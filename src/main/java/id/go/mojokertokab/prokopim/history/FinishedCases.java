package id.go.mojokertokab.prokopim.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.EngineTables;

/**
 * The finished cases of some SOPs whose end falls in a period, newest first, a page at a time,
 * optionally only those whose name contains a text (any case) or that a person started or worked
 * a step of. The caller's right to read the history of each of those SOPs is checked before
 * (CaseHistoryController); the plain list is read as the caller. A search is filtered, counted and
 * paged by the database ({@link EngineTables}): with {@code READ_HISTORY} on the SOP the engine
 * would show the caller every case of it and every step, so the SQL finds the same cases, and who
 * did a step is {@link StepDoers}' rule (the step's assignee, or the user of its COMPLETE entry in
 * the user operation log).
 */
@Component
class FinishedCases {

    private final HistoryService historyService;
    private final CaseRecords records;
    private final EngineTables tables;

    FinishedCases(HistoryService historyService, CaseRecords records, EngineTables tables) {
        this.historyService = historyService;
        this.records = records;
        this.tables = tables;
    }

    /** @param to exclusive */
    CasePage list(List<String> processKeys, Instant from, Instant to, String search, String person, int firstResult,
            int maxResults) {
        Person.Names names = records.names();
        if (search == null && person == null) {
            long count = query(processKeys, from, to).count();
            List<CaseSummary> cases = query(processKeys, from, to).orderByProcessInstanceEndTime().desc()
                    .orderByProcessInstanceId().asc()
                    .listPage(firstResult, maxResults).stream()
                    .map(instance -> records.summary(instance, names, records.breachCount(instance.getId())))
                    .toList();
            return new CasePage(firstResult, maxResults, count, cases);
        }
        if (processKeys.isEmpty()) {
            return new CasePage(firstResult, maxResults, 0, List.of());
        }
        Map<String, Object> params = new HashMap<>(Map.of("keys", processKeys, "from", Timestamp.from(from),
                "to", Timestamp.from(to)));
        StringBuilder where = new StringBuilder(" FROM " + tables.table("ACT_HI_PROCINST") + " P"
                + " WHERE P.PROC_DEF_KEY_ IN (:keys) AND P.END_TIME_ >= :from AND P.END_TIME_ < :to");
        if (search != null) {
            where.append(" AND LOWER(P.BUSINESS_KEY_) LIKE :pattern ESCAPE '\\'");
            params.put("pattern", "%" + search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (person != null) {
            where.append(" AND (P.START_USER_ID_ = :person"
                    + " OR EXISTS (SELECT 1 FROM " + tables.table("ACT_HI_TASKINST") + " T"
                    + " WHERE T.PROC_INST_ID_ = P.ID_ AND T.ASSIGNEE_ = :person)"
                    + " OR EXISTS (SELECT 1 FROM " + tables.table("ACT_HI_OP_LOG") + " L"
                    + " WHERE L.PROC_INST_ID_ = P.ID_ AND L.USER_ID_ = :person AND L.ENTITY_TYPE_ = :task"
                    + " AND L.OPERATION_TYPE_ = :complete))");
            params.putAll(Map.of("person", person, "task", EntityTypes.TASK,
                    "complete", UserOperationLogEntry.OPERATION_TYPE_COMPLETE));
        }
        long count = tables.jdbc().sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        List<String> ids = tables.jdbc().sql("SELECT P.ID_" + where + " ORDER BY P.END_TIME_ DESC, P.ID_ ASC"
                        + " OFFSET " + firstResult + " ROWS FETCH NEXT " + maxResults + " ROWS ONLY")
                .params(params).query(String.class).list();
        Map<String, HistoricProcessInstance> instances = ids.isEmpty() ? Map.of()
                : historyService.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list().stream()
                        .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
        List<CaseSummary> page = ids.stream().map(instances::get).filter(Objects::nonNull)
                .map(instance -> records.summary(instance, names, records.breachCount(instance.getId())))
                .toList();
        return new CasePage(firstResult, maxResults, count, page);
    }

    private HistoricProcessInstanceQuery query(List<String> processKeys, Instant from, Instant to) {
        // the engine compares end >= finishedAfter and end <= finishedBefore; `to` is excluded
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(processKeys.toArray(String[]::new))
                .finished()
                .finishedAfter(Date.from(from))
                .finishedBefore(Date.from(to.minusMillis(1)));
    }

    /** One page of the list and how many cases match in all. */
    record CasePage(int firstResult, int maxResults, long count, List<CaseSummary> cases) {
    }
}
