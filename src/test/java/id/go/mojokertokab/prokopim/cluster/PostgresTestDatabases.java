package id.go.mojokertokab.prokopim.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the test suite on PostgreSQL ({@code ./mvnw verify -Ppostgres} sets
 * {@value #SWITCH}{@code =postgres}): every application a test starts on an in-memory H2 database
 * (config/application.yaml gives each Spring context its own) gets a new PostgreSQL database
 * instead, created here and dropped when the test JVM exits. Applications started on an explicit
 * other database, and every run without the switch, are left alone.
 */
public class PostgresTestDatabases implements EnvironmentPostProcessor {

    static final String SWITCH = "prokopim.test.database";

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(TestPostgres::dropDatabase)));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!"postgres".equals(environment.getProperty(SWITCH)) || !url.startsWith("jdbc:h2:mem:")) {
            return;
        }
        String database = "prokopim_test_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        TestPostgres.recreateDatabase(database);
        CREATED.add(database);
        environment.getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", Map.of(
                "spring.datasource.url", TestPostgres.url(database),
                "spring.datasource.username", TestPostgres.USER,
                "spring.datasource.password", TestPostgres.PASSWORD,
                // Spring keeps up to 32 test contexts alive: a small pool each stays within PostgreSQL's 100 connections
                "spring.datasource.hikari.maximum-pool-size", "4",
                "spring.datasource.hikari.minimum-idle", "1")));
    }
}
