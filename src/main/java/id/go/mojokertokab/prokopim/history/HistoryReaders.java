package id.go.mojokertokab.prokopim.history;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.security.OfficeRefusal;

/**
 * Who may read a SOP's finished cases: whoever may read its history ({@code READ_HISTORY} on the
 * process definition, as for the SLA report). The seeded Kabag and Sub Koordinator may; staff see
 * their own steps in Tasklist.
 */
@Component
class HistoryReaders {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    HistoryReaders(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    boolean mayRead(String processKey) {
        Authentication caller = identityService.getCurrentAuthentication();
        return caller != null && authorizationService.isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
                ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, processKey);
    }

    /** @throws OfficeRefusal (403) naming the missing authorization, and nothing of the cases */
    void require(String processKey, String refusal) {
        if (!mayRead(processKey)) {
            Authentication caller = identityService.getCurrentAuthentication();
            throw new OfficeRefusal(caller == null ? null : caller.getUserId(),
                    List.of(new MissingAuthorization(ProcessDefinitionPermissions.READ_HISTORY.getName(),
                            Resources.PROCESS_DEFINITION.resourceName(), processKey)),
                    refusal);
        }
    }
}
