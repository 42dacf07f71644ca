package id.go.mojokertokab.prokopim.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

import id.go.mojokertokab.prokopim.benchmark.Measurements.Kind;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * Both SOPs under load through the REST API, done by the office's people the way Tasklist does
 * them ({@link TasklistClient}), on two servers started side by side from this build: "office",
 * the application as configured, and "stock", the same application and models with the project's
 * extensions switched off ({@link StockSwitch}: open REST, no authorization, no engine plugins,
 * Camunda's defaults). Closed loop: C clients, each doing one case after another; at each C a
 * warm-up and a measured window on one server, then the other (the order alternates with C).
 * Prints, per run, task completions per second, requests per second, the servers' CPU per
 * completion and resident memory (from /proc), then p50/p99 per kind of request, then the
 * office/stock ratio. Not a test: it asserts nothing.
 *
 * <p>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=id.go.mojokertokab.prokopim.benchmark.SopLoadBenchmark
 * [-Dexec.args="warmup=15 window=45 clients=1,2,4,8 sops=inventaris,media jvm='' keep=false"]}
 * (the defaults shown). {@code jvm='-Xmx512m -XX:+UseSerialGC'} gives both servers those JVM flags
 * (none: the JVM's defaults); {@code keep=true} keeps their working directories (databases, a JFR
 * recording asked for with {@code jvm='-XX:StartFlightRecording=filename=server.jfr,dumponexit=true'}).
 * {@code office-jar=target/app/app.jar} runs the office as the image does, {@code java -jar} on the
 * extracted jar, and {@code office-jvm='…'} gives the office alone more flags (the image's: README
 * "Footprint"); stock keeps the JVM's defaults, so the ratios compare the office as shipped with
 * stock Camunda as it comes.
 */
