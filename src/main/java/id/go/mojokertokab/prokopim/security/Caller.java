package id.go.mojokertokab.prokopim.security;

import java.util.List;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Who sends a command. The office's rules bind its roles; an administrator, and the engine's own
 * code running without an authenticated user (the job executor, the seeding, tests of the Java
 * API), are not restricted by them, as Camunda's authorizations do not restrict them either.
 */
record Caller(String userId, List<String> groupIds, boolean unrestricted) {

    static Caller of(CommandContext context) {
        Authentication authentication = context.getAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return new Caller(null, List.of(), true);
        }
        boolean unrestricted = !context.getProcessEngineConfiguration().isAuthorizationEnabled()
                || context.getAuthorizationManager().isCamundaAdmin(authentication);
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        return new Caller(authentication.getUserId(), groups, unrestricted);
    }

    boolean restricted() {
        return !unrestricted;
    }

    boolean is(String otherUserId) {
        return userId != null && userId.equals(otherUserId);
    }
}
