package id.go.mojokertokab.prokopim.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.identity.PersonNames;
import id.go.mojokertokab.prokopim.inventory.RegisterLists.Kind;

/**
 * The Buku inventarisasi ({@code inv_barang}): the office's documentation equipment, maintained
 * by the Sub Koordinator. Items are never deleted: retiring one keeps its row with status
 * DIHAPUS, the reason and the date, and an item retired by mistake, or lost and found again, can
 * be activated again. Every change is checked against the version the person saw (a stale one is
 * refused, naming who changed the item last) and written to the item's history in words.
 *
 * <p>Who may call what is the API's concern (InventoryRoles); the rules of the data hold for
 * every caller, Java ones included.
 */
@Service
public class EquipmentRegister {

    private final JdbcClient jdbc;
    private final RegisterLists lists;
    private final ItemHistory history;
    private final PersonNames names;
    private final OfficeTime officeTime;

    EquipmentRegister(JdbcClient jdbc, RegisterLists lists, ItemHistory history, PersonNames names, OfficeTime officeTime) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.history = history;
        this.names = names;
        this.officeTime = officeTime;
    }

    /** Items by kode; {@code status} AKTIF or DIHAPUS, null for both; {@code kategori} null for all. */
    public List<Item> list(String status, String kategori) {
        StringBuilder sql = new StringBuilder("SELECT * FROM inv_barang WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status);
        }
        if (kategori != null) {
            sql.append(" AND kategori = ?");
            params.add(kategori);
        }
        sql.append(" ORDER BY kode");
        Function<String, String> name = names.cache();
        return jdbc.sql(sql.toString()).params(params).query((row, n) -> item(row, name)).list();
    }

    public Optional<Item> find(String kode) {
        if (kode == null) {
            return Optional.empty();
        }
        Function<String, String> name = names.cache();
        return jdbc.sql("SELECT * FROM inv_barang WHERE kode = ?").param(kode.strip().toUpperCase(Locale.ROOT))
                .query((row, n) -> item(row, name)).optional();
    }

    public Item get(String kode) {
        return find(kode).orElseThrow(() -> new NotFoundException(
                "Barang dengan kode inventaris '" + kode + "' tidak ada di Buku inventarisasi."));
    }

    public List<HistoryEntry> historyOf(String kode) {
        return history.of(get(kode).id());
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM inv_barang").query(Long.class).single() == 0;
    }

    @Transactional
    public Item add(ItemInput input, String userId) {
        return add(checked(input, true), userId, null, "Ditambahkan ke Buku inventarisasi");
    }

    /** The condition an item was last found in, when it enters the register already checked. */
    record LastCheck(String kondisi, boolean siap, OffsetDateTime pada, String oleh) {
    }

    /** Adds checked fields; {@code lastCheck} may be null; {@code how} starts the history row. */
    Item add(ItemInput.Fields fields, String userId, LastCheck lastCheck, String how) {
        find(fields.kode()).ifPresent(existing -> {
            throw kodeTaken(existing);
        });
        OffsetDateTime now = ItemHistory.now();
        try {
            jdbc.sql("""
                    INSERT INTO inv_barang (kode, nama, kategori, merek_tipe, nomor_seri, jumlah, lokasi, status,
                        kondisi_terakhir, siap_terakhir, diperiksa_pada, diperiksa_oleh,
                        versi, dibuat_oleh, dibuat_pada, diubah_oleh, diubah_pada)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'AKTIF', ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
                    .params(fields.kode(), fields.nama(), fields.kategori(), fields.merekTipe(), fields.nomorSeri(),
                            fields.jumlah(), fields.lokasi(),
                            lastCheck == null ? null : lastCheck.kondisi(), lastCheck == null ? null : lastCheck.siap(),
                            lastCheck == null ? null : lastCheck.pada(), lastCheck == null ? null : lastCheck.oleh(),
                            userId, now, userId, now)
                    .update();
        } catch (DuplicateKeyException raced) {
            throw kodeTaken(get(fields.kode()));
        }
        Item added = get(fields.kode());
        history.record(added.id(), ItemHistory.DITAMBAHKAN, how + ": " + String.join("; ", List.of(
                "Nama: " + fields.nama(),
                "Kategori: " + fields.kategori(),
                "Merek/tipe: " + shown(fields.merekTipe()),
                "Nomor seri: " + shown(fields.nomorSeri()),
                "Jumlah: " + fields.jumlah(),
                "Lokasi: " + fields.lokasi())), userId, null);
        return added;
    }

    /** Changes the fields of an active item; nothing changed is no change (no new version, no history). */
    @Transactional
    public Item edit(String kode, ItemInput input, String userId) {
        Item before = get(kode);
        if (input.kode() != null && !input.kode().strip().equalsIgnoreCase(before.kode())) {
            throw new NotValidException("Isian tidak sah: Kode inventaris tidak dapat diubah (" + before.kode()
                    + "); hapus barang ini dari daftar lalu tambahkan dengan kode yang benar.");
        }
        int versi = requiredVersi(input.versi());
        ItemInput.Fields fields = checked(input, false);
        if (!before.aktif()) {
            throw new RegisterConflict("Barang " + before.kode() + " sudah dihapus dari daftar pada " + before.dihapusPadaTeks()
                    + "; aktifkan kembali sebelum mengubahnya.");
        }
        refuseIfStale(before, versi);
        List<String> changes = new ArrayList<>();
        change(changes, "Nama", before.nama(), fields.nama());
        change(changes, "Kategori", before.kategori(), fields.kategori());
        change(changes, "Merek/tipe", before.merekTipe(), fields.merekTipe());
        change(changes, "Nomor seri", before.nomorSeri(), fields.nomorSeri());
        change(changes, "Jumlah", before.jumlah(), fields.jumlah());
        change(changes, "Lokasi", before.lokasi(), fields.lokasi());
        if (changes.isEmpty()) {
            return before;
        }
        int updated = jdbc.sql("""
                UPDATE inv_barang SET nama = ?, kategori = ?, merek_tipe = ?, nomor_seri = ?, jumlah = ?, lokasi = ?,
                    versi = versi + 1, diubah_oleh = ?, diubah_pada = ?
                WHERE id = ? AND versi = ? AND status = 'AKTIF'""")
                .params(fields.nama(), fields.kategori(), fields.merekTipe(), fields.nomorSeri(), fields.jumlah(),
                        fields.lokasi(), userId, ItemHistory.now(), before.id(), versi)
                .update();
        return afterUpdate(before, versi, updated, ItemHistory.DIUBAH, String.join("; ", changes), userId);
    }

    /** Takes an active item off the register, with the reason; its row and history stay. */
    @Transactional
    public Item retire(String kode, String alasan, Integer versi, String userId) {
        Item before = get(kode);
        String reason = requiredReason(alasan, "Alasan penghapusan");
        int basedOn = requiredVersi(versi);
        if (!before.aktif()) {
            throw new RegisterConflict("Barang " + before.kode() + " sudah dihapus dari daftar pada "
                    + before.dihapusPadaTeks() + " oleh " + before.diubahOlehNama() + " (alasan: " + before.alasanDihapus() + ").");
        }
        refuseIfStale(before, basedOn);
        OffsetDateTime now = ItemHistory.now();
        int updated = jdbc.sql("""
                UPDATE inv_barang SET status = 'DIHAPUS', alasan_dihapus = ?, dihapus_pada = ?,
                    versi = versi + 1, diubah_oleh = ?, diubah_pada = ?
                WHERE id = ? AND versi = ? AND status = 'AKTIF'""")
                .params(reason, now, userId, now, before.id(), basedOn)
                .update();
        return afterUpdate(before, basedOn, updated, ItemHistory.DIHAPUS, "Dihapus dari daftar: " + reason, userId);
    }

    /**
     * Brings a retired item back (retired by mistake, or lost and found again); the history keeps
     * both the retirement and the return.
     */
    @Transactional
    public Item reactivate(String kode, String alasan, Integer versi, String userId) {
        Item before = get(kode);
        String reason = requiredReason(alasan, "Alasan pengaktifan kembali");
        int basedOn = requiredVersi(versi);
        if (before.aktif()) {
            throw new RegisterConflict("Barang " + before.kode() + " masih aktif dalam daftar.");
        }
        refuseIfStale(before, basedOn);
        int updated = jdbc.sql("""
                UPDATE inv_barang SET status = 'AKTIF', alasan_dihapus = NULL, dihapus_pada = NULL,
                    versi = versi + 1, diubah_oleh = ?, diubah_pada = ?
                WHERE id = ? AND versi = ? AND status = 'DIHAPUS'""")
                .params(userId, ItemHistory.now(), before.id(), basedOn)
                .update();
        return afterUpdate(before, basedOn, updated, ItemHistory.DIUBAH, "Diaktifkan kembali: " + reason
                + " (sebelumnya dihapus dari daftar pada " + before.dihapusPadaTeks() + ": " + before.alasanDihapus() + ")", userId);
    }

    ItemInput.Fields checked(ItemInput input, boolean withKode) {
        return input.checked(lists.of(Kind.KATEGORI), lists.of(Kind.LOKASI), withKode);
    }

    private Item afterUpdate(Item before, int basedOn, int updated, String jenis, String uraian, String userId) {
        if (updated == 0) {
            // changed by someone else between our read and our write
            refuseIfStale(get(before.kode()), basedOn);
            throw new RegisterConflict("Barang " + before.kode() + " baru saja diubah oleh orang lain; muat ulang lalu coba lagi.");
        }
        history.record(before.id(), jenis, uraian, userId, null);
        return get(before.kode());
    }

    private void refuseIfStale(Item current, int basedOn) {
        if (current.versi() != basedOn) {
            throw new RegisterConflict("Barang " + current.kode() + " telah diubah oleh " + current.diubahOlehNama() + " pada "
                    + current.diubahPadaTeks() + " (sekarang versi " + current.versi() + ", perubahan Anda berdasarkan versi "
                    + basedOn + "); muat ulang lalu ulangi perubahan Anda.");
        }
    }

    private RegisterConflict kodeTaken(Item existing) {
        return new RegisterConflict("Kode inventaris " + existing.kode() + " sudah dipakai oleh " + existing.nama()
                + (existing.aktif() ? "" : " (dihapus dari daftar pada " + existing.dihapusPadaTeks() + "; kode tidak dipakai ulang)")
                + "; pilih kode lain.");
    }

    private static int requiredVersi(Integer versi) {
        if (versi == null) {
            throw new NotValidException("Isian tidak sah: Versi wajib diisi (versi barang yang Anda lihat sebelum mengubahnya).");
        }
        return versi;
    }

    private static String requiredReason(String alasan, String label) {
        Checks checks = new Checks();
        String reason = checks.required(alasan, label, 500);
        checks.refuseIfAny();
        return reason;
    }

    private static void change(List<String> changes, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(label + ": " + shown(before) + " → " + shown(after));
        }
    }

    private static String shown(Object value) {
        return value == null ? "–" : value.toString();
    }

    private Item item(ResultSet row, Function<String, String> name) throws SQLException {
        Instant dihapusPada = instant(row, "dihapus_pada");
        Instant diperiksaPada = instant(row, "diperiksa_pada");
        Instant diubahPada = instant(row, "diubah_pada");
        Object siap = row.getObject("siap_terakhir");
        return new Item(row.getLong("id"), row.getString("kode"), row.getString("nama"), row.getString("kategori"),
                row.getString("merek_tipe"), row.getString("nomor_seri"), row.getInt("jumlah"), row.getString("lokasi"),
                row.getString("status"), row.getString("alasan_dihapus"), dihapusPada, text(dihapusPada),
                row.getString("kondisi_terakhir"), siap == null ? null : row.getBoolean("siap_terakhir"),
                diperiksaPada, text(diperiksaPada), row.getString("diperiksa_oleh"), name.apply(row.getString("diperiksa_oleh")),
                row.getInt("versi"), row.getString("dibuat_oleh"), name.apply(row.getString("dibuat_oleh")),
                instant(row, "dibuat_pada"), row.getString("diubah_oleh"), name.apply(row.getString("diubah_oleh")),
                diubahPada, text(diubahPada));
    }

    private String text(Instant instant) {
        return instant == null ? null : officeTime.format(Date.from(instant));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
