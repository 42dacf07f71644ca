package id.go.mojokertokab.prokopim.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.http.WebappSession;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * How the Kabag's pages answer as history grows. Starts the application ({@link ServerProcess},
 * demo profile) on a new database, H2 file or PostgreSQL, opens a few cases so that Tasklist has
 * work to show, then grows the history with {@link HistoryGenerator} to each size in turn (finished
 * cases; on H2 with the server stopped, then started again) and, at each, times every request below as the Kabag (HTTP Basic; Cockpit's own API with
 * the Kabag's webapp login): p50/p95 over {@code samples} requests after one warm-up request (3
 * requests when the warm-up took over 5 s). Prints a table size × request, and the bytes the
 * history takes per finished case. Not a test: it asserts nothing.
 *
 * <p>The requests: every Tasklist filter the Kabag sees, listed as Tasklist lists it; the open
 * tasks' lateness (Tasklist's cards, {@code /api/sla/terlambat}); the SLA report of each SOP
 * (default period, the last 30 days) and the media SOP's over a year; the Cockpit SLA view
 * ({@code /api/sla/ringkasan}); Cockpit's process statistics (its own plugin API, and
 * {@code /engine-rest/process-definition/statistics} with failed jobs and incidents); the count of
 * finished cases; the records pages (Riwayat SOP: last 30 days, two years, a search, one case;
 * rekap publikasi of the current and the last month; the laporan list; the Buku inventarisasi and
 * one item's history).
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     id.go.mojokertokab.prokopim.benchmark.HistoryGrowthBenchmark [sizes=1000,10000,100000 samples=30 db=h2|postgres jvm='' keep=false]
 * </pre>
 * {@code db=postgres} uses the server of {@code PROKOPIM_TEST_PG_URL}, {@code PROKOPIM_TEST_PG_USER} and
 * {@code PROKOPIM_TEST_PG_PASSWORD} (as the cluster tests do) and a database {@value #PG_DATABASE}
 * there, made anew.
 */
public final class HistoryGrowthBenchmark {

    static final String PG_DATABASE = "prokopim_history_growth";
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration SLOW = Duration.ofSeconds(5);
    private static final String TASKLIST_LIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

    private HistoryGrowthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.of(args);
        Path work = Files.createTempDirectory("history-growth-");
        Database database = settings.postgres() ? Database.postgres() : Database.h2(work.resolve("server/data/prokopim"));
        List<String> jvm = new ArrayList<>(settings.jvmFlags());
        jvm.addAll(database.serverFlags());
        System.out.printf("History growth benchmark, %s; %d CPUs; Java %s; database %s; sizes %s; %d samples per request%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), database.name(), settings.sizes(), settings.samples());
        Path serverDirectory = work.resolve("server");
        ServerProcess server = boot(serverDirectory, jvm);
        Map<String, Map<Integer, String>> table = new LinkedHashMap<>();
        List<String> footprint = new ArrayList<>();
        try {
            OfficeApi api = new OfficeApi(server.port);
            openCases(api);
            HistoryGenerator generator = new HistoryGenerator(api, 2026);
            try (Connection connection = database.connect()) {
                generator.prepare(connection);
            }
            long emptyBytes = database.bytes();
            int generated = 0;
            for (int size : settings.sizes()) {
                if (database.exclusive()) {
                    server.close();
                }
                HistoryGenerator.Added added;
                try (Connection connection = database.connectAlone()) {
                    added = generator.add(connection, size - generated);
                }
                generated = size;
                System.out.println("\n" + size + ": generated " + added.line());
                System.out.println("  rows by table: " + added.rowsByTable());
                footprint.add(String.format(Locale.ROOT, "%,d finished cases: %s", size,
                        database.describe(database.bytes(), emptyBytes, size)));
                System.out.println("  " + footprint.get(footprint.size() - 1));
                if (database.exclusive()) {
                    server = boot(serverDirectory, jvm);
                    api = new OfficeApi(server.port);
                }
                for (Request request : requests(api)) {
                    String figures = request.measure(settings.samples());
                    table.computeIfAbsent(request.label(), label -> new LinkedHashMap<>()).put(size, figures);
                    System.out.printf("  %-58s %s%n", request.label(), figures);
                }
            }
        } finally {
            server.close();
        }
        System.out.println("\np50 / p95 in ms as the Kabag (n = requests timed when fewer than " + settings.samples() + ")");
        System.out.println(table(table, settings.sizes()));
        footprint.forEach(System.out::println);
        if (!settings.postgres()) {
            System.out.println(database.compacted(settings.sizes().get(settings.sizes().size() - 1)));
        }
        if (settings.keep()) {
            System.out.println("Kept: " + work);
        } else {
            delete(work);
        }
    }

    private static ServerProcess boot(Path directory, List<String> jvm) throws InterruptedException {
        ServerProcess server = ServerProcess.start("history-growth", directory, jvm, false);
        server.awaitFirstAnswer(BOOT_TIMEOUT);
        server.awaitReady(BOOT_TIMEOUT);
        return server;
    }

    /** Three cases of each SOP waiting at step 1, so Tasklist's filters and late cards have something to show. */
    private static void openCases(OfficeApi api) {
        for (int i = 0; i < 3; i++) {
            for (SopStep.Sop sop : SopStep.Sop.values()) {
                api.call("kabag", "POST", "/engine-rest/process-definition/key/" + sop.processKey + "/submit-form",
                        OfficeApi.variables(SopInputs.starting(sop))).expect(200);
            }
        }
    }

    private static List<Request> requests(OfficeApi api) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + api.uri("").getPort();
        List<Request> requests = new ArrayList<>();
        for (JsonNode filter : api.get("kabag", "/engine-rest/filter?resourceType=Task&sortBy=name&sortOrder=asc")) {
            requests.add(Request.basic(http, base, "Tasklist filter \"" + filter.path("name").asText() + "\" list", "POST",
                    "/engine-rest/filter/" + filter.path("id").asText() + "/list?firstResult=0&maxResults=15", TASKLIST_LIST_BODY,
                    "application/hal+json"));
        }
        List<String> open = new ArrayList<>();
        api.get("kabag", "/engine-rest/task?candidateGroups=kabag-prokopim&includeAssignedTasks=true&maxResults=15")
                .forEach(task -> open.add("tugas=" + task.path("id").asText()));
        requests.add(Request.basic(http, base, "/api/sla/terlambat (" + open.size() + " tasks)", "GET",
                "/api/sla/terlambat?" + String.join("&", open), null, "application/json"));
        LocalDate today = LocalDate.now(HistoryGenerator.WIB);
        for (SopStep.Sop sop : SopStep.Sop.values()) {
            requests.add(Request.basic(http, base, "/api/sla/report " + sop.processKey, "GET", "/api/sla/report?process=" + sop.processKey,
                    null, "application/json"));
        }
        requests.add(Request.basic(http, base, "/api/sla/report media, one year", "GET", "/api/sla/report?process="
                + SopStep.Sop.MEDIA_SOSIAL.processKey + "&from=" + today.minusDays(364) + "&to=" + today, null, "application/json"));
        requests.add(Request.basic(http, base, "/api/sla/ringkasan (Cockpit SLA view)", "GET", "/api/sla/ringkasan", null, "application/json"));
        WebappSession cockpit = WebappSession.login(api, "kabag", "cockpit");
        requests.add(new Request("Cockpit plugin process-definition/statistics", () -> cockpit.send(api, "GET",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics", null, null).status()));
        requests.add(Request.basic(http, base, "engine-rest process-definition/statistics", "GET",
                "/engine-rest/process-definition/statistics?failedJobs=true&incidents=true", null, "application/json"));
        requests.add(Request.basic(http, base, "engine-rest history/process-instance/count", "GET",
                "/engine-rest/history/process-instance/count?finished=true", null, "application/json"));
        requests.add(Request.basic(http, base, "/api/riwayat (last 30 days)", "GET", "/api/riwayat", null, "application/json"));
        requests.add(Request.basic(http, base, "/api/riwayat (two years)", "GET", "/api/riwayat?dari=" + today.minusDays(731)
                + "&sampai=" + today, null, "application/json"));
        requests.add(Request.basic(http, base, "/api/riwayat (two years, cari)", "GET", "/api/riwayat?dari=" + today.minusDays(731)
                + "&sampai=" + today + "&cari=" + URLEncoder.encode("pimpinan 12", StandardCharsets.UTF_8), null, "application/json"));
        JsonNode oneCase = api.get("kabag", "/api/riwayat?dari=" + today.minusDays(731) + "&sampai=" + today + "&maxResults=1")
                .path("cases").path(0);
        String caseId = oneCase.path("processInstanceId").asText(oneCase.path("id").asText());
        requests.add(Request.basic(http, base, "/api/riwayat/{id} (one case)", "GET", "/api/riwayat/" + caseId, null, "application/json"));
        requests.add(Request.basic(http, base, "/api/publikasi (this month)", "GET", "/api/publikasi", null, "application/json"));
        requests.add(Request.basic(http, base, "/api/publikasi (last month)", "GET", "/api/publikasi?bulan="
                + YearMonth.from(today).minusMonths(1), null, "application/json"));
        requests.add(Request.basic(http, base, "/api/inventaris/laporan", "GET", "/api/inventaris/laporan", null, "application/json"));
        requests.add(Request.basic(http, base, "/api/inventaris/barang", "GET", "/api/inventaris/barang", null, "application/json"));
        String item = api.get("kabag", "/api/inventaris/barang").path(0).path("kode").asText();
        requests.add(Request.basic(http, base, "/api/inventaris/barang/{kode}/riwayat", "GET", "/api/inventaris/barang/"
                + URLEncoder.encode(item, StandardCharsets.UTF_8) + "/riwayat", null, "application/json"));
        return requests;
    }

    /** One kind of request, timed. {@code call} answers the HTTP status. */
    private record Request(String label, StatusCall call) {

        interface StatusCall {
            int status() throws Exception;
        }

        static Request basic(HttpClient http, String base, String label, String method, String path, String body, String accept) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", ServerProcess.basic("kabag")).header("Accept", accept)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return new Request(label, () -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        }

        /** "p50 / p95", after one warm-up request; a refusal or error is shown by its status. */
        String measure(int samples) {
            try {
                long warmUp = System.nanoTime();
                int status = call.status();
                if (status != 200) {
                    return "HTTP " + status;
                }
                int count = System.nanoTime() - warmUp > SLOW.toNanos() ? 3 : samples;
                long[] nanos = new long[count];
                for (int i = 0; i < count; i++) {
                    long start = System.nanoTime();
                    status = call.status();
                    nanos[i] = System.nanoTime() - start;
                    if (status != 200) {
                        return "HTTP " + status;
                    }
                }
                Arrays.sort(nanos);
                return millis(nanos, 0.50) + " / " + millis(nanos, 0.95) + (count < samples ? " (n=" + count + ")" : "");
            } catch (Exception e) {
                return e.getClass().getSimpleName();
            }
        }

        private static String millis(long[] sorted, double percentile) {
            int rank = (int) Math.ceil(percentile * sorted.length);
            return String.format(Locale.ROOT, "%,d", Math.round(sorted[Math.max(rank, 1) - 1] / 1e6));
        }
    }

    private static String table(Map<String, Map<Integer, String>> rows, List<Integer> sizes) {
        StringBuilder out = new StringBuilder(String.format("| %-50s |", "request \\ finished cases"));
        sizes.forEach(size -> out.append(String.format(Locale.ROOT, " %,18d |", size)));
        out.append("\n|").append("-".repeat(52)).append('|');
        sizes.forEach(size -> out.append("-".repeat(20)).append('|'));
        rows.forEach((label, figures) -> {
            out.append(String.format("%n| %-50s |", label));
            sizes.forEach(size -> out.append(String.format(" %18s |", figures.getOrDefault(size, ""))));
        });
        return out.toString();
    }

    /** The application's database: how the server and the generator reach it, and how big it is. */
    private interface Database {

        String name();

        /** The generator adds its copies with the server stopped (H2: the file opened by the generator alone, no TCP). */
        boolean exclusive();

        List<String> serverFlags();

        Connection connect() throws SQLException;

        /** For adding the copies ({@link #exclusive()}: with the server stopped). */
        default Connection connectAlone() throws SQLException {
            return connect();
        }

        long bytes() throws SQLException;

        String describe(long bytes, long emptyBytes, int cases) throws SQLException;

        String compacted(int cases) throws SQLException;

        /**
         * The H2 file. AUTO_SERVER lets the generator read the template cases while the server runs;
         * the copies go in while it is stopped, and the server then opens the file on its own again.
         */
        static Database h2(Path file) {
            String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
            Path mvFile = Path.of(file.toAbsolutePath() + ".mv.db");
            return new Database() {
                public String name() {
                    return "H2 file";
                }

                public boolean exclusive() {
                    return true;
                }

                public List<String> serverFlags() {
                    return List.of("-Dspring.datasource.url=" + url, "-Dspring.datasource.username=sa", "-Dspring.datasource.password=sa");
                }

                public Connection connect() throws SQLException {
                    return DriverManager.getConnection(url, "sa", "sa");
                }

                /*
                 * With the server stopped: the file is written back once a minute instead of at each
                 * commit (with random UUID keys nearly every index page is dirty at each write), and
                 * a larger page cache.
                 */
                public Connection connectAlone() throws SQLException {
                    return DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath()
                            + ";WRITE_DELAY=60000;CACHE_SIZE=524288", "sa", "sa");
                }

                public long bytes() {
                    try {
                        return Files.size(mvFile);
                    } catch (IOException e) {
                        return -1;
                    }
                }

                public String describe(long bytes, long emptyBytes, int cases) {
                    return String.format(Locale.ROOT, "H2 file %,.0f MB (not compacted), %,.1f KB per finished case", bytes / 1e6,
                            (bytes - emptyBytes) / 1e3 / cases);
                }

                public String compacted(int cases) throws SQLException {
                    try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "sa");
                            Statement statement = connection.createStatement()) {
                        statement.execute("SHUTDOWN COMPACT");
                    }
                    long bytes = bytes();
                    return String.format(Locale.ROOT, "H2 file after SHUTDOWN COMPACT: %,.0f MB, %,.1f KB per finished case (%,d cases)",
                            bytes / 1e6, bytes / 1e3 / cases, cases);
                }
            };
        }

        /** A new database on the tests' PostgreSQL server. */
        static Database postgres() throws SQLException {
            String server = env("PROKOPIM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
            String user = env("PROKOPIM_TEST_PG_USER", "prokopim_test");
            String password = env("PROKOPIM_TEST_PG_PASSWORD", "prokopim_test");
            Properties login = new Properties();
            login.setProperty("user", user);
            login.setProperty("password", password);
            try (Connection admin = DriverManager.getConnection(server + "postgres", login); Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + PG_DATABASE);
            }
            String url = server + PG_DATABASE;
            return new Database() {
                public String name() {
                    return "PostgreSQL " + url;
                }

                public boolean exclusive() {
                    return false;
                }

                public List<String> serverFlags() {
                    return List.of("-Dspring.datasource.url=" + url, "-Dspring.datasource.username=" + user,
                            "-Dspring.datasource.password=" + password);
                }

                public Connection connect() throws SQLException {
                    Properties batched = new Properties(login);
                    batched.putAll(login);
                    batched.setProperty("reWriteBatchedInserts", "true");
                    return DriverManager.getConnection(url, batched);
                }

                public long bytes() throws SQLException {
                    return query("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n "
                            + "ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema() "
                            + "AND (c.relname LIKE 'act\\_hi\\_%' OR c.relname = 'act_ge_bytearray')");
                }

                public String describe(long bytes, long emptyBytes, int cases) throws SQLException {
                    long database = query("SELECT pg_database_size(current_database())");
                    return String.format(Locale.ROOT, "act_hi_* + act_ge_bytearray %,.0f MB, %,.1f KB per finished case; "
                            + "whole database %,.0f MB", bytes / 1e6, (bytes - emptyBytes) / 1e3 / cases, database / 1e6);
                }

                public String compacted(int cases) {
                    return "";
                }

                private long query(String sql) throws SQLException {
                    try (Connection connection = DriverManager.getConnection(url, login); Statement statement = connection.createStatement();
                            ResultSet result = statement.executeQuery(sql)) {
                        result.next();
                        return result.getLong(1);
                    }
                }
            };
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The command line's {@code name=value} arguments. */
    private record Settings(List<Integer> sizes, int samples, boolean postgres, List<String> jvmFlags, boolean keep) {

        static Settings of(String[] args) {
            Map<String, String> given = Arguments.parse(args, Map.of("sizes", "1000,10000,100000", "samples", "30", "db", "h2",
                    "jvm", "", "keep", "false"));
            List<Integer> sizes = Arrays.stream(given.get("sizes").split(",")).map(String::strip).map(Integer::valueOf).sorted().toList();
            if (!List.of("h2", "postgres").contains(given.get("db"))) {
                throw new IllegalArgumentException("db: h2 or postgres, not '" + given.get("db") + "'");
            }
            return new Settings(sizes, Integer.parseInt(given.get("samples")), given.get("db").equals("postgres"),
                    Arrays.stream(given.get("jvm").split("\\s+")).filter(flag -> !flag.isEmpty()).toList(),
                    Boolean.parseBoolean(given.get("keep")));
        }
    }
}
