package id.go.mojokertokab.prokopim.inventory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.identity.PersonNames;

/**
 * The history of each item ({@code inv_riwayat_barang}): every change in the words its page
 * shows, with who and when. Rows are only ever added.
 */
@Component
public class ItemHistory {

    public static final String DITAMBAHKAN = "DITAMBAHKAN";
    public static final String DIUBAH = "DIUBAH";
    public static final String DIHAPUS = "DIHAPUS";
    public static final String DIPERIKSA = "DIPERIKSA";

    private static final int MAX_URAIAN = 4000;

    private final JdbcClient jdbc;
    private final PersonNames names;
    private final OfficeTime officeTime;

    ItemHistory(JdbcClient jdbc, PersonNames names, OfficeTime officeTime) {
        this.jdbc = jdbc;
        this.names = names;
        this.officeTime = officeTime;
    }

    /** Adds a row, in the caller's transaction; {@code processInstanceId} may be null. */
    public void record(long barangId, String jenis, String uraian, String oleh, String processInstanceId) {
        String text = uraian.length() > MAX_URAIAN ? uraian.substring(0, MAX_URAIAN - 1) + "…" : uraian;
        jdbc.sql("INSERT INTO inv_riwayat_barang (barang_id, jenis, uraian, oleh, pada, process_instance_id) VALUES (?, ?, ?, ?, ?, ?)")
                .params(barangId, jenis, text, oleh, now(), processInstanceId)
                .update();
    }

    /** The item's history, oldest first. */
    List<HistoryEntry> of(long barangId) {
        Function<String, String> name = names.cache();
        return jdbc.sql("SELECT * FROM inv_riwayat_barang WHERE barang_id = ? ORDER BY pada, id")
                .param(barangId)
                .query((row, n) -> {
                    Instant pada = row.getObject("pada", OffsetDateTime.class).toInstant();
                    String oleh = row.getString("oleh");
                    return new HistoryEntry(row.getLong("id"), row.getString("jenis"), row.getString("uraian"), oleh,
                            name.apply(oleh), pada, officeTime.format(java.util.Date.from(pada)),
                            row.getString("process_instance_id"));
                })
                .list();
    }

    /** The engine's clock, which tests move, as the register's columns keep it. */
    static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
    }
}
