package id.go.mojokertokab.prokopim.inventory.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The laporan of each inventory in table inv_laporan, keyed by the SOP instance. */
@Component
public class LaporanStore {

    private final JdbcClient jdbc;
    private final LaporanPdf pdf;

    LaporanStore(JdbcClient jdbc, LaporanPdf pdf) {
        this.jdbc = jdbc;
        this.pdf = pdf;
    }

    /** Renders the laporan and stores it, in the caller's transaction. */
    public void save(Laporan laporan, String dibuatOleh, Instant dibuatPada) {
        jdbc.sql("""
                INSERT INTO inv_laporan (process_instance_id, periode, pdf, csv, dibuat_oleh, dibuat_pada)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(laporan.processInstanceId(), laporan.periode(), pdf.of(laporan, dibuatPada), LaporanCsv.of(laporan),
                        dibuatOleh, OffsetDateTime.ofInstant(dibuatPada, ZoneOffset.UTC))
                .update();
    }

    /** One laporan as listed, without its files. */
    record Entry(String processInstanceId, String periode, Instant dibuatPada, String dibuatOleh, Instant dibacaSubkoorPada) {
    }

    List<Entry> list() {
        return jdbc.sql("""
                SELECT process_instance_id, periode, dibuat_pada, dibuat_oleh, dibaca_subkoor_pada
                FROM inv_laporan ORDER BY dibuat_pada DESC, process_instance_id""")
                .query((rs, rowNum) -> new Entry(rs.getString("process_instance_id"), rs.getString("periode"),
                        instant(rs.getObject("dibuat_pada", OffsetDateTime.class)), rs.getString("dibuat_oleh"),
                        instant(rs.getObject("dibaca_subkoor_pada", OffsetDateTime.class))))
                .list();
    }

    /**
     * The laporan of the inventories the person did: wrote its laporan (step 4) or checked its items
     * (step 3, the inspection rows' diperiksa_oleh).
     */
    List<String> doneBy(String userId) {
        return jdbc.sql("""
                SELECT l.process_instance_id FROM inv_laporan l
                WHERE l.dibuat_oleh = ? OR EXISTS (SELECT 1 FROM inv_pemeriksaan p
                    WHERE p.process_instance_id = l.process_instance_id AND p.diperiksa_oleh = ?)""")
                .params(userId, userId)
                .query(String.class).list();
    }

    Optional<String> periode(String processInstanceId) {
        return jdbc.sql("SELECT periode FROM inv_laporan WHERE process_instance_id = ?").param(processInstanceId)
                .query(String.class).optional();
    }

    Optional<byte[]> pdf(String processInstanceId) {
        return jdbc.sql("SELECT pdf FROM inv_laporan WHERE process_instance_id = ?").param(processInstanceId)
                .query((rs, rowNum) -> rs.getBytes("pdf")).optional();
    }

    Optional<String> csv(String processInstanceId) {
        return jdbc.sql("SELECT csv FROM inv_laporan WHERE process_instance_id = ?").param(processInstanceId)
                .query((rs, rowNum) -> rs.getString("csv")).optional();
    }

    /** The first time the Sub Koordinator opens the PDF; later openings keep it. */
    void markReadBySubkoor(String processInstanceId, Instant when) {
        jdbc.sql("UPDATE inv_laporan SET dibaca_subkoor_pada = ? WHERE process_instance_id = ? AND dibaca_subkoor_pada IS NULL")
                .params(OffsetDateTime.ofInstant(when, ZoneOffset.UTC), processInstanceId)
                .update();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
