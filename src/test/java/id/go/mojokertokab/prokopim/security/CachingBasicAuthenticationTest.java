package id.go.mojokertokab.prokopim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A remembered login spares the engine the password check, except for a client that
 * {@link LoginThrottle} makes wait: that one's password goes to the engine, where the throttle
 * refuses it. (A wait for one user follows wrong passwords for that user, which already made the
 * engine forget its logins; a wait for a client that guessed at many users does not, hence this case.)
 */
class CachingBasicAuthenticationTest {

    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final ProcessEngine engine = mock(ProcessEngine.class);
    private final VerifiedLogins verified = new VerifiedLogins(Duration.ofSeconds(60), Clock.systemUTC());
    private final LoginThrottle throttle = new LoginThrottle(() -> "10.0.0.66", Clock.systemUTC());
    private final CachingBasicAuthentication basic = new CachingBasicAuthentication(verified, throttle);

    @BeforeEach
    void kabagsLoginIsRemembered() {
        when(engine.getName()).thenReturn("default");
        when(engine.getIdentityService()).thenReturn(identity);
        verified.watchedByEngine();
        verified.remember(verified.beforeVerifying(), "default", "kabag", "kabag", List.of("kabag-prokopim"), List.of());
    }

    @Test
    void a_remembered_login_is_answered_with_its_groups_without_asking_the_engine() {
        AuthenticationResult result = basic.extractAuthenticatedUser(login("kabag", "kabag"), engine);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getGroups()).containsExactly("kabag-prokopim");
        verify(identity, never()).checkPassword(anyString(), anyString());
    }

    @Test
    void a_client_that_must_wait_gets_no_remembered_login() {
        throttle.setNext(new CommandInterceptor() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T execute(Command<T> command) {
                return (T) Boolean.FALSE;
            }
        });
        for (int user = 1; user <= LoginThrottle.FREE_FAILURES_PER_CLIENT + 1; user++) {
            throttle.execute(new CheckPassword("staf" + user, "salah"));
        }
        assertThat(throttle.waits("kabag")).isTrue();

        AuthenticationResult result = basic.extractAuthenticatedUser(login("kabag", "kabag"), engine);

        assertThat(result.isAuthenticated()).isFalse();
        verify(identity).checkPassword("kabag", "kabag");
    }

    @Test
    void a_wrong_password_is_checked_by_the_engine_and_not_remembered() {
        AuthenticationResult result = basic.extractAuthenticatedUser(login("kabag", "salah"), engine);

        assertThat(result.isAuthenticated()).isFalse();
        verify(identity).checkPassword("kabag", "salah");
        assertThat(verified.find("default", "kabag", "salah")).isEmpty();
    }

    private static MockHttpServletRequest login(String user, String password) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return request;
    }
}
