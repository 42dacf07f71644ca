package id.go.mojokertokab.prokopim.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * The finished cases of some SOPs whose end falls in a period, newest first, a page at a time,
 * optionally only those whose name contains a text (any case) or that a person started or worked
 * a step of. Read as the caller.
 */
@Component
class FinishedCases {

    /** Searching by name or person reads the period's cases in Java; beyond this many, narrow the period. */
    static final int MAX_SEARCHED = 5_000;
    private static final int PAGE = 500;

    private final HistoryService historyService;
    private final CaseRecords records;

    FinishedCases(HistoryService historyService, CaseRecords records) {
        this.historyService = historyService;
        this.records = records;
    }

    /** @param to exclusive */
    CasePage list(List<String> processKeys, Instant from, Instant to, String search, String person, int firstResult,
            int maxResults) {
        Person.Names names = records.names();
        if (search == null && person == null) {
            long count = query(processKeys, from, to).count();
            List<CaseSummary> cases = query(processKeys, from, to).orderByProcessInstanceEndTime().desc()
                    .listPage(firstResult, maxResults).stream()
                    .map(instance -> records.summary(instance, names, records.breachCount(instance.getId())))
                    .toList();
            return new CasePage(firstResult, maxResults, count, cases);
        }
        long inPeriod = query(processKeys, from, to).count();
        if (inPeriod > MAX_SEARCHED) {
            throw new NotValidException("Periode ini berisi " + inPeriod + " kasus; untuk mencari, persempit periodenya"
                    + " (paling banyak " + MAX_SEARCHED + " kasus).");
        }
        Set<String> worked = person == null ? Set.of() : workedBy(processKeys, person);
        String text = search == null ? null : search.toLowerCase(Locale.ROOT);
        List<HistoricProcessInstance> matching = new ArrayList<>();
        for (int first = 0; first < inPeriod; first += PAGE) {
            for (HistoricProcessInstance instance : query(processKeys, from, to).orderByProcessInstanceEndTime().desc()
                    .orderByProcessInstanceId().asc().listPage(first, PAGE)) {
                boolean named = text == null
                        || (instance.getBusinessKey() != null && instance.getBusinessKey().toLowerCase(Locale.ROOT).contains(text));
                boolean byPerson = person == null || person.equals(instance.getStartUserId()) || worked.contains(instance.getId());
                if (named && byPerson) {
                    matching.add(instance);
                }
            }
        }
        List<CaseSummary> page = matching.stream().skip(firstResult).limit(maxResults)
                .map(instance -> records.summary(instance, names, records.breachCount(instance.getId())))
                .toList();
        return new CasePage(firstResult, maxResults, matching.size(), page);
    }

    private HistoricProcessInstanceQuery query(List<String> processKeys, Instant from, Instant to) {
        // the engine compares end >= finishedAfter and end <= finishedBefore; `to` is excluded
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(processKeys.toArray(String[]::new))
                .finished()
                .finishedAfter(Date.from(from))
                .finishedBefore(Date.from(to.minusMillis(1)));
    }

    /** The finished cases in which the person did a step. */
    private Set<String> workedBy(List<String> processKeys, String person) {
        Set<String> instances = new HashSet<>();
        for (String processKey : processKeys) {
            List<HistoricTaskInstance> page;
            int first = 0;
            do {
                page = historyService.createHistoricTaskInstanceQuery().processDefinitionKey(processKey)
                        .taskAssignee(person).processFinished().orderByTaskId().asc().listPage(first, PAGE);
                page.forEach(task -> instances.add(task.getProcessInstanceId()));
                first += PAGE;
            } while (page.size() == PAGE && first < MAX_SEARCHED * 10);
        }
        return instances;
    }

    /** One page of the list and how many cases match in all. */
    record CasePage(int firstResult, int maxResults, long count, List<CaseSummary> cases) {
    }
}
