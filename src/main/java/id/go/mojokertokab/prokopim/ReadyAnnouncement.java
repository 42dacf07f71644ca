package id.go.mojokertokab.prokopim;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says once, when everything has started (the office's groups and filters included), where the
 * office's work begins: "Siap: http://localhost:8080/camunda/app/tasklist/".
 */
@Component
class ReadyAnnouncement {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyAnnouncement.class);

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void announce(ApplicationReadyEvent ready) {
        tasklistUrl(ready.getApplicationContext().getEnvironment()).ifPresent(url -> LOG.info("Siap: {}", url));
    }

    private static Optional<String> tasklistUrl(Environment environment) {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return Optional.empty();
        }
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        String webapps = environment.getProperty("camunda.bpm.webapp.application-path", "/camunda");
        return Optional.of("http://localhost:" + port + contextPath + webapps + "/app/tasklist/");
    }
}
