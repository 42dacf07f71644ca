package id.go.mojokertokab.prokopim.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import id.go.mojokertokab.prokopim.ProkopimApplication;

/**
 * One variant of the application under load, in a JVM of its own: started like {@code java -jar}
 * on this build's classpath without the test classes (no test configuration applies), in a working
 * directory of its own, so the demo profile's H2 file database ({@code ./data}, full history, demo
 * users) is new. Its CPU time and resident memory are read from {@code /proc}, as {@code top} does.
 * Its output goes to {@code target/benchmark/<name>.log}.
 */
final class ServerProcess implements AutoCloseable {

    private static final long CLOCK_TICKS_PER_SECOND = clockTicks();

    final String name;
    final int port;
    final Path log;
    private final Process process;
    private final long startedAt = System.nanoTime();

    private ServerProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts the application; {@code stock} starts it through {@link StockSwitch#main} (that class
     * alone copied out of the test classes onto the classpath).
     */
    static ServerProcess start(String name, Path workingDirectory, List<String> jvmFlags, boolean stock) {
        return start(name, workingDirectory, jvmFlags, stock, null);
    }

    /**
     * As above; with {@code jar} (the office only) the application runs as the image runs it,
     * {@code java -jar} on the jar extracted by {@code -Djarmode=tools extract} (Dockerfile).
     */
    static ServerProcess start(String name, Path workingDirectory, List<String> jvmFlags, boolean stock, Path jar) {
        int port = freePort();
        Path log = Path.of("target", "benchmark", name + ".log").toAbsolutePath();
        List<String> classpath = new ArrayList<>(applicationClasspath());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        try {
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log);
            Files.createDirectories(workingDirectory);
            if (stock) {
                classpath.add(0, stockSwitchClasses(workingDirectory.resolve("stock-switch")).toString());
            }
            if (jar != null && !stock) {
                command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--spring.profiles.active=demo",
                        "--server.port=" + port));
            } else {
                command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath),
                        (stock ? StockSwitch.class : ProkopimApplication.class).getName(), "--server.port=" + port));
            }
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().remove("SPRING_PROFILES_ACTIVE");
            return new ServerProcess(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Waits for the REST API's first answer; returns the time from the start of the JVM. */
    Duration awaitFirstAnswer(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest engines = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/engine"))
                .header("Authorization", basic("admin")).timeout(Duration.ofSeconds(5)).build();
        return await(timeout, "a first answer of /engine-rest", () -> {
            try {
                return http.send(engines, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    /**
     * Waits for the application's "Siap" (ready) line, logged once the office's users, groups,
     * filters and Buku inventarisasi are seeded, which happens after the web server answers.
     */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        return await(timeout, "the line 'Siap: ' in the log", () -> {
            try {
                return new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1).contains("Siap: http");
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    private interface Check {
        boolean holds() throws InterruptedException;
    }

    private Duration await(Duration timeout, String what, Check check) throws InterruptedException {
        long giveUp = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (check.holds()) {
                return Duration.ofNanos(System.nanoTime() - startedAt);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " gave no sign of " + what + " within " + timeout.toSeconds() + " s; see " + log);
    }

    /** CPU time of the whole JVM, every thread, user and system: utime + stime of /proc/<pid>/stat. */
    long cpuMillis() {
        String stat = read("/proc/" + process.pid() + "/stat");
        // fields after the command name in parentheses: state is field 3, utime 14, stime 15
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    /** Resident memory now, VmRSS of /proc/<pid>/status, in kB. */
    long rssKb() {
        return read("/proc/" + process.pid() + "/status").lines()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElseThrow();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The build's classpath less the test classes: the class loader's under {@code exec:java}
     * (Maven's own JVM, whose java.class.path is Maven's), else this JVM's.
     */
    private static List<String> applicationClasspath() {
        Stream<String> entries = Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader
                && loader.getURLs().length > 0
                        ? Arrays.stream(loader.getURLs()).map(ServerProcess::path)
                        : Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator));
        return entries.filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).distinct().toList();
    }

    private static String path(java.net.URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** StockSwitch's class files alone: the other test classes and their configuration stay out of the server. */
    private static Path stockSwitchClasses(Path directory) throws IOException {
        Path testClasses;
        try {
            testClasses = Path.of(StockSwitch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String packagePath = StockSwitch.class.getPackageName().replace('.', '/');
        Path target = Files.createDirectories(directory.resolve(packagePath));
        try (Stream<Path> files = Files.list(testClasses.resolve(packagePath))) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith(StockSwitch.class.getSimpleName())).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return directory.toAbsolutePath();
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** USER_HZ, the unit of /proc's CPU times: 100 on Linux unless {@code getconf} says otherwise. */
    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(answer) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
