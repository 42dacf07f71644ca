package id.go.mojokertokab.prokopim.security;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Our own {@code /api} answers both a program with HTTP Basic and the office's pages in Cockpit,
 * which call it with the user's webapp login (the session cookie). A session is accepted the
 * way Camunda's webapps accept it: a request that changes something must also carry the
 * session's CSRF token in {@code X-XSRF-TOKEN}, which another site cannot set. Without a valid
 * session the caller must authenticate with HTTP Basic, as on {@code /engine-rest}.
 */
final class WebappSessionOrBasic implements AuthenticationProvider {

    static final String SESSION_LOGIN = "authenticatedUser";
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final AuthenticationProvider basic;

    WebappSessionOrBasic(AuthenticationProvider basic) {
        this.basic = basic;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        if (request.getHeader("Authorization") == null) {
            HttpSession session = request.getSession(false);
            UserAuthentication user = session == null ? null : loggedIn(session, engine.getName());
            if (user != null && (READING.contains(request.getMethod()) || carriesToken(request, session))) {
                AuthenticationResult result = AuthenticationResult.successful(user.getIdentityId());
                result.setGroups(user.getGroupIds());
                result.setTenants(user.getTenantIds());
                return result;
            }
        }
        return basic.extractAuthenticatedUser(request, engine);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        basic.augmentResponseByAuthenticationChallenge(response, engine);
    }

    /** A change sent with a webapp login (and no HTTP Basic) that lacks the session's CSRF token. */
    static boolean sessionWithoutToken(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null || READING.contains(request.getMethod())) {
            return false;
        }
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_LOGIN) instanceof Authentications authentications
                && !authentications.getAuthentications().isEmpty() && !carriesToken(request, session);
    }

    private static UserAuthentication loggedIn(HttpSession session, String engineName) {
        if (session.getAttribute(SESSION_LOGIN) instanceof Authentications authentications) {
            Authentication authentication = authentications.getAuthenticationForProcessEngine(engineName);
            return authentication instanceof UserAuthentication user ? user : null;
        }
        return null;
    }

    private static boolean carriesToken(HttpServletRequest request, HttpSession session) {
        Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
