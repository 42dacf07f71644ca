package id.go.mojokertokab.prokopim.security;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read what a SOP's cases left behind (Riwayat SOP, the Rekap publikasi, the laporan
 * inventarisasi): whoever may read its history ({@code READ_HISTORY} on the process definition, as
 * for the SLA report). The seeded Kabag and Sub Koordinator may, administrators too; staff see their
 * own steps in Tasklist. A grant in Camunda Admin takes effect at once (revokes are refused: GrantsOnly).
 */
@Component
public class HistoryReaders {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    public HistoryReaders(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    public boolean mayRead(String processKey) {
        Authentication caller = identityService.getCurrentAuthentication();
        return caller != null && authorizationService.isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
                ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, processKey);
    }

    /** @throws OfficeRefusal (403) naming the missing authorization, and nothing of the cases */
    public void require(String processKey, String refusal) {
        if (!mayRead(processKey)) {
            Authentication caller = identityService.getCurrentAuthentication();
            throw new OfficeRefusal(caller == null ? null : caller.getUserId(),
                    List.of(new MissingAuthorization(ProcessDefinitionPermissions.READ_HISTORY.getName(),
                            Resources.PROCESS_DEFINITION.resourceName(), processKey)),
                    refusal);
        }
    }
}
