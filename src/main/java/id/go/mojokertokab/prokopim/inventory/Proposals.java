package id.go.mojokertokab.prokopim.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.identity.PersonNames;

/**
 * Proposals ({@code inv_usulan}): equipment staff found in an inventory (step 3) that the register
 * does not list. The Sub Koordinator accepts one into the register, giving it a kode, kategori and
 * lokasi (and may correct its name and count), or declines it with a reason. Each is decided
 * once: the decision is claimed with a conditional update, so of two people deciding at the same
 * moment one wins and the other is told who.
 */
@Component
public class Proposals {

    private final JdbcClient jdbc;
    private final EquipmentRegister register;
    private final PersonNames names;
    private final OfficeTime officeTime;

    Proposals(JdbcClient jdbc, EquipmentRegister register, PersonNames names, OfficeTime officeTime) {
        this.jdbc = jdbc;
        this.register = register;
        this.names = names;
        this.officeTime = officeTime;
    }

    /** Proposals with that status (MENUNGGU, DITERIMA, DITOLAK), or all when null; oldest first. */
    public List<Proposal> list(String status) {
        Function<String, String> name = names.cache();
        String sql = """
                SELECT u.*, b.kode AS kode_barang FROM inv_usulan u LEFT JOIN inv_barang b ON b.id = u.barang_id
                """ + (status == null ? "" : " WHERE u.status = :status") + " ORDER BY u.diusulkan_pada, u.id";
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (status != null) {
            statement = statement.param("status", status);
        }
        return statement.query((row, n) -> proposal(row, name)).list();
    }

    public Proposal get(long id) {
        Function<String, String> name = names.cache();
        return jdbc.sql("SELECT u.*, b.kode AS kode_barang FROM inv_usulan u LEFT JOIN inv_barang b ON b.id = u.barang_id WHERE u.id = ?")
                .param(id)
                .query((row, n) -> proposal(row, name))
                .optional()
                .orElseThrow(() -> new NotFoundException("Usulan #" + id + " tidak ditemukan."));
    }

    /**
     * Creates the item from the proposal: the Sub Koordinator's kode, kategori and lokasi, the
     * proposal's name and count unless corrected, and the proposal's condition as the item's last
     * check (ready = battery and memory ready).
     */
    @Transactional
    public Item accept(long id, ItemInput input, String userId) {
        Proposal proposal = undecided(id);
        ItemInput completed = new ItemInput(input.kode(), blank(input.nama()) ? proposal.nama() : input.nama(),
                input.kategori(), input.merekTipe(), input.nomorSeri(), input.jumlah() == null ? proposal.jumlah() : input.jumlah(),
                input.lokasi(), null);
        ItemInput.Fields fields = register.checked(completed, true);
        claim(proposal, Proposal.DITERIMA, null, userId);
        EquipmentRegister.LastCheck check = new EquipmentRegister.LastCheck(proposal.kondisi(),
                "Baik".equals(proposal.kondisi()) && proposal.bateraiSiap() && proposal.memoriSiap(),
                OffsetDateTime.ofInstant(proposal.diusulkanPada(), java.time.ZoneOffset.UTC), proposal.diusulkanOleh());
        Item item = register.add(fields, userId, check, "Ditambahkan dari usulan #" + id + " (ditemukan pada inventarisasi "
                + proposal.periode() + " oleh " + proposal.diusulkanOlehNama() + ", kondisi " + proposal.kondisi() + ")");
        jdbc.sql("UPDATE inv_usulan SET barang_id = ? WHERE id = ?").params(item.id(), id).update();
        return item;
    }

    @Transactional
    public Proposal decline(long id, String alasan, String userId) {
        Proposal proposal = undecided(id);
        Checks checks = new Checks();
        String reason = checks.required(alasan, "Alasan penolakan", 500);
        checks.refuseIfAny();
        claim(proposal, Proposal.DITOLAK, reason, userId);
        return get(id);
    }

    private void claim(Proposal proposal, String status, String reason, String userId) {
        int claimed = jdbc.sql("""
                UPDATE inv_usulan SET status = ?, alasan_ditolak = ?, diputuskan_oleh = ?, diputuskan_pada = ?
                WHERE id = ? AND status = 'MENUNGGU'""")
                .params(status, reason, userId, ItemHistory.now(), proposal.id())
                .update();
        if (claimed == 0) {
            throw alreadyDecided(get(proposal.id()));
        }
    }

    private Proposal undecided(long id) {
        Proposal proposal = get(id);
        if (!Proposal.MENUNGGU.equals(proposal.status())) {
            throw alreadyDecided(proposal);
        }
        return proposal;
    }

    private static RegisterConflict alreadyDecided(Proposal decided) {
        return new RegisterConflict("Usulan #" + decided.id() + " (" + decided.nama() + ") sudah "
                    + (Proposal.DITERIMA.equals(decided.status()) ? "diterima" + (decided.kodeBarang() == null ? "" : " sebagai " + decided.kodeBarang())
                            : "ditolak")
                    + " oleh " + decided.diputuskanOlehNama() + " pada " + decided.diputuskanPadaTeks() + ".");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A status parameter as given, checked; null for all. */
    static String status(String status) {
        if (status == null || status.isBlank() || "SEMUA".equalsIgnoreCase(status)) {
            return null;
        }
        String upper = status.strip().toUpperCase(java.util.Locale.ROOT);
        if (!List.of(Proposal.MENUNGGU, Proposal.DITERIMA, Proposal.DITOLAK).contains(upper)) {
            throw new NotValidException("Parameter 'status' harus MENUNGGU, DITERIMA, DITOLAK atau SEMUA.");
        }
        return upper;
    }

    private Proposal proposal(ResultSet row, Function<String, String> name) throws SQLException {
        Instant diusulkanPada = row.getObject("diusulkan_pada", OffsetDateTime.class).toInstant();
        OffsetDateTime decided = row.getObject("diputuskan_pada", OffsetDateTime.class);
        Instant diputuskanPada = decided == null ? null : decided.toInstant();
        return new Proposal(row.getLong("id"), row.getString("process_instance_id"), row.getString("periode"),
                row.getString("nama"), row.getInt("jumlah"), row.getString("kondisi"), row.getBoolean("baterai_siap"),
                row.getBoolean("memori_siap"), row.getString("catatan"), row.getString("diusulkan_oleh"),
                name.apply(row.getString("diusulkan_oleh")), diusulkanPada, officeTime.format(Date.from(diusulkanPada)),
                row.getString("status"), row.getString("kode_barang"), row.getString("diputuskan_oleh"),
                name.apply(row.getString("diputuskan_oleh")), diputuskanPada,
                diputuskanPada == null ? null : officeTime.format(Date.from(diputuskanPada)), row.getString("alasan_ditolak"));
    }
}
