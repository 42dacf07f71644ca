package id.go.mojokertokab.prokopim.inventory.check;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.identity.PersonNames;
import id.go.mojokertokab.prokopim.inventory.report.Laporan;
import id.go.mojokertokab.prokopim.inventory.report.LaporanStore;

/**
 * Step 4 (Mencatat dan melaporkan): when the task completes, step 3's check is written into the
 * Buku inventarisasi in the same transaction as the completion (the engine and this JDBC client
 * share the DataSource and Spring's transaction manager): an inspection per registered item, the
 * item's last kondisi and readiness, a DIPERIKSA entry in its history, a proposal per equipment
 * found unregistered, and the laporan (PDF and CSV). If the register changed meanwhile (an item
 * retired or gone) or any write fails, the completion fails and nothing is written.
 */
@Component
public class InspectionRecorder implements TaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(InspectionRecorder.class);

    static final String STEP_3 = "UserTask_PeriksaPeralatan";

    private final JdbcClient jdbc;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final PersonNames names;
    private final LaporanStore laporanStore;

    InspectionRecorder(JdbcClient jdbc, HistoryService historyService, IdentityService identityService, PersonNames names,
            LaporanStore laporanStore) {
        this.jdbc = jdbc;
        this.historyService = historyService;
        this.identityService = identityService;
        this.names = names;
        this.laporanStore = laporanStore;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            record(task);
        } catch (InspectionNotRecorded refused) {
            throw refused;
        } catch (RuntimeException failed) {
            // the cause (a database's words) goes to the log, not to the person completing the step
            LOG.error("Step 4 of {} could not be recorded in the Buku inventarisasi", task.getProcessInstanceId(), failed);
            throw new ProcessEngineException("Hasil pemeriksaan tidak dapat dicatat di Buku inventarisasi, jadi tugas ini belum"
                    + " selesai dan tidak ada yang tercatat; coba lagi atau hubungi administrator.", failed);
        }
    }

    private void record(DelegateTask task) {
        String instanceId = task.getProcessInstanceId();
        String periode = Objects.toString(task.getVariable("periodeInventarisasi"), "-");
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Step3 step3 = step3(task, now);
        Audit audit = new Audit(instanceId, periode, step3.by(), OffsetDateTime.ofInstant(step3.at(), ZoneOffset.UTC));

        List<Laporan.Item> items = new ArrayList<>();
        List<Laporan.Change> changes = new ArrayList<>();
        List<Laporan.Found> found = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        List<CheckedRow> registered = CheckedRow.of(task.getVariable(EquipmentChecklist.REGISTERED));
        for (CheckedRow row : registered) {
            if (row.kode() == null) {
                found.add(propose(row, audit));
            } else if (!checked.add(row.kode())) {
                throw new InspectionNotRecorded("Peralatan " + row.label() + " tercantum lebih dari sekali dalam hasil"
                        + " pengecekan; perbaiki langkah 3.");
            } else {
                items.add(inspect(row, audit, changes));
            }
        }
        for (CheckedRow row : CheckedRow.of(task.getVariable(EquipmentChecklist.UNREGISTERED))) {
            found.add(propose(row, audit));
        }
        notConfirmed(checked).forEach(changes::add);

        Laporan laporan = new Laporan(instanceId, periode, items, changes, found,
                Objects.toString(task.getVariable("laporanInventarisasi"), ""), names.fullName(step3.by()), step3.at());
        laporanStore.save(laporan, completedBy(task), now);
    }

    private Laporan.Item inspect(CheckedRow row, Audit audit, List<Laporan.Change> changes) {
        if (row.jumlah() == null || row.kondisi() == null) {
            throw new InspectionNotRecorded("Peralatan " + row.label() + " belum diperiksa (jumlah atau kondisi kosong).");
        }
        Registered item = jdbc.sql("SELECT id, nama, kategori, status FROM inv_barang WHERE kode = ?").param(row.kode())
                .query((rs, n) -> new Registered(rs.getLong("id"), rs.getString("nama"), rs.getString("kategori"), rs.getString("status")))
                .optional()
                .orElseThrow(() -> new InspectionNotRecorded("Peralatan " + row.label() + " tidak ada lagi di Buku inventarisasi"
                        + " (kodenya diubah atau dihapus) sejak daftar pengecekan dibuat, jadi hasil pemeriksaan tidak dicatat."
                        + " Minta Sub Koordinator memeriksa Buku inventarisasi."));
        Optional<Previous> previous = jdbc.sql("""
                SELECT jumlah, kondisi FROM inv_pemeriksaan WHERE barang_id = ?
                ORDER BY diperiksa_pada DESC, id DESC FETCH FIRST 1 ROWS ONLY""")
                .param(item.id())
                .query((rs, n) -> new Previous(rs.getInt("jumlah"), rs.getString("kondisi")))
                .optional();
        jdbc.sql("""
                INSERT INTO inv_pemeriksaan (process_instance_id, periode, barang_id, jumlah, kondisi, baterai_siap, memori_siap,
                    catatan, diperiksa_oleh, diperiksa_pada)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(audit.instanceId(), audit.periode(), item.id(), row.jumlah(), row.kondisi(), row.baterai(), row.memori(),
                        row.catatan(), audit.by(), audit.at())
                .update();
        // an item retired since the list was made was still checked: its check is recorded, and the laporan says so
        jdbc.sql("""
                UPDATE inv_barang SET kondisi_terakhir = ?, siap_terakhir = ?, diperiksa_pada = ?, diperiksa_oleh = ?
                WHERE id = ?""")
                .params(row.kondisi(), row.siap(), audit.at(), audit.by(), item.id())
                .update();
        if (!"AKTIF".equals(item.status())) {
            changes.add(new Laporan.Change(row.kode(), item.nama(),
                    "Dihapus dari daftar Buku inventarisasi sejak daftar pengecekan dibuat"));
        }
        jdbc.sql("""
                INSERT INTO inv_riwayat_barang (barang_id, jenis, uraian, oleh, pada, process_instance_id)
                VALUES (?, 'DIPERIKSA', ?, ?, ?, ?)""")
                .params(item.id(), "Diperiksa pada inventarisasi " + audit.periode() + ": jumlah " + row.jumlah() + ", kondisi "
                        + row.kondisi() + ", baterai " + (row.baterai() ? "siap" : "belum siap") + ", memori "
                        + (row.memori() ? "siap" : "belum siap") + (row.catatan() == null ? "" : ". Catatan: " + row.catatan()),
                        audit.by(), audit.at(), audit.instanceId())
                .update();
        changes.addAll(changesOf(row, item, previous));
        return new Laporan.Item(row.kode(), item.nama(), item.kategori(), row.jumlah(), row.kondisi(), row.baterai(),
                row.memori(), row.catatan());
    }

    private static List<Laporan.Change> changesOf(CheckedRow row, Registered item, Optional<Previous> previous) {
        List<Laporan.Change> changes = new ArrayList<>();
        if (previous.isEmpty()) {
            changes.add(new Laporan.Change(row.kode(), item.nama(), "Baru pertama kali diperiksa"));
        } else {
            if (!previous.get().kondisi().equals(row.kondisi())) {
                changes.add(new Laporan.Change(row.kode(), item.nama(),
                        "Kondisi berubah dari " + previous.get().kondisi() + " menjadi " + row.kondisi()));
            }
            if (previous.get().jumlah() != row.jumlah()) {
                changes.add(new Laporan.Change(row.kode(), item.nama(),
                        "Jumlah berubah dari " + previous.get().jumlah() + " menjadi " + row.jumlah()));
            }
        }
        if ("Hilang".equals(row.kondisi()) || row.jumlah() == 0) {
            changes.add(new Laporan.Change(row.kode(), item.nama(), "Tidak ditemukan saat pemeriksaan"));
        }
        return changes;
    }

    /** Active items of the register that were not on this inventory's list (added after step 3 began). */
    private List<Laporan.Change> notConfirmed(Set<String> checked) {
        return jdbc.sql("SELECT kode, nama FROM inv_barang WHERE status = 'AKTIF' ORDER BY kode")
                .query((rs, n) -> new Laporan.Change(rs.getString("kode"), rs.getString("nama"),
                        "Terdaftar, tetapi tidak termasuk daftar pemeriksaan ini"))
                .list().stream()
                .filter(change -> !checked.contains(change.kode()))
                .toList();
    }

    private Laporan.Found propose(CheckedRow row, Audit audit) {
        if (row.nama() == null || row.jumlah() == null || row.kondisi() == null) {
            throw new InspectionNotRecorded("Peralatan yang belum terdaftar harus diisi nama, jumlah dan kondisinya; perbaiki"
                    + " langkah 3.");
        }
        jdbc.sql("""
                INSERT INTO inv_usulan (process_instance_id, periode, nama, jumlah, kondisi, baterai_siap, memori_siap, catatan,
                    diusulkan_oleh, diusulkan_pada)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(audit.instanceId(), audit.periode(), row.nama(), row.jumlah(), row.kondisi(), row.baterai(), row.memori(),
                        row.catatan(), audit.by(), audit.at())
                .update();
        return new Laporan.Found(row.nama(), row.jumlah(), row.kondisi(), row.baterai(), row.memori(), row.catatan());
    }

    /** Who completed step 3 and when; without it (an instance started at step 4) the staff assigned, now. */
    private Step3 step3(DelegateTask task, Instant now) {
        List<HistoricTaskInstance> done = Context.getCommandContext().runWithoutAuthorization(() ->
                historyService.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
                        .taskDefinitionKey(STEP_3).finished().orderByHistoricTaskInstanceEndTime().desc().list());
        if (!done.isEmpty() && done.get(0).getAssignee() != null) {
            return new Step3(done.get(0).getAssignee(), done.get(0).getEndTime().toInstant());
        }
        Object assigned = task.getVariable("stafPelaksana");
        return new Step3(assigned == null ? completedBy(task) : assigned.toString(), now);
    }

    private String completedBy(DelegateTask task) {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller != null && caller.getUserId() != null) {
            return caller.getUserId();
        }
        return task.getAssignee() == null ? "sistem" : task.getAssignee();
    }

    private record Step3(String by, Instant at) {
    }

    private record Audit(String instanceId, String periode, String by, OffsetDateTime at) {
    }

    private record Registered(long id, String nama, String kategori, String status) {
    }

    private record Previous(int jumlah, String kondisi) {
    }
}
