package id.go.mojokertokab.prokopim.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Closes the REST API (and our own {@code /api} and the Prometheus metrics, authenticated the same
 * way, see {@link WebappSessionOrBasic}): Camunda ships {@code /engine-rest} open to anonymous callers, even with
 * authorization enabled (no user means no check). Camunda's own filter makes every call
 * authenticate with HTTP Basic against the engine's users, so authorizations apply to each call.
 * A verified login is remembered for {@code prokopim.http.login-cache} ({@link VerifiedLogins}).
 */
@Configuration
class RestApiAuthentication {

    @Bean
    LoginThrottle loginThrottle() {
        return LoginThrottle.perHttpClient();
    }

    @Bean
    VerifiedLogins verifiedLogins(@Value("${prokopim.http.login-cache:PT60S}") Duration lifetime) {
        return new VerifiedLogins(lifetime, Clock.systemUTC());
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthenticationFilter(VerifiedLogins verified,
            LoginThrottle throttle) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new EveryEndpoint(new CachingBasicAuthentication(verified, throttle)));
        registration.setName("camunda-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*", "/actuator/prometheus");
        // before StepFieldsOnlyFilter: an anonymous caller learns nothing but 401
        registration.setOrder(0);
        return registration;
    }

    /** Our own {@code /api}: HTTP Basic as above, or the webapp login of the office's Cockpit pages. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> officeApiAuthenticationFilter(VerifiedLogins verified,
            LoginThrottle throttle) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new OfficeApi(new WebappSessionOrBasic(new CachingBasicAuthentication(verified, throttle))));
        registration.setName("office-api-authentication");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }

    /**
     * A page of the webapps that sends a change without the session's CSRF token (a stale page,
     * or another site) is told so, 403 in Camunda's shape, instead of a 401 whose Basic challenge
     * would open the browser's login dialog over Cockpit.
     */
    static final class OfficeApi extends EveryEndpoint {

        OfficeApi(AuthenticationProvider provider) {
            super(provider);
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (request instanceof HttpServletRequest http && WebappSessionOrBasic.sessionWithoutToken(http)) {
                HttpServletResponse refusal = (HttpServletResponse) response;
                refusal.setStatus(HttpServletResponse.SC_FORBIDDEN);
                refusal.setContentType("application/json;charset=UTF-8");
                refusal.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"Permintaan ini tidak membawa"
                        + " token keamanan sesi (X-XSRF-TOKEN) atau tokennya sudah kedaluwarsa; muat ulang halaman lalu coba"
                        + " lagi. Tidak ada yang diubah.\",\"code\":0}");
                return;
            }
            super.doFilter(request, response, chain);
        }
    }

    /** Camunda's filter lets anonymous callers list the engines ({@code /engine}); we let nobody in unauthenticated. */
    static class EveryEndpoint extends ProcessEngineAuthenticationFilter {

        private final AuthenticationProvider provider;

        EveryEndpoint(AuthenticationProvider provider) {
            this.provider = provider;
        }

        /** The provider is given, not named by an init parameter: Camunda's filter would make its own, without our cache. */
        @Override
        public void init(FilterConfig filterConfig) {
            authenticationProvider = provider;
        }

        @Override
        protected boolean requiresEngineAuthentication(String requestUrl) {
            return true;
        }
    }
}
