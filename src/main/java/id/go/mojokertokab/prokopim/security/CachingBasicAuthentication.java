package id.go.mojokertokab.prokopim.security;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.digest._apacheCommonsCodec.Base64;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * HTTP Basic as Camunda's {@link HttpBasicAuthenticationProvider} does it (the same header parsing,
 * the password checked by the engine, so {@link LoginThrottle} counts every wrong one), answering
 * the user's groups and tenants too, and remembering a verified login for a short while
 * ({@link VerifiedLogins}). A client the throttle makes wait gets no remembered login: its
 * password goes to the engine, which refuses it unchecked.
 */
final class CachingBasicAuthentication implements AuthenticationProvider {

    private static final String BASIC = "Basic ";

    private final VerifiedLogins verified;
    private final LoginThrottle throttle;
    private final HttpBasicAuthenticationProvider challenge = new HttpBasicAuthenticationProvider();

    CachingBasicAuthentication(VerifiedLogins verified, LoginThrottle throttle) {
        this.verified = verified;
        this.throttle = throttle;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith(BASIC)) {
            return AuthenticationResult.unsuccessful();
        }
        // decoded exactly as Camunda's provider decodes it, so both accept the same logins
        String credentials = new String(Base64.decodeBase64(header.substring(BASIC.length())));
        int colon = credentials.indexOf(':');
        if (colon == -1) {
            return AuthenticationResult.unsuccessful();
        }
        String userId = credentials.substring(0, colon);
        String password = credentials.substring(colon + 1);

        if (!throttle.waits(userId)) {
            Optional<VerifiedLogins.Login> remembered = verified.find(engine.getName(), userId, password);
            if (remembered.isPresent()) {
                return authenticated(userId, remembered.get().groupIds(), remembered.get().tenantIds());
            }
        }
        long seen = verified.beforeVerifying();
        IdentityService identity = engine.getIdentityService();
        if (!identity.checkPassword(userId, password)) {
            return AuthenticationResult.unsuccessful(userId);
        }
        // the same lookups ProcessEngineAuthenticationFilter makes when a provider answers none
        List<String> groupIds = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenantIds = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
        verified.remember(seen, engine.getName(), userId, password, groupIds, tenantIds);
        return authenticated(userId, groupIds, tenantIds);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        challenge.augmentResponseByAuthenticationChallenge(response, engine);
    }

    private static AuthenticationResult authenticated(String userId, List<String> groupIds, List<String> tenantIds) {
        AuthenticationResult result = AuthenticationResult.successful(userId);
        result.setGroups(groupIds);
        result.setTenants(tenantIds);
        return result;
    }
}
