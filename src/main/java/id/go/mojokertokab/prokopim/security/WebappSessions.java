package id.go.mojokertokab.prokopim.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.session.SessionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The webapps' sessions: stored (Spring Session JDBC, as Spring Boot configures it) once someone
 * logs in, never before. An auto-configuration of this application, ordered after Spring Boot's
 * session configuration, so Boot still builds the JDBC repository (tables, timeout, cleanup) and
 * Spring Session's filter takes this one, marked primary, in front of it.
 */
@AutoConfiguration(after = SessionAutoConfiguration.class)
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
public class WebappSessions {

    @Bean
    @Primary
    LoggedInSessionsOnly loggedInSessionsOnly(JdbcIndexedSessionRepository stored) {
        return new LoggedInSessionsOnly(stored);
    }
}
