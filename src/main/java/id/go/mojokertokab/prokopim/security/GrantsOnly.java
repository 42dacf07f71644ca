package id.go.mojokertokab.prokopim.security;

import java.util.ArrayList;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The office grants, it never revokes: every rule is a grant (identity/IdentitySeeder, Camunda's
 * default authorizations) or a rule of its own (TaskRules). So the engine is told not to look for
 * revoke authorizations ({@code camunda.bpm.authorization.authorization-check-revokes: never}), which spares
 * it a query in every command. For that to stay true, a revoke authorization (Admin's "Deny") is
 * refused with 400 wherever it comes from, rather than saved and silently ignored; and a database
 * that already holds one (made before this rule) makes the engine check revokes again, as Camunda
 * does by default.
 */
@Component
class GrantsOnly extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(GrantsOnly.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new RevokeRefused());
        CommandFields.field(SaveAuthorizationCmd.class, "authorization");
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfiguration configuration = engine.getProcessEngineConfiguration();
        if (!ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER.equalsIgnoreCase(configuration.getAuthorizationCheckRevokes())) {
            return;
        }
        long revokes = engine.getAuthorizationService().createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
        if (revokes > 0) {
            LOG.warn("The database holds {} revoke authorization(s): they are checked (authorizationCheckRevokes=auto)", revokes);
            configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO);
        }
    }

    static final class RevokeRefused extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof SaveAuthorizationCmd
                    && CommandFields.<AuthorizationEntity>read(command, "authorization").getAuthorizationType()
                            == Authorization.AUTH_TYPE_REVOKE) {
                throw new BadUserRequestException("Otorisasi jenis larangan (Deny/REVOKE) tidak dipakai di aplikasi ini:"
                        + " akses diatur hanya dengan izin (Allow). Cabut izin yang ada atau keluarkan pengguna dari"
                        + " grupnya. Tidak ada yang diubah.");
            }
            return next.execute(command);
        }
    }
}
