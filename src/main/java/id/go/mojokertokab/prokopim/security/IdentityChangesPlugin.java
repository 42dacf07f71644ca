package id.go.mojokertokab.prokopim.security;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells {@link VerifiedLogins} about every committed change to a user's password, lock, groups or
 * tenants. Every writer of the engine's identity store (the REST API's {@code /user/{id}/credentials}
 * and {@code /group/{id}/members}, Admin, the Java API, our seeding, a wrong password counted by
 * Camunda's login lock) goes through its identity provider, so the hook sits there: the engine's
 * own database provider, told on each write to report the change after the transaction commits.
 * Reporting it earlier would let a login verified against the old state between report and commit
 * be remembered.
 *
 * <p>Another identity provider (LDAP, say) is left in place, and then no login is remembered.
 */
@Component
class IdentityChangesPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityChangesPlugin.class);

    private final VerifiedLogins verified;

    IdentityChangesPlugin(VerifiedLogins verified) {
        this.verified = verified;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getIdentityProviderSessionFactory() != null) {
            LOG.warn("Another identity provider is configured: HTTP Basic logins are verified on every request");
            return;
        }
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReportingIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new ReportingIdentityProvider(verified);
            }
        });
        verified.watchedByEngine();
    }

    static final class ReportingIdentityProvider extends DbIdentityServiceProvider {

        private final VerifiedLogins verified;

        ReportingIdentityProvider(VerifiedLogins verified) {
            this.verified = verified;
        }

        @Override
        public IdentityOperationResult saveUser(User user) {
            afterCommitForget(user.getId());
            return super.saveUser(user);
        }

        @Override
        public IdentityOperationResult deleteUser(String userId) {
            afterCommitForget(userId);
            return super.deleteUser(userId);
        }

        @Override
        protected void lockUser(UserEntity user) {
            afterCommitForget(user.getId());
            super.lockUser(user);
        }

        @Override
        protected IdentityOperationResult unlockUser(UserEntity user) {
            // called after every accepted password; only an actual unlock is a change
            IdentityOperationResult result = super.unlockUser(user);
            if (IdentityOperationResult.OPERATION_UNLOCK.equals(result.getOperation())) {
                afterCommitForget(user.getId());
            }
            return result;
        }

        @Override
        public IdentityOperationResult createMembership(String userId, String groupId) {
            afterCommitForget(userId);
            return super.createMembership(userId, groupId);
        }

        @Override
        public IdentityOperationResult deleteMembership(String userId, String groupId) {
            afterCommitForget(userId);
            return super.deleteMembership(userId, groupId);
        }

        @Override
        public IdentityOperationResult deleteGroup(String groupId) {
            afterCommitForgetAll();
            return super.deleteGroup(groupId);
        }

        @Override
        public IdentityOperationResult deleteTenant(String tenantId) {
            afterCommitForgetAll();
            return super.deleteTenant(tenantId);
        }

        @Override
        public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
            afterCommitForget(userId);
            return super.createTenantUserMembership(tenantId, userId);
        }

        @Override
        public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
            afterCommitForget(userId);
            return super.deleteTenantUserMembership(tenantId, userId);
        }

        @Override
        public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
            afterCommitForgetAll();
            return super.createTenantGroupMembership(tenantId, groupId);
        }

        @Override
        public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
            afterCommitForgetAll();
            return super.deleteTenantGroupMembership(tenantId, groupId);
        }

        private void afterCommitForget(String userId) {
            Context.getCommandContext().getTransactionContext()
                    .addTransactionListener(TransactionState.COMMITTED, committed -> verified.forget(userId));
        }

        private void afterCommitForgetAll() {
            Context.getCommandContext().getTransactionContext()
                    .addTransactionListener(TransactionState.COMMITTED, committed -> verified.forgetAll());
        }
    }
}
