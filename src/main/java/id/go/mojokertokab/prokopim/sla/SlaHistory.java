package id.go.mojokertokab.prokopim.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.EngineTables;

/**
 * The SLA figures counted by the database in Camunda's history tables, so a report costs a few
 * indexed aggregate queries whatever the size of the history. Portable SQL for H2 and PostgreSQL
 * ({@link EngineTables}).
 *
 * <p>It reads without authorization checks: {@link SlaReport} says why that counts exactly what the
 * caller may read. A task's breach is the {@value SlaBreachListener#INCIDENT_TYPE} incident whose
 * configuration is the task's id ({@link SlaBreachListener}), found through the process instance so
 * the join uses Camunda's index on the incidents' instance.
 */
@Component
class SlaHistory {

    /** The delete reason of a task that was done, as opposed to one cancelled with its instance. */
    static final String COMPLETED = "completed";

    private final JdbcClient jdbc;
    private final String tasks;
    private final String breached;

    SlaHistory(EngineTables tables) {
        this.jdbc = tables.jdbc();
        this.tasks = tables.table("ACT_HI_TASKINST");
        this.breached = "CASE WHEN EXISTS (SELECT 1 FROM " + tables.table("ACT_HI_INCIDENT") + " I"
                + " WHERE I.PROC_INST_ID_ = T.PROC_INST_ID_ AND I.CONFIGURATION_ = T.ID_ AND I.INCIDENT_TYPE_ = :breach)"
                + " THEN 1 ELSE 0 END";
    }

    /** Per step (by activity id): its tasks created in [from, to), the breached and the completed ones. */
    Map<String, Counts> countsPerStep(String processKey, List<String> steps, Instant from, Instant to) {
        if (steps.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT STEP, COUNT(*) AS TASKS, SUM(BREACHED) AS BREACHES, SUM(DONE) AS COMPLETED FROM ("
                        + "SELECT T.TASK_DEF_KEY_ AS STEP, " + breached + " AS BREACHED,"
                        + " CASE WHEN T.DELETE_REASON_ = :completed THEN 1 ELSE 0 END AS DONE"
                        + " FROM " + tasks + " T WHERE " + stepsCreatedWithin() + ") S GROUP BY STEP")
                .param("breach", SlaBreachListener.INCIDENT_TYPE)
                .param("completed", COMPLETED)
                .params(within(processKey, steps, from, to))
                .query((row, n) -> Map.entry(row.getString("STEP"),
                        new Counts(row.getLong("TASKS"), row.getLong("BREACHES"), row.getLong("COMPLETED"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The completed tasks' durations (creation to completion, seconds) from the {@code first}-th
     * shortest (counting from 0), at most {@code count}: the database sorts, Java reads one or two rows.
     */
    List<Double> completedDurations(String processKey, String step, Instant from, Instant to, long first, int count) {
        return jdbc.sql("SELECT T.DURATION_ FROM " + tasks + " T WHERE " + stepsCreatedWithin()
                        + " AND T.DELETE_REASON_ = :completed ORDER BY T.DURATION_ OFFSET " + first
                        + " ROWS FETCH NEXT " + count + " ROWS ONLY")
                .param("completed", COMPLETED)
                .params(within(processKey, List.of(step), from, to))
                .query((row, n) -> row.getLong(1) / 1000.0)
                .list();
    }

    /**
     * The tasks of the steps together and the breached ones per period between consecutive
     * {@code bounds} (instants, ascending): index i counts [bounds[i], bounds[i + 1]).
     */
    Counts[] countsPerPeriod(String processKey, List<String> steps, List<Instant> bounds) {
        Counts[] periods = new Counts[bounds.size() - 1];
        Arrays.fill(periods, Counts.NONE);
        if (steps.isEmpty()) {
            return periods;
        }
        Map<String, Object> bucketBounds = new HashMap<>();
        StringBuilder bucket = new StringBuilder("CASE");
        for (int i = 1; i < periods.length; i++) {
            bucket.append(" WHEN T.START_TIME_ < :b").append(i).append(" THEN ").append(i - 1);
            bucketBounds.put("b" + i, Timestamp.from(bounds.get(i)));
        }
        bucket.append(" ELSE ").append(periods.length - 1).append(" END");
        jdbc.sql("SELECT PERIOD, COUNT(*) AS TASKS, SUM(BREACHED) AS BREACHES FROM ("
                        + "SELECT " + bucket + " AS PERIOD, " + breached + " AS BREACHED"
                        + " FROM " + tasks + " T WHERE " + stepsCreatedWithin() + ") S GROUP BY PERIOD")
                .param("breach", SlaBreachListener.INCIDENT_TYPE)
                .params(bucketBounds)
                .params(within(processKey, steps, bounds.get(0), bounds.get(bounds.size() - 1)))
                .query(row -> {
                    periods[row.getInt("PERIOD")] = new Counts(row.getLong("TASKS"), row.getLong("BREACHES"), 0);
                });
        return periods;
    }

    /* Any version of the SOP: the key, not the definition id. The bounds are compared exactly. */
    private static String stepsCreatedWithin() {
        return "T.PROC_DEF_KEY_ = :process AND T.TASK_DEF_KEY_ IN (:steps)"
                + " AND T.START_TIME_ >= :from AND T.START_TIME_ < :to";
    }

    /* Timestamps as the engine writes them (java.sql.Timestamp of its Date, in the JVM's zone). */
    private static Map<String, Object> within(String processKey, List<String> steps, Instant from, Instant to) {
        return Map.of("process", processKey, "steps", steps, "from", Timestamp.from(from), "to", Timestamp.from(to));
    }

    /** Tasks, how many of them breached their standard, how many were completed (not cancelled). */
    record Counts(long tasks, long breaches, long completed) {

        static final Counts NONE = new Counts(0, 0, 0);
    }
}
