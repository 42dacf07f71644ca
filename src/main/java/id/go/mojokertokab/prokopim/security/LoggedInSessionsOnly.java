package id.go.mojokertokab.prokopim.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Webapp sessions in the database only once someone has logged in. Camunda's webapps open a
 * session for every request, a visitor's first page view included, and Spring Session JDBC would
 * store each one: a burst of anonymous requests would grow the database without bound.
 *
 * <p>Before login a session holds nothing but the CSRF token the login form must send back. So
 * an anonymous session lives in its own id: {@code a.<token>}, which any node can read back from
 * the cookie, and nothing is stored. (Knowing the token gains an attacker nothing: the webapps
 * demand it in a request header, which another site cannot set.) When a user logs in, Camunda
 * starts a new session with the user's authentication; that session is stored in the database
 * (Spring Session JDBC) and shared by every node of a cluster, as before.
 */
final class LoggedInSessionsOnly implements SessionRepository<LoggedInSessionsOnly.OfficeSession> {

    private static final String ANONYMOUS = "a.";
    private static final String LOGIN_ATTRIBUTE = "authenticatedUser";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{16,64}");

    private final JdbcIndexedSessionRepository stored;

    LoggedInSessionsOnly(JdbcIndexedSessionRepository stored) {
        this.stored = stored;
    }

    @Override
    public OfficeSession createSession() {
        return new OfficeSession(new MapSession(ANONYMOUS + UUID.randomUUID()));
    }

    @Override
    public void save(OfficeSession session) {
        if (session.delegate instanceof MapSession anonymous) {
            if (isLoggedIn(anonymous)) {
                // a new id, and a new CSRF token on the next page, as Camunda gives every login
                Session loggedIn = stored.createSession();
                anonymous.getAttributeNames().stream()
                        .filter(name -> !name.equals(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME))
                        .forEach(name -> loggedIn.setAttribute(name, anonymous.getAttribute(name)));
                session.delegate = loggedIn;
            } else {
                String token = anonymous.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
                if (token != null && TOKEN.matcher(token).matches()) {
                    anonymous.setId(ANONYMOUS + token);
                }
                return;
            }
        }
        saveStored(session.delegate);
    }

    /** Spring Session's JDBC session type is package-private; the session came from that repository. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void saveStored(Session session) {
        ((SessionRepository) stored).save(session);
    }

    @Override
    public OfficeSession findById(String id) {
        if (id == null) {
            return null;
        }
        if (id.startsWith(ANONYMOUS)) {
            MapSession anonymous = new MapSession(id);
            String token = id.substring(ANONYMOUS.length());
            if (TOKEN.matcher(token).matches()) {
                anonymous.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, token);
            }
            return new OfficeSession(anonymous);
        }
        Session found = stored.findById(id);
        return found == null ? null : new OfficeSession(found);
    }

    @Override
    public void deleteById(String id) {
        if (id != null && !id.startsWith(ANONYMOUS)) {
            stored.deleteById(id);
        }
    }

    private static boolean isLoggedIn(Session session) {
        return session.getAttribute(LOGIN_ATTRIBUTE) instanceof Authentications authentications
                && !authentications.getAuthentications().isEmpty();
    }

    /** A session that starts anonymous, in memory, and moves to the database when its user logs in. */
    static final class OfficeSession implements Session {
        private Session delegate;

        OfficeSession(Session delegate) {
            this.delegate = delegate;
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            if (delegate instanceof MapSession anonymous) {
                anonymous.setId(ANONYMOUS + UUID.randomUUID());
                return anonymous.getId();
            }
            return delegate.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return delegate.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            delegate.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            delegate.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            delegate.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
