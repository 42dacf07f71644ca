package id.go.mojokertokab.prokopim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.http.OfficeHttpTest;

/** The engine skips the revoke check because no revoke authorization can be saved. */
class GrantsOnlyTest extends OfficeHttpTest {

    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    ProcessEngineConfiguration engineConfiguration;

    @Test
    void a_revoke_is_refused_over_rest_and_in_java_and_a_grant_is_still_saved() {
        assertThat(engineConfiguration.getAuthorizationCheckRevokes()).isEqualTo("never");

        OfficeApi.Response refused = api().call("admin", "POST", "/engine-rest/authorization/create", Map.of("type", 2,
                "permissions", List.of("READ"), "userId", "staf1", "resourceType", Resources.PROCESS_DEFINITION.resourceType(),
                "resourceId", "*"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Otorisasi jenis larangan", "Tidak ada yang diubah");

        Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("staf1");
        revoke.setResource(Resources.PROCESS_DEFINITION);
        revoke.setResourceId("*");
        revoke.removePermission(Permissions.READ);
        assertThatThrownBy(() -> authorizationService.saveAuthorization(revoke)).isInstanceOf(BadUserRequestException.class);
        assertThat(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
                .isZero();

        OfficeApi.Response granted = api().call("admin", "POST", "/engine-rest/authorization/create", Map.of("type", 1,
                "permissions", List.of("READ"), "userId", "staf1", "resourceType", Resources.BATCH.resourceType(),
                "resourceId", "grants-only-test"));
        granted.expect(200);
        authorizationService.deleteAuthorization(granted.json().get("id").asText());
    }
}
