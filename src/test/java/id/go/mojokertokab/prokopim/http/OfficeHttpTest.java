package id.go.mojokertokab.prokopim.http;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The fixture of the tests over real HTTP: the application on a random port (one Spring context
 * for all of them), a client of it, and the engine's services to set up cases and read the
 * state back as the engine sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class OfficeHttpTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected RuntimeService runtimeService;
    @Autowired
    protected TaskService taskService;
    @Autowired
    protected HistoryService historyService;
    @Autowired
    protected ManagementService managementService;
    @Autowired
    protected IdentityService identityService;
    @Autowired
    protected RepositoryService repositoryService;

    protected OfficeApi api() {
        return new OfficeApi(port);
    }
}
