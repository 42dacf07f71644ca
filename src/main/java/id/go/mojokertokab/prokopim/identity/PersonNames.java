package id.go.mojokertokab.prokopim.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * The names of the people behind the logins the office's records keep: "Dewi Lestari (staf1)" in
 * lists, "Dewi Lestari" where a printed laporan signs. Whoever may read a record reads who worked
 * on it, staff included, who may not list the engine's users: the name is looked up without the
 * caller's authorization.
 */
@Component
public class PersonNames {

    private final CommandExecutor commands;

    public PersonNames(ProcessEngine engine) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    /** "Dewi Lestari (staf1)", the login alone for an unknown user; null for none. */
    public String of(String userId) {
        if (userId == null) {
            return null;
        }
        User user = find(userId);
        return user == null ? userId : PersonName.of(user);
    }

    /** "Dewi Lestari", the login alone for an unknown user or one without a name; "-" for none. */
    public String fullName(String userId) {
        if (userId == null) {
            return "-";
        }
        User user = find(userId);
        return user == null ? userId : PersonName.fullName(user);
    }

    private User find(String userId) {
        return commands.execute(context -> context.runWithoutAuthorization(
                () -> context.getReadOnlyIdentityProvider().findUserById(userId)));
    }

    /** A lookup that asks once per login, for the rows of one answer. */
    public Function<String, String> cache() {
        Map<String, String> known = new HashMap<>();
        return userId -> userId == null ? null : known.computeIfAbsent(userId, this::of);
    }
}
