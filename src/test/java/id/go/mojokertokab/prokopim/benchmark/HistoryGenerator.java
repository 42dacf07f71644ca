package id.go.mojokertokab.prokopim.benchmark;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import id.go.mojokertokab.prokopim.benchmark.CloneTimeline.TemplateShape;
import id.go.mojokertokab.prokopim.benchmark.CloneTimeline.TemplateTask;
import id.go.mojokertokab.prokopim.benchmark.TemplateCases.Plan;
import id.go.mojokertokab.prokopim.benchmark.TemplateCases.Template;
import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.sla.SlaBreachListener;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * Finished SOP cases by the thousand, for measuring how the application behaves as history grows.
 * A few real cases of both SOPs are worked through the running application first
 * ({@link TemplateCases}: every step by its person, some steps late so that the SLA timer raises
 * its {@code slaBreach} incident), and their rows are read back from every table the engine and
 * the project wrote for them: every {@code ACT_HI_*} table, {@code ACT_GE_BYTEARRAY} (JSON
 * variables), and the office's records (rekap publikasi, laporan, pemeriksaan and the items'
 * history). Those cases are then removed, and copies of them are inserted in JDBC batches: new
 * ids throughout (references kept), texts numbered per case, times moved to a start on a working
 * day of the last two years in office hours (WIB), each step open for a duration of its own, under
 * its standard or, in a late step, over it with the breach exactly at the standard
 * ({@link CloneTimeline}). Plain SQL that H2 and PostgreSQL both take.
 *
 * <p>The copies alternate between the two SOPs. Of them, about 60 % are on time, 10 % of the media SOP's have one revision, the rest
 * have one late step (each step alike); half of the staff steps are staf1's, half staf2's.
 */
final class HistoryGenerator {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final int BATCH = 100;
    private static final int DAYS = 730;

