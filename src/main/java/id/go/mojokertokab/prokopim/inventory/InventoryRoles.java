package id.go.mojokertokab.prokopim.inventory;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.identity.OfficeRole;
import id.go.mojokertokab.prokopim.identity.PersonNames;
import id.go.mojokertokab.prokopim.security.OfficeRefusal;

/**
 * Who may use the Buku inventarisasi, by group: the Kabag, the Sub Koordinator, staff and
 * administrators read it; only the Sub Koordinator maintains it (SOP: the register is his). The
 * caller is the one the API's authentication filter set on the engine.
 */
@Component
class InventoryRoles {

    static final String RESOURCE = "inventaris";
    private static final Set<String> READERS = Set.of(OfficeRole.KABAG.groupId(), OfficeRole.SUBKOOR.groupId(),
            OfficeRole.STAF.groupId(), Groups.CAMUNDA_ADMIN);

    private final IdentityService identityService;
    private final PersonNames names;

    InventoryRoles(IdentityService identityService, PersonNames names) {
        this.identityService = identityService;
        this.names = names;
    }

    /** What the caller may do, for the pages to show only what the server will accept. */
    record Access(String pengguna, String nama, boolean bolehMembaca, boolean bolehMengubah) {
    }

    Access access() {
        Authentication caller = identityService.getCurrentAuthentication();
        String userId = caller == null ? null : caller.getUserId();
        return new Access(userId, names.of(userId), inAny(caller, READERS), inAny(caller, Set.of(OfficeRole.SUBKOOR.groupId())));
    }

    void requireReader() {
        Access access = access();
        if (!access.bolehMembaca()) {
            throw new OfficeRefusal(access.pengguna(), List.of(new MissingAuthorization("READ", RESOURCE, "*")),
                    "Anda tidak berhak membaca Buku inventarisasi; hanya Kabag Prokopim, Sub Koordinator Dokpim dan staf Sub Dokpim.");
        }
    }

    /** The login of the Sub Koordinator who makes the change. */
    String requireMaintainer() {
        Access access = access();
        if (!access.bolehMengubah()) {
            throw new OfficeRefusal(access.pengguna(), List.of(new MissingAuthorization("UPDATE", RESOURCE, "*")),
                    "Hanya Sub Koordinator Dokpim yang dapat mengubah Buku inventarisasi; Anda masuk sebagai "
                            + (access.nama() == null ? "pengguna tanpa nama" : access.nama()) + ". Tidak ada yang diubah.");
        }
        return access.pengguna();
    }

    private static boolean inAny(Authentication caller, Set<String> groups) {
        return caller != null && caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(groups::contains);
    }
}
