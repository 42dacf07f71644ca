package id.go.mojokertokab.prokopim.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Closes the REST API (and our own {@code /api} and the Prometheus metrics, authenticated the same
 * way, see {@link WebappSessionOrBasic}): Camunda ships {@code /engine-rest} open to anonymous callers, even with
 * authorization enabled (no user means no check). Camunda's own filter makes every call
 * authenticate with HTTP Basic against the engine's users, so authorizations apply to each call.
 */
@Configuration
class RestApiAuthentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new EveryEndpoint());
        registration.setName("camunda-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*", "/actuator/prometheus");
        // before StepFieldsOnlyFilter: an anonymous caller learns nothing but 401
        registration.setOrder(0);
        return registration;
    }

    /** Our own {@code /api}: HTTP Basic as above, or the webapp login of the office's Cockpit pages. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> officeApiAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new OfficeApi());
        registration.setName("office-api-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                WebappSessionOrBasic.class.getName());
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

        @Override
        protected boolean requiresEngineAuthentication(String requestUrl) {
            return true;
        }
    }
}
