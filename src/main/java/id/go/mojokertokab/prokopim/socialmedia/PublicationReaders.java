package id.go.mojokertokab.prokopim.socialmedia;

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
 * Who may read the Rekap publikasi: whoever may read the media SOP's history (READ_HISTORY on
 * its process definition), the same rule as the SLA report. The seeder grants it to the Kabag
 * and the Sub Koordinator, administrators have it; staff do not (they see their own work in
 * Tasklist, and the log names every colleague's delays). An Admin grant opens it to others.
 */
@Component
class PublicationReaders {

    static final String PROCESS_KEY = "penyampaianInformasiMediaSosial";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    PublicationReaders(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    /** @throws OfficeRefusal (403) when the caller may not read it */
    void check() {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null || !authorizationService.isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
                ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, PROCESS_KEY)) {
            throw new OfficeRefusal(caller == null ? null : caller.getUserId(),
                    List.of(new MissingAuthorization(ProcessDefinitionPermissions.READ_HISTORY.getName(),
                            Resources.PROCESS_DEFINITION.resourceName(), PROCESS_KEY)),
                    "Anda tidak berhak membaca Rekap publikasi: dibutuhkan izin membaca riwayat SOP Penyampaian "
                            + "Informasi Melalui Media Sosial (Kabag, Sub Koordinator atau administrator).");
        }
    }
}
