package id.go.mojokertokab.prokopim.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.mojokertokab.prokopim.ProkopimApplication;
import id.go.mojokertokab.prokopim.http.OfficeApi;

/**
 * One node of the cluster: the application in a JVM of its own, started like {@code java -jar} on
 * the classpath of this build (without the test resources, so no test configuration applies), with
 * the job executor on. Its output goes to {@code target/cluster-it/<name>.log}.
 */
final class ClusterNode extends OfficeApi implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private ClusterNode(String name, int port, Path log, Process process) {
        super(port);
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the node on a PostgreSQL database of the test server and returns at once; {@link #awaitHealthy} waits for it. */
    static ClusterNode start(String name, String database, String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + TestPostgres.url(database)));
        arguments.addAll(Arrays.asList(extraArguments));
        return startIn(Path.of("."), name, arguments.toArray(String[]::new));
    }

    /**
     * Starts the node in a working directory of its own; without a datasource argument it runs the
     * demo profile exactly as {@code ./mvnw spring-boot:run} does, on the H2 file under {@code ./data}.
     */
    static ClusterNode startIn(Path workingDirectory, String name, String... extraArguments) {
        int port = freePort();
        Path log = Path.of("target", "cluster-it", name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // small and quick to start: two nodes and the build share two cores
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", applicationClasspath(),
                ProkopimApplication.class.getName(),
                "--server.port=" + port,
                "--camunda.bpm.job-execution.enabled=true",
                // the test configuration on the classpath switches both off for the in-JVM tests
                "--prokopim.notifikasi.pengiriman.aktif=true",
                // the engine names each job log entry after its node, so the test can tell who fired a timer
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        command.addAll(Arrays.asList(extraArguments));
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(workingDirectory);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("SPRING_DATASOURCE_USERNAME", TestPostgres.USER);
            builder.environment().put("SPRING_DATASOURCE_PASSWORD", TestPostgres.PASSWORD);
            builder.environment().remove("SPRING_PROFILES_ACTIVE");
            return new ClusterNode(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + name, e);
        }
    }

    void awaitHealthy(Duration timeout) {
        await(timeout, name + " to report UP on /actuator/health", () -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                return health.statusCode() == 200 && health.body().contains("\"UP\"");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** As a crash or a pulled plug: SIGKILL, no shutdown hook, transactions in flight are lost. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not die");
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Polls until the condition holds; fails once the deadline has passed. */
    static void await(Duration timeout, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * This build's classpath, as the test JVM got it, less the test resources and classes: a node
     * reads only src/main/resources/application.yaml and its command line.
     */
    private static String applicationClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
