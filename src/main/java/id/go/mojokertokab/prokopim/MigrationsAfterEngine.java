package id.go.mojokertokab.prokopim;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The office's migrations (db/migration) run once the engine has created or checked its tables,
 * whatever order the beans happen to be made in: V4 adds an index to Camunda's history, which must
 * exist by then on a new database.
 */
@Configuration(proxyBeanMethods = false)
class MigrationsAfterEngine {

    /** The Camunda starter's engine bean. */
    private static final String ENGINE = "processEngineFactoryBean";

    @Bean
    static BeanFactoryPostProcessor flywayAfterProcessEngine() {
        return factory -> {
            if (!factory.containsBeanDefinition(ENGINE)) {
                return;
            }
            for (String name : factory.getBeanNamesForType(FlywayMigrationInitializer.class, true, false)) {
                BeanDefinition migrations = factory.getBeanDefinition(name);
                migrations.setDependsOn(StringUtils.addStringToArray(migrations.getDependsOn(), ENGINE));
            }
        };
    }
}
