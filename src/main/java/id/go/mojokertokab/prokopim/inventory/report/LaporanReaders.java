package id.go.mojokertokab.prokopim.inventory.report;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.identity.OfficeRole;
import id.go.mojokertokab.prokopim.security.HistoryReaders;
import id.go.mojokertokab.prokopim.security.OfficeRefusal;

/**
 * Who reads a laporan: whoever may read the inventory SOP's history ({@link HistoryReaders}: the
 * Kabag, the Sub Koordinator, administrators, and whoever Camunda Admin grants READ_HISTORY) reads
 * every laporan, like its record in Riwayat SOP; a staff member reads the laporan of the inventories
 * they did (step 3 or 4). Anyone else is refused in Camunda's 403 shape.
 */
@Component
class LaporanReaders {

    static final String PROCESS_KEY = "inventarisasiPeralatanDokumentasi";
    private static final String REFUSAL = "Laporan inventarisasi hanya dapat dibaca oleh yang berhak membaca riwayat SOP"
            + " Inventarisasi Peralatan Dokumentasi (Kabag Prokopim, Sub Koordinator Dokpim, administrator) dan oleh staf"
            + " Sub Dokpim yang melaksanakan inventarisasinya.";

    private final IdentityService identityService;
    private final HistoryReaders historyReaders;
    private final LaporanStore store;

    LaporanReaders(IdentityService identityService, HistoryReaders historyReaders, LaporanStore store) {
        this.identityService = identityService;
        this.historyReaders = historyReaders;
        this.store = store;
    }

    /**
     * @return which laporan the caller may read (by SOP instance id): all, or a staff member's own
     * @throws OfficeRefusal for a caller who is neither
     */
    Predicate<String> readable() {
        if (historyReaders.mayRead(PROCESS_KEY)) {
            return id -> true;
        }
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(OfficeRole.STAF.groupId())) {
            throw refusal(caller);
        }
        return Set.copyOf(store.doneBy(caller.getUserId()))::contains;
    }

    /** @return the caller, who may read this laporan; refuses everyone else (also for an id without a laporan) */
    Authentication reader(String processInstanceId) {
        if (!readable().test(processInstanceId)) {
            throw refusal(identityService.getCurrentAuthentication());
        }
        return identityService.getCurrentAuthentication();
    }

    static boolean isSubkoor(Authentication caller) {
        return caller.getGroupIds() != null && caller.getGroupIds().contains(OfficeRole.SUBKOOR.groupId());
    }

    private static OfficeRefusal refusal(Authentication caller) {
        return new OfficeRefusal(caller == null ? null : caller.getUserId(),
                List.of(new MissingAuthorization(ProcessDefinitionPermissions.READ_HISTORY.getName(),
                        Resources.PROCESS_DEFINITION.resourceName(), PROCESS_KEY)),
                REFUSAL);
    }
}