    /** The office's tables that hold records of a case, with how a template's rows are found. */
    private static final Map<String, String> OFFICE_TABLES = new LinkedHashMap<>();
    static {
        OFFICE_TABLES.put("PUB_PUBLIKASI", "process_instance_id = ?");
        OFFICE_TABLES.put("PUB_KANAL", "publikasi_id IN (SELECT id FROM pub_publikasi WHERE process_instance_id = ?)");
        OFFICE_TABLES.put("INV_LAPORAN", "process_instance_id = ?");
        OFFICE_TABLES.put("INV_PEMERIKSAAN", "process_instance_id = ?");
        OFFICE_TABLES.put("INV_RIWAYAT_BARANG", "process_instance_id = ?");
    }
    /** Their identity columns: each copy gets the next number. */
    private static final List<String> NUMBERED = List.of("PUB_PUBLIKASI", "INV_PEMERIKSAAN", "INV_RIWAYAT_BARANG");
    /**
     * The columns that hold ids of one case's own things (rows, executions, activity instances, tasks,
     * variables, jobs, operations); every other column (definitions, activities, people) is shared.
     */
    private static final Set<String> CASE_IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_",
            "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "TASK_ID_", "PARENT_TASK_ID_", "VAR_INST_ID_", "BYTEARRAY_ID_",
            "OPERATION_ID_", "JOB_ID_", "PROCESS_INSTANCE_ID_", "CAUSE_INCIDENT_ID_", "ROOT_CAUSE_INCIDENT_ID_",
            "JOB_EXCEPTION_STACK_ID_", "CALL_PROC_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_", "PROCESS_INSTANCE_ID", "TASK_ID");

    private final OfficeApi api;
    private Connection connection;
    private final Random random;
    private final long now;
    private List<Source> sources;
    private final Map<String, Long> nextNumber = new HashMap<>();
    private int caseNumber;

    /** {@code api}: the running application, where the template cases are worked. */
    HistoryGenerator(OfficeApi api, long seed) {
        this.api = api;
        this.random = new Random(seed);
        this.now = System.currentTimeMillis();
    }

    record Added(int cases, long rows, double seconds, Map<String, Long> rowsByTable) {

        String line() {
            return String.format(Locale.ROOT, "%,d finished cases, %,d rows in %.1f s: %,.0f rows/s, %,.0f cases/s", cases, rows,
                    seconds, rows / seconds, cases / seconds);
        }
    }

    /**
     * Works the template cases through the application and reads them back over {@code database};
     * the application must be running.
     */
    void prepare(Connection database) throws SQLException {
        connection = database;
        sources = load(new TemplateCases(api).work(TemplateCases.plans()));
        caseNumber = count("SELECT COUNT(*) FROM act_hi_procinst");
    }

    /**
     * Adds {@code count} finished cases over {@code database} (the first call prepares, if that was
     * not done). The application need not run: on H2 the copies go in fastest with the file opened
     * by this JVM alone.
     */
    Added add(Connection database, int count) throws SQLException {
        long started = System.nanoTime();
        if (sources == null) {
            prepare(database);
        }
        connection = database;
        for (String table : NUMBERED) {
            nextNumber.put(table, (long) count("SELECT COALESCE(MAX(id), 0) FROM " + table));
        }
        connection.setAutoCommit(false);
        Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
        Map<String, Long> rowsByTable = new LinkedHashMap<>();
        long rows = 0;
        try {
            for (int done = 0; done < count; done++) {
                rows += copy(pick(), inserts, rowsByTable);
                if ((done + 1) % BATCH == 0 || done == count - 1) {
                    for (PreparedStatement insert : inserts.values()) {
                        insert.executeBatch();
                    }
                    connection.commit();
                }
            }
            restartNumbering();
            connection.commit();
        } finally {
            for (PreparedStatement insert : inserts.values()) {
                insert.close();
            }
            connection.setAutoCommit(true);
        }
        return new Added(count, rows, (System.nanoTime() - started) / 1e9, rowsByTable);
    }

    /** One template case as read from the database, ready to copy. */
    private record Source(Plan plan, TemplateShape shape, List<TableRows> tables, Set<String> ids) {
    }

    private record TableRows(String table, List<String> columns, List<Integer> types, List<Object[]> rows) {
    }

    private Source pick() {
        SopStep.Sop sop = caseNumber % 2 == 0 ? SopStep.Sop.INVENTARISASI : SopStep.Sop.MEDIA_SOSIAL;
        String staff = random.nextBoolean() ? "staf1" : "staf2";
        double kind = random.nextDouble();
        boolean revision = sop == SopStep.Sop.MEDIA_SOSIAL && kind >= 0.6 && kind < 0.7;
        List<Source> candidates = sources.stream()
                .filter(source -> source.plan().sop() == sop && source.plan().staff().equals(staff))
                .filter(source -> source.plan().revision() == revision)
                .filter(source -> kind < 0.7 ? source.plan().late() == null : source.plan().late() != null)
                .toList();
        return candidates.get(random.nextInt(candidates.size()));
    }

    private long copy(Source source, Map<String, PreparedStatement> inserts, Map<String, Long> rowsByTable) throws SQLException {
        CloneTimeline timeline = new CloneTimeline(source.shape(), startOfACase(), random);
        String number = String.valueOf(++caseNumber);
        Map<String, String> newIds = new HashMap<>();
        Map<Long, Long> newPublications = new HashMap<>();
        long rows = 0;
        for (TableRows table : source.tables()) {
            PreparedStatement insert = inserts.get(table.table());
            if (insert == null) {
                insert = connection.prepareStatement("INSERT INTO " + table.table() + " (" + String.join(", ", table.columns())
                        + ") VALUES (" + "?, ".repeat(table.columns().size() - 1) + "?)");
                inserts.put(table.table(), insert);
            }
            for (Object[] row : table.rows()) {
                Object[] copy = new Object[row.length];
                for (int c = 0; c < row.length; c++) {
                    String column = table.columns().get(c);
                    Object value = row[c];
                    if (value instanceof Timestamp time) {
                        value = new Timestamp(timeline.map(column, time.getTime()));
                    } else if (value instanceof String text) {
                        if (source.ids().contains(text)) {
                            value = newIds.computeIfAbsent(text, old -> newId());
                        } else if (text.contains(TemplateCases.CASE_TOKEN)) {
                            value = text.replace(TemplateCases.CASE_TOKEN, number);
                        }
                    } else if (column.equals("ID") && NUMBERED.contains(table.table())) {
                        long next = nextNumber.merge(table.table(), 1L, Long::sum);
                        if (table.table().equals("PUB_PUBLIKASI")) {
                            newPublications.put(((Number) value).longValue(), next);
                        }
                        value = next;
                    } else if (column.equals("PUBLIKASI_ID")) {
                        value = newPublications.get(((Number) value).longValue());
                    }
                    copy[c] = value;
                }
                recompute(table, copy);
                for (int c = 0; c < copy.length; c++) {
                    set(insert, c + 1, copy[c], table.types().get(c));
                }
                insert.addBatch();
                rows++;
                rowsByTable.merge(table.table(), 1L, Long::sum);
            }
        }
        return rows;
    }

    /** Durations follow the copy's times. */
    private static void recompute(TableRows table, Object[] row) {
        int duration = table.columns().indexOf("DURATION_");
        if (duration >= 0 && row[duration] != null) {
            row[duration] = millis(row, table, "END_TIME_") - millis(row, table, "START_TIME_");
        }
        int minutes = table.columns().indexOf("DURASI_MENIT");
        if (minutes >= 0) {
            long open = millis(row, table, "TERUPLOAD") - millis(row, table, "MULAI");
            row[minutes] = (int) ((open + 59_999) / 60_000);
        }
    }

    private static long millis(Object[] row, TableRows table, String column) {
        return ((Timestamp) row[table.columns().indexOf(column)]).getTime();
    }

    /** A working day of the last two years, between 07:30 and 14:30 WIB; none in the last two days. */
    private long startOfACase() {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(now), WIB).minusDays(2 + random.nextInt(DAYS));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        LocalTime time = LocalTime.of(7, 30).plusSeconds(random.nextInt(7 * 3600));
        return day.atTime(time).atZone(WIB).toInstant().toEpochMilli();
    }

    private String newId() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
                .toString();
    }

    // --- reading the templates ---

    private List<Source> load(List<Template> templates) throws SQLException {
        List<String> engineTables = engineTables();
        List<Source> loaded = new ArrayList<>();
        for (Template template : templates) {
            List<TableRows> tables = new ArrayList<>();
            for (String table : engineTables) {
                String where = "ROOT_PROC_INST_ID_ = ?" + (table.equals("ACT_HI_OP_LOG") ? " AND (ENTITY_TYPE_ IS NULL OR ENTITY_TYPE_ <> 'Job')" : "");
                tables.add(read(table, where, template.processInstanceId()));
            }
            for (Map.Entry<String, String> office : OFFICE_TABLES.entrySet()) {
                tables.add(read(office.getKey(), office.getValue(), template.processInstanceId()));
            }
            tables.removeIf(table -> table.rows().isEmpty());
            loaded.add(new Source(template.plan(), shapeOf(tables), tables, idsOf(tables)));
        }
        for (Template template : templates) {
            remove(template.processInstanceId(), engineTables);
        }
        return loaded;
    }

    /** Every ACT_HI_* table, and ACT_GE_BYTEARRAY, with a root process instance column (7.10 and later: all of them). */
    private List<String> engineTables() throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet found = metadata.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String table = found.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (table.startsWith("ACT_HI_") || table.equals("ACT_GE_BYTEARRAY")) {
                    tables.add(table);
                }
            }
        }
        List<String> withRoot = new ArrayList<>();
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                    ResultSet columns = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                ResultSetMetaData metadataOfColumns = columns.getMetaData();
                for (int c = 1; c <= metadataOfColumns.getColumnCount(); c++) {
                    if (metadataOfColumns.getColumnName(c).equalsIgnoreCase("ROOT_PROC_INST_ID_")) {
                        withRoot.add(table);
                    }
                }
            }
        }
        withRoot.sort(null);
        return withRoot;
    }

    private TableRows read(String table, String where, String processInstanceId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
            select.setString(1, processInstanceId);
            try (ResultSet found = select.executeQuery()) {
                ResultSetMetaData metadata = found.getMetaData();
                List<String> columns = new ArrayList<>();
                List<Integer> types = new ArrayList<>();
                for (int c = 1; c <= metadata.getColumnCount(); c++) {
                    columns.add(metadata.getColumnName(c).toUpperCase(Locale.ROOT));
                    types.add(metadata.getColumnType(c));
                }
                List<Object[]> rows = new ArrayList<>();
                while (found.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = get(found, c + 1, types.get(c));
                    }
                    rows.add(row);
                }
                return new TableRows(table, columns, types, rows);
            }
        }
    }

    private static TemplateShape shapeOf(List<TableRows> tables) {
        TableRows instance = table(tables, "ACT_HI_PROCINST");
        Object[] root = instance.rows().get(0);
        Map<String, Long> breaches = new HashMap<>();
        TableRows incidents = table(tables, "ACT_HI_INCIDENT");
        if (incidents != null) {
            for (Object[] incident : incidents.rows()) {
                if (SlaBreachListener.INCIDENT_TYPE.equals(value(incidents, incident, "INCIDENT_TYPE_"))) {
                    breaches.put((String) value(incidents, incident, "CONFIGURATION_"),
                            ((Timestamp) value(incidents, incident, "CREATE_TIME_")).getTime());
                }
            }
        }
        TableRows taskRows = table(tables, "ACT_HI_TASKINST");
        List<TemplateTask> tasks = new ArrayList<>();
        for (Object[] task : taskRows.rows()) {
            tasks.add(new TemplateTask(time(taskRows, task, "START_TIME_"), time(taskRows, task, "END_TIME_"),
                    time(taskRows, task, "DUE_DATE_"), breaches.get((String) value(taskRows, task, "ID_"))));
        }
        tasks.sort(java.util.Comparator.comparingLong(TemplateTask::start));
        return new TemplateShape(time(instance, root, "START_TIME_"), time(instance, root, "END_TIME_"), tasks);
    }

    /** The template's own ids (of its rows, executions, activity instances, tasks, operations): each copy has new ones. */
    private static Set<String> idsOf(List<TableRows> tables) {
        Set<String> ids = new java.util.HashSet<>();
        for (TableRows table : tables) {
            for (int c = 0; c < table.columns().size(); c++) {
                String column = table.columns().get(c);
                if (CASE_IDS.contains(column)) {
                    for (Object[] row : table.rows()) {
                        if (row[c] instanceof String id) {
                            ids.add(id);
                        }
                    }
                }
            }
        }
        return ids;
    }

    private void remove(String processInstanceId, List<String> engineTables) throws SQLException {
        List<String> deletes = new ArrayList<>();
        engineTables.forEach(table -> deletes.add("DELETE FROM " + table + " WHERE ROOT_PROC_INST_ID_ = ?"));
        deletes.add("DELETE FROM pub_kanal WHERE " + OFFICE_TABLES.get("PUB_KANAL"));
        for (String table : List.of("pub_publikasi", "inv_laporan", "inv_pemeriksaan", "inv_riwayat_barang", "inv_usulan", "notif_keluar")) {
            deletes.add("DELETE FROM " + table + " WHERE process_instance_id = ?");
        }
        for (String sql : deletes) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setString(1, processInstanceId);
                delete.executeUpdate();
            }
        }
    }

    /** The identity columns continue after the copies' numbers (H2 and PostgreSQL both take this form). */
    private void restartNumbering() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : NUMBERED) {
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (nextNumber.get(table) + 1));
            }
        }
    }

    private int count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static TableRows table(List<TableRows> tables, String name) {
        return tables.stream().filter(table -> table.table().equals(name)).findFirst().orElse(null);
    }

    private static Object value(TableRows table, Object[] row, String column) {
        return row[table.columns().indexOf(column)];
    }

    private static long time(TableRows table, Object[] row, String column) {
        return ((Timestamp) value(table, row, column)).getTime();
    }

    private static Object get(ResultSet result, int column, int type) throws SQLException {
        return switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> result.getTimestamp(column);
            case Types.CLOB, Types.NCLOB -> result.getString(column);
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> result.getBytes(column);
            default -> result.getObject(column);
        };
    }

    private static void set(PreparedStatement insert, int column, Object value, int type) throws SQLException {
        if (value == null) {
            insert.setNull(column, type);
        } else if (value instanceof Timestamp time) {
            insert.setTimestamp(column, time);
        } else if (value instanceof byte[] bytes) {
            insert.setBytes(column, bytes);
        } else if (value instanceof String text) {
            insert.setString(column, text);
        } else {
            insert.setObject(column, value);
        }
    }
}
