package id.go.mojokertokab.prokopim.inventory.report;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.identity.OfficeRole;
import id.go.mojokertokab.prokopim.security.OfficeRefusal;

/** Who reads the laporan: the SOP's three roles and administrators (by group membership). */
@Component
class LaporanReaders {

    static final String PROCESS_KEY = "inventarisasiPeralatanDokumentasi";
    private static final Set<String> GROUPS = Set.of(OfficeRole.KABAG.groupId(), OfficeRole.SUBKOOR.groupId(),
            OfficeRole.STAF.groupId(), "camunda-admin");

    private final IdentityService identityService;

    LaporanReaders(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** @return the caller, who may read; refuses everyone else in Camunda's 403 shape */
    Authentication reader() {
        Authentication caller = identityService.getCurrentAuthentication();
        List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        if (caller == null || groups.stream().noneMatch(GROUPS::contains)) {
            throw new OfficeRefusal(caller == null ? null : caller.getUserId(),
                    List.of(new MissingAuthorization(ProcessDefinitionPermissions.READ_HISTORY.getName(),
                            Resources.PROCESS_DEFINITION.resourceName(), PROCESS_KEY)),
                    "Laporan inventarisasi hanya dapat dibaca oleh Kabag Prokopim, Sub Koordinator Dokpim, Staf Sub Dokpim"
                            + " dan administrator.");
        }
        return caller;
    }

    static boolean isSubkoor(Authentication caller) {
        return caller.getGroupIds() != null && caller.getGroupIds().contains(OfficeRole.SUBKOOR.groupId());
    }
}
