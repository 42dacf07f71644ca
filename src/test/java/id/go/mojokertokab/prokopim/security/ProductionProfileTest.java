package id.go.mojokertokab.prokopim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import id.go.mojokertokab.prokopim.ProkopimApplication;

/** The prod profile, started for real (on an in-memory H2 instead of PostgreSQL). */
class ProductionProfileTest {

    private static final String STRONG_PASSWORD = "Mojokerto-Prokopim-2026!";

    @ParameterizedTest(name = "admin password \"{0}\" {1}")
    @CsvSource({
            "'', is missing",
            "admin, is a known default",
            "Camunda, is a known default",
            "Pendek-123, is shorter than 12 characters"})
    void refuses_to_start_with_a_weak_admin_password(String password, String problem) {
        assertThatThrownBy(() -> startProd("--PROKOPIM_ADMIN_PASSWORD=" + password).close())
                .rootCause()
                .hasMessage("Refusing to start the prod profile: the administrator password "
                        + "(environment variable PROKOPIM_ADMIN_PASSWORD) " + problem + ".");
    }

    @Test
    void refuses_to_start_with_compressed_time_standards() {
        assertThatThrownBy(() -> startProd("--PROKOPIM_ADMIN_PASSWORD=" + STRONG_PASSWORD, "--prokopim.sla.time-scale=0.01").close())
                .rootCause()
                .hasMessageContaining("Refusing to start the prod profile with prokopim.sla.time-scale=0.01");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void starts_with_a_strong_admin_password_and_secure_defaults(CapturedOutput log) throws IOException, InterruptedException {
        try (ConfigurableApplicationContext prod = startProd("--PROKOPIM_ADMIN_PASSWORD=" + STRONG_PASSWORD)) {
            // once ready, one line says where the office's work begins
            assertThat(log.getOut()).contains("Siap: http://localhost:" + prod.getEnvironment().getProperty("local.server.port")
                    + "/camunda/app/tasklist/");
            ProcessEngine engine = prod.getBean(ProcessEngine.class);
            ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            IdentityService identity = engine.getIdentityService();

            assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("admin");
            assertThat(identity.checkPassword("admin", STRONG_PASSWORD)).isTrue();
            assertThat(identity.createGroupQuery().groupIdIn("kabag-prokopim", "subkoor-dokpim", "staf-dokpim").count()).isEqualTo(3);
            assertThat(configuration.isAuthorizationEnabled()).isTrue();
            // deliberately unlimited: Cockpit 7.24 sends unbounded queries the limit would reject (application.yaml)
            assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(Integer.MAX_VALUE);
            assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();

            HttpResponse<String> welcome = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + prod.getEnvironment().getProperty("local.server.port")
                            + "/camunda/app/welcome/default/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(welcome.headers().firstValue("Strict-Transport-Security")).isPresent();
            assertThat(welcome.headers().allValues("Set-Cookie")).isNotEmpty()
                    .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
        }
    }

    /*
     * Spring Boot logs a failed start with its stack trace ("Application run failed"); the
     * refusals here are expected, and the test sees the exception itself, so that log is off.
     */
    private static ConfigurableApplicationContext startProd(String... args) {
        String[] all = new String[args.length + 7];
        all[0] = "--spring.profiles.active=prod";
        // the database as the prod profile takes it from the environment, here an in-memory H2
        all[1] = "--PROKOPIM_DB_URL=jdbc:h2:mem:prod-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        all[2] = "--PROKOPIM_DB_USER=sa";
        all[3] = "--PROKOPIM_DB_PASSWORD=";
        all[4] = "--server.port=0";
        all[5] = "--logging.level.org.springframework.boot.SpringApplication=off";
        all[6] = "--PROKOPIM_PUBLIC_URL=https://sop.example.go.id";
        System.arraycopy(args, 0, all, 7, args.length);
        return new SpringApplicationBuilder(ProkopimApplication.class).run(all);
    }
}
