package id.go.mojokertokab.prokopim.inventory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.identity.PersonName;

/**
 * Full names for the logins the register keeps ("Dewi Lestari (staf1)"). Everybody who may read
 * the register reads who changed or checked an item, staff included, who may not list the
 * engine's users: the name is looked up without the caller's authorization.
 */
@Component
class PersonNames {

    private final CommandExecutor commands;

    PersonNames(ProcessEngine engine) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    String of(String userId) {
        if (userId == null) {
            return null;
        }
        User user = commands.execute(context -> context.runWithoutAuthorization(
                () -> context.getReadOnlyIdentityProvider().findUserById(userId)));
        return user == null ? userId : PersonName.of(user);
    }

    /** A lookup that asks once per login, for the rows of one answer. */
    Function<String, String> cache() {
        Map<String, String> known = new HashMap<>();
        return userId -> userId == null ? null : known.computeIfAbsent(userId, this::of);
    }
}
