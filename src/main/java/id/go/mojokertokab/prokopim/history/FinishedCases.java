package id.go.mojokertokab.prokopim.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * The finished cases of some SOPs whose end falls in a period, newest first, a page at a time,
 * optionally only those whose name contains a text (any case) or that a person started or worked
 * a step of. Read as the caller.
 */
@Component
class FinishedCases {

    /**
     * Searching by name (any case, which the engine's business key query is not) or by person reads
     * the period's cases here; beyond this many, the caller is asked to narrow the period.
     */
    static final int MAX_SEARCHED = 5_000;
    private static final int PAGE = 500;

    private final HistoryService historyService;
    private final CaseRecords records;
    private final StepDoerLookup doers;

    FinishedCases(HistoryService historyService, CaseRecords records, StepDoerLookup doers) {
        this.historyService = historyService;
        this.doers = doers;
        this.records = records;
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
        long inPeriod = query(processKeys, from, to).count();
        if (inPeriod > MAX_SEARCHED) {
            throw new NotValidException("Periode ini berisi " + inPeriod + " kasus; untuk mencari, persempit periodenya"
                    + " (paling banyak " + MAX_SEARCHED + " kasus).");
        }
        String text = search == null ? null : search.toLowerCase(Locale.ROOT);
        List<HistoricProcessInstance> matching = new ArrayList<>();
        for (int first = 0; first < inPeriod; first += PAGE) {
            for (HistoricProcessInstance instance : query(processKeys, from, to).orderByProcessInstanceEndTime().desc()
                    .orderByProcessInstanceId().asc().listPage(first, PAGE)) {
                boolean named = text == null
                        || (instance.getBusinessKey() != null && instance.getBusinessKey().toLowerCase(Locale.ROOT).contains(text));
                if (named && (person == null || person.equals(instance.getStartUserId()) || didAStep(person, instance))) {
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

    /* claimed or not: the caller may read the case (its SOP's history), so who did its steps too */
    private boolean didAStep(String person, HistoricProcessInstance instance) {
        return doers.didAStep(instance.getId(), person);
    }

    /** One page of the list and how many cases match in all. */
    record CasePage(int firstResult, int maxResults, long count, List<CaseSummary> cases) {
    }
}
