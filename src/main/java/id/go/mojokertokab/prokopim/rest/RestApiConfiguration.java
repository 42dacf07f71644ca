package id.go.mojokertokab.prokopim.rest;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class RestApiConfiguration {

    @Bean
    ResourceConfigCustomizer taskListenerErrors() {
        return config -> config.register(TaskListenerErrorMapper.class);
    }
}
