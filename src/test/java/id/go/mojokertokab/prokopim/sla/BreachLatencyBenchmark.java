package id.go.mojokertokab.prokopim.sla;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.sun.management.OperatingSystemMXBean;

import id.go.mojokertokab.prokopim.ProkopimApplication;

/**
 * How late a breach is recorded after its deadline, in one run: with Camunda's stock job executor
 * polling, with polling ten times as often, and as configured (stock polling, and the job executor
 * woken at each due date by jobs/WakeAtDueDatePlugin); and how much CPU the idle server then uses. Not a
 * test: it asserts nothing and prints its measurements. Run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=id.go.mojokertokab.prokopim.sla.BreachLatencyBenchmark [-Dexec.args="40"]}.
 */
public final class BreachLatencyBenchmark {

    private static final String PROCESS = "inventarisasiPeralatanDokumentasi";
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final Duration IDLE_SAMPLE = Duration.ofSeconds(60);

    private BreachLatencyBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int deadlines = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<String> results = new ArrayList<>();
        results.add(measure("stock polling (5000 ms, max-wait 60000 ms)", deadlines,
                "--prokopim.jobs.wake-at-due-date=false"));
        results.add(measure("fast polling (500 ms, max-wait 1000 ms)", deadlines,
                "--prokopim.jobs.wake-at-due-date=false",
                "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=1000"));
        results.add(measure("ours: stock polling + wake at due date", deadlines));
        System.out.println();
        System.out.printf("%-44s %8s %8s %8s %10s%n", "job executor", "p50 ms", "p99 ms", "max ms", "idle CPU");
        results.forEach(System.out::println);
    }

    private static String measure(String label, int deadlines, String... settings) throws InterruptedException {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:benchmark-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=true",
                // 10 menit becomes 6 s: the first step of each instance breaches 6 s after it starts
                "--prokopim.sla.time-scale=0.01",
                "--logging.level.root=WARN"));
        args.addAll(List.of(settings));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ProkopimApplication.class)
                .run(args.toArray(String[]::new))) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            // deadlines spread over 10 s, as real work arrives, so each lands at a different point of the poll cycle
            for (int i = 0; i < deadlines; i++) {
                engine.getRuntimeService().startProcessInstanceByKey(PROCESS, Map.of("periodeInventarisasi", "benchmark"));
                Thread.sleep(10_000 / deadlines);
            }
            List<Long> latencies = awaitBreaches(engine, deadlines);
            double idleCpu = idleCpuPercent();
            Collections.sort(latencies);
            return String.format("%-44s %8d %8d %8d %9.2f%%", label, percentile(latencies, 0.5),
                    percentile(latencies, 0.99), latencies.get(latencies.size() - 1), idleCpu);
        }
    }

    private static List<Long> awaitBreaches(ProcessEngine engine, int expected) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + Duration.ofMinutes(3).toMillis();
        List<Incident> incidents = List.of();
        while (System.currentTimeMillis() < giveUp) {
            incidents = engine.getRuntimeService().createIncidentQuery().incidentType(SlaBreachListener.INCIDENT_TYPE).list();
            if (incidents.size() >= expected) {
                break;
            }
            Thread.sleep(200);
        }
        List<Long> latencies = new ArrayList<>();
        for (Incident incident : incidents) {
            Task late = engine.getTaskService().createTaskQuery().taskId(incident.getConfiguration()).singleResult();
            latencies.add(incident.getIncidentTimestamp().getTime() - late.getDueDate().getTime());
        }
        if (latencies.size() < expected) {
            System.out.printf("only %d of %d breaches were recorded within 3 minutes%n", latencies.size(), expected);
        }
        return latencies;
    }

    /** CPU used by this JVM while the engine only polls for jobs, as a share of one core. */
    private static double idleCpuPercent() throws InterruptedException {
        Thread.sleep(SETTLE.toMillis()); // let the JIT and GC finish with the burst before sampling
        OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        long cpuBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        Thread.sleep(IDLE_SAMPLE.toMillis());
        return 100.0 * (os.getProcessCpuTime() - cpuBefore) / (System.nanoTime() - wallBefore);
    }

    private static long percentile(List<Long> sorted, double percentile) {
        int rank = (int) Math.ceil(percentile * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
