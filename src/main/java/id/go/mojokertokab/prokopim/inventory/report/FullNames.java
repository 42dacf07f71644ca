package id.go.mojokertokab.prokopim.inventory.report;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * People as a laporan names them: first and last name, the login when the user has no name or no
 * longer exists. Read without the caller's authorizations: whoever may read a laporan may read the
 * names on it.
 */
@Component
public class FullNames {

    private final ProcessEngine engine;

    FullNames(ProcessEngine engine) {
        this.engine = engine;
    }

    public String of(String userId) {
        if (userId == null) {
            return "-";
        }
        IdentityService identity = engine.getIdentityService();
        User user = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> context.runWithoutAuthorization(() -> identity.createUserQuery().userId(userId).singleResult()));
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? userId : name;
    }
}
