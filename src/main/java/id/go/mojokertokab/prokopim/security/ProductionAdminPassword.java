package id.go.mojokertokab.prokopim.security;

import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the prod profile with a weak administrator password. It runs before the
 * engine is built, so a weak password never reaches the user table.
 */
@Component
@Profile("prod")
class ProductionAdminPassword extends AbstractProcessEnginePlugin {

    static final int MINIMUM_LENGTH = 12;
    private static final Set<String> KNOWN_DEFAULTS = Set.of(
            "admin", "demo", "camunda", "password", "changeme", "changeit", "secret", "prokopim",
            "administrator", "123456789012", "admin1234567", "password1234", "kabag", "subkoor", "staf1", "staf2");

    private final CamundaBpmProperties camunda;

    ProductionAdminPassword(CamundaBpmProperties camunda) {
        this.camunda = camunda;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        String id = camunda.getAdminUser().getId();
        String password = camunda.getAdminUser().getPassword();
        String problem = problemWith(id, password);
        if (problem != null) {
            throw new IllegalStateException("Refusing to start the prod profile: the administrator password "
                    + "(environment variable PROKOPIM_ADMIN_PASSWORD) " + problem + ".");
        }
    }

    static String problemWith(String id, String password) {
        if (password == null || password.isBlank()) {
            return "is missing";
        }
        if (KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT)) || password.equalsIgnoreCase(id)) {
            return "is a known default";
        }
        if (password.length() < MINIMUM_LENGTH) {
            return "is shorter than " + MINIMUM_LENGTH + " characters";
        }
        return null;
    }
}
