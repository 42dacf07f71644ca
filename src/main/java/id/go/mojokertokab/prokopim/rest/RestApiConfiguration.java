package id.go.mojokertokab.prokopim.rest;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class RestApiConfiguration {

    @Bean
    ResourceConfigCustomizer taskListenerRefusals() {
        return config -> config.register(TaskListenerRefusals.InRestExceptions.class)
                .register(TaskListenerRefusals.InEngineExceptions.class);
    }
}
