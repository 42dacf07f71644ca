package id.go.mojokertokab.prokopim.security;

import org.camunda.bpm.engine.rest.filter.CacheControlFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The security headers the webapps already send (content type sniffing off, a content security
 * policy that forbids framing, HSTS in the prod profile) and "Cache-Control: no-cache" on reads,
 * also on the REST API, our own {@code /api} and the actuator. Camunda's own filters, with the
 * webapps' settings ({@code camunda.bpm.webapp.header-security}).
 */
@Configuration
class ApiResponseHeaders {

    private static final String[] API = {"/engine-rest/*", "/api/*", "/actuator/*"};

    @Bean
    FilterRegistrationBean<HttpHeaderSecurityFilter> apiHeaderSecurity(CamundaBpmProperties camunda) {
        FilterRegistrationBean<HttpHeaderSecurityFilter> registration = new FilterRegistrationBean<>(new HttpHeaderSecurityFilter());
        registration.setName("api-header-security");
        registration.setInitParameters(camunda.getWebapp().getHeaderSecurity().getInitParams());
        registration.addUrlPatterns(API);
        registration.setOrder(-10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CacheControlFilter> apiCacheControl() {
        FilterRegistrationBean<CacheControlFilter> registration = new FilterRegistrationBean<>(new CacheControlFilter());
        registration.setName("api-cache-control");
        registration.addUrlPatterns(API);
        registration.setOrder(-10);
        return registration;
    }
}