public final class SopLoadBenchmark {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);
    /** How long a server rests after it is ready before its idle memory is read. */
    private static final Duration IDLE_SETTLE = Duration.ofSeconds(20);

    private SopLoadBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Settings settings = Settings.of(args);
        System.out.println(setup(settings));
        Path work = Files.createTempDirectory("sop-load-");
        List<ServerProcess> servers = new ArrayList<>();
        Thread stopServers = new Thread(() -> servers.forEach(server -> {
            try {
                server.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        Runtime.getRuntime().addShutdownHook(stopServers);
        try {
            ServerProcess office = boot("office", work, settings, false, servers);
            ServerProcess stock = boot("stock", work, settings, true, servers);
            List<Run> runs = new ArrayList<>();
            System.out.println();
            System.out.println(Run.HEADER);
            for (int i = 0; i < settings.clients().size(); i++) {
                int clients = settings.clients().get(i);
                for (ServerProcess server : i % 2 == 0 ? List.of(office, stock) : List.of(stock, office)) {
                    Run run = run(server, clients, settings);
                    runs.add(run);
                    System.out.println(run.line());
                    run.measured().failureReasons().forEach((reason, count) -> System.out.println("    " + count + " × " + reason));
                }
            }
            System.out.println(latencies(runs));
            System.out.println(ratios(runs, settings));
        } finally {
            stopServers.run();
            try {
                Runtime.getRuntime().removeShutdownHook(stopServers);
            } catch (IllegalStateException shuttingDown) {
                // interrupted (Ctrl-C): the hook runs anyway, and finds the servers stopped
            }
            if (settings.keep()) {
                System.out.println("Databases kept under " + work);
            } else {
                delete(work);
            }
        }
    }

    private static ServerProcess boot(String name, Path work, Settings settings, boolean stock, List<ServerProcess> servers)
            throws InterruptedException {
        List<String> flags = new ArrayList<>(settings.jvmFlags());
        if (!stock) {
            flags.addAll(settings.officeJvmFlags());
        }
        ServerProcess server = ServerProcess.start(name, work.resolve(name), flags, stock, settings.officeJar());
        servers.add(server);
        Duration firstAnswer = server.awaitFirstAnswer(BOOT_TIMEOUT);
        Duration ready = server.awaitReady(BOOT_TIMEOUT);
        Thread.sleep(IDLE_SETTLE.toMillis());
        long idleRssKb = server.rssKb();
        System.out.printf("%s: first answer %.1f s after start, ready (seeded) %.1f s, idle RSS %d MB %d s later; JVM flags %s;"
                + " log %s%n", name, firstAnswer.toMillis() / 1000.0, ready.toMillis() / 1000.0, idleRssKb / 1024,
                IDLE_SETTLE.toSeconds(), flags.isEmpty() ? "(defaults)" : flags, server.log);
        boots.put(name, new Boot(firstAnswer, idleRssKb));
        return server;
    }

    private record Boot(Duration firstAnswer, long idleRssKb) {
    }

    private static final Map<String, Boot> boots = new LinkedHashMap<>();

    /** One warm-up and measured window of C clients on one server. */
    private static Run run(ServerProcess server, int clients, Settings settings) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        long windowStart = System.nanoTime() + settings.warmUp().toNanos();
        Measurements measured = new Measurements(windowStart, windowStart + settings.window().toNanos());
        ExecutorService desks = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            desks.execute(new TasklistClient(http, server.port, measured, settings.sops(), i));
        }
        sleepUntil(windowStart);
        OperatingSystemMXBean driver = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        long driverCpuBefore = driver.getProcessCpuTime();
        long cpuBefore = server.cpuMillis();
        long maxRssKb = server.rssKb();
        while (!measured.over()) {
            sleepUntil(Math.min(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500), measured.windowEnd));
            maxRssKb = Math.max(maxRssKb, server.rssKb());
        }
        long cpuMillis = server.cpuMillis() - cpuBefore;
        double driverCores = (driver.getProcessCpuTime() - driverCpuBefore) / 1e9 / measured.seconds();
        desks.shutdown();
        if (!desks.awaitTermination(90, TimeUnit.SECONDS)) {
            desks.shutdownNow();
        }
        return new Run(server.name, clients, measured, cpuMillis, maxRssKb, driverCores);
    }

    private record Run(String variant, int clients, Measurements measured, long cpuMillis, long maxRssKb, double driverCores) {

        static final String HEADER = String.format("%-7s %2s %11s %11s %12s %10s %11s %13s %7s", "variant", "C",
                "completed/s", "requests/s", "CPU ms/done", "CPU cores", "max RSS MB", "driver cores", "failed");

        double completionsPerSecond() {
            return measured.completions() / measured.seconds();
        }

        double cpuPerCompletion() {
            return measured.completions() == 0 ? Double.NaN : (double) cpuMillis / measured.completions();
        }

        String line() {
            return String.format("%-7s %2d %11.1f %11.1f %12.1f %10.2f %11d %13.2f %7d", variant, clients, completionsPerSecond(),
                    measured.requests() / measured.seconds(), cpuPerCompletion(), cpuMillis / 1000.0 / measured.seconds(),
                    maxRssKb / 1024, driverCores, measured.failures());
        }
    }

    private static String latencies(List<Run> runs) {
        StringBuilder table = new StringBuilder("\nLatency p50/p99 in ms, by request\n");
        table.append(String.format("%-7s %2s", "variant", "C"));
        Arrays.stream(Kind.values()).forEach(kind -> table.append(String.format(" %14s", kind.label)));
        table.append('\n');
        for (Run run : sorted(runs)) {
            table.append(String.format("%-7s %2d", run.variant(), run.clients()));
            Arrays.stream(Kind.values()).forEach(kind -> table.append(String.format(" %14s", run.measured().percentiles(kind))));
            table.append('\n');
        }
        return table.toString();
    }

    private static String ratios(List<Run> runs, Settings settings) {
        Boot officeBoot = boots.get("office");
        Boot stockBoot = boots.get("stock");
        StringBuilder table = new StringBuilder(String.format("office / stock: first answer %.2f, idle RSS %.2f%n",
                (double) officeBoot.firstAnswer().toMillis() / stockBoot.firstAnswer().toMillis(),
                (double) officeBoot.idleRssKb() / stockBoot.idleRssKb()));
        table.append("office / stock, same C\n");
        table.append(String.format("%2s %13s %18s %11s%n", "C", "completed/s", "CPU per completion", "max RSS"));
        for (int clients : settings.clients()) {
            Map<String, Run> byVariant = new LinkedHashMap<>();
            runs.stream().filter(run -> run.clients() == clients).forEach(run -> byVariant.put(run.variant(), run));
            Run office = byVariant.get("office");
            Run stock = byVariant.get("stock");
            table.append(String.format("%2d %13.2f %18.2f %11.2f%n", clients,
                    office.completionsPerSecond() / stock.completionsPerSecond(),
                    office.cpuPerCompletion() / stock.cpuPerCompletion(), (double) office.maxRssKb() / stock.maxRssKb()));
        }
        return table.toString();
    }

    private static List<Run> sorted(List<Run> runs) {
        return runs.stream().sorted(Comparator.comparing(Run::variant).thenComparingInt(Run::clients)).toList();
    }

    private static String setup(Settings settings) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("?");
        long memoryMb = Long.parseLong(Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D", "")) / 1024;
        return String.format("SOP load benchmark, %s; %d CPUs (%s), %d MB RAM; Java %s%n"
                + "servers: office (as configured) and stock (StockSwitch), JVM flags %s; H2 file database each, full history%n"
                + "each run: %d s warm-up, %d s measured; clients %s; SOPs %s",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), cpu, memoryMb,
                System.getProperty("java.version"), settings.jvmFlags().isEmpty() ? "(the JVM's defaults)" : settings.jvmFlags(),
                settings.warmUp().toSeconds(), settings.window().toSeconds(), settings.clients(),
                settings.sops().stream().map(sop -> sop.processKey).toList());
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
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
    private record Settings(Duration warmUp, Duration window, List<Integer> clients, List<SopStep.Sop> sops,
            List<String> jvmFlags, List<String> officeJvmFlags, Path officeJar, boolean keep) {

        static Settings of(String[] args) {
            Map<String, String> given = Arguments.parse(args, Map.of("warmup", "15", "window", "45", "clients", "1,2,4,8",
                    "sops", "inventaris,media", "jvm", "", "office-jvm", "", "office-jar", "", "keep", "false"));
            return new Settings(Duration.ofSeconds(Long.parseLong(given.get("warmup"))),
                    Duration.ofSeconds(Long.parseLong(given.get("window"))),
                    list(given.get("clients")).stream().map(Integer::valueOf).toList(),
                    list(given.get("sops")).stream().map(Settings::sop).toList(),
                    flags(given.get("jvm")), flags(given.get("office-jvm")),
                    given.get("office-jar").isEmpty() ? null : Path.of(given.get("office-jar")),
                    Boolean.parseBoolean(given.get("keep")));
        }

        private static List<String> flags(String spaceSeparated) {
            return Arrays.stream(spaceSeparated.split("\\s+")).filter(flag -> !flag.isEmpty()).toList();
        }

        private static List<String> list(String commaSeparated) {
            return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
        }

        private static SopStep.Sop sop(String name) {
            return switch (name) {
                case "inventaris" -> SopStep.Sop.INVENTARISASI;
                case "media" -> SopStep.Sop.MEDIA_SOSIAL;
                default -> throw new IllegalArgumentException("sops: inventaris and/or media, not '" + name + "'");
            };
        }
    }
}
