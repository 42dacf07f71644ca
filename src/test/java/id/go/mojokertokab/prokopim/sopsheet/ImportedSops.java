package id.go.mojokertokab.prokopim.sopsheet;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;

/** Test cleanup: what an import made, so the next test in the shared Spring context starts without it. */
public final class ImportedSops {

    private ImportedSops() {
    }

    /**
     * Every import's deployment with its cases and their history (the cascade), the groups the
     * import made with their authorizations, and the authorizations on the imported process.
     */
    public static void removeAll(ProcessEngine engine, String processKey, List<String> newGroups) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        engine.getRepositoryService().createDeploymentQuery().deploymentSource(SopDeployment.SOURCE).list()
                .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
        for (String group : newGroups) {
            authorizations.createAuthorizationQuery().groupIdIn(group).list()
                    .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
            engine.getIdentityService().deleteGroup(group);
        }
        authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION).resourceId(processKey).list()
                .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
    }
}
