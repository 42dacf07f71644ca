package id.go.mojokertokab.prokopim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The application as it starts by default: H2 (or the test run's PostgreSQL), history full, authorization on, every asset deployed. */
@SpringBootTest
class ProkopimApplicationTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void engine_runs_on_the_test_database_with_full_history_and_authorization() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        // H2, or PostgreSQL in ./mvnw verify -Ppostgres (cluster/PostgresTestDatabases)
        assertThat(configuration.getDatabaseType()).isEqualTo(System.getProperty("prokopim.test.database", "h2"));
        assertThat(configuration.getHistory()).isEqualTo("full");
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
    }

    @Test
    void both_sops_their_schedule_and_every_form_are_deployed_together() throws IOException {
        List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery().latestVersion().list();
        assertThat(definitions).extracting(ProcessDefinition::getKey)
                .containsExactlyInAnyOrder("inventarisasiPeralatanDokumentasi", "penyampaianInformasiMediaSosial",
                        "jadwalInventarisasiPeralatanDokumentasi");
        assertThat(definitions).extracting(ProcessDefinition::getDeploymentId).containsOnly(definitions.get(0).getDeploymentId());

        List<String> deployed = repositoryService.getDeploymentResources(definitions.get(0).getDeploymentId()).stream()
                .map(Resource::getName).map(name -> Path.of(name).getFileName().toString()).toList();
        assertThat(deployed).containsExactlyInAnyOrderElementsOf(filesIn("bpmn", "forms"));
    }

    private static List<String> filesIn(String... folders) throws IOException {
        try (Stream<Path> bpmn = Files.list(Path.of(folders[0])); Stream<Path> forms = Files.list(Path.of(folders[1]))) {
            return Stream.concat(bpmn, forms).map(path -> path.getFileName().toString()).toList();
        }
    }
}
