package id.go.mojokertokab.prokopim.socialmedia;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Rekap publikasi tables (db/migration V2): written by {@link PublicationRecorder} inside the
 * engine's transaction (the engine and this client share the DataSource and Spring's transaction
 * manager), read by the API month by month.
 */
@Component
class PublicationLog {

    private static final String COLUMNS = "p.id, p.process_instance_id, p.nama_kasus, p.kegiatan, p.pimpinan, "
            + "p.waktu_kegiatan, p.lokasi, p.judul, p.desainer, p.verifikator, p.jumlah_revisi, p.mulai, p.terupload, "
            + "p.durasi_menit, p.standar_menit, p.jumlah_pelanggaran";

    private final JdbcClient jdbc;

    PublicationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Publication publication) {
        jdbc.sql("INSERT INTO pub_publikasi (process_instance_id, nama_kasus, kegiatan, pimpinan, waktu_kegiatan, lokasi, "
                        + "judul, desainer, verifikator, jumlah_revisi, mulai, terupload, durasi_menit, standar_menit, "
                        + "jumlah_pelanggaran) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(publication.processInstanceId(), publication.caseName(), publication.kegiatan(),
                        publication.pimpinan(), publication.waktuKegiatan(), publication.lokasi(), publication.judul(),
                        publication.designer(), publication.verifier(), publication.revisions(), utc(publication.started()),
                        utc(publication.uploaded()), publication.durationMinutes(), publication.standardMinutes(),
                        publication.breaches())
                .update();
        long id = jdbc.sql("SELECT id FROM pub_publikasi WHERE process_instance_id = ?")
                .param(publication.processInstanceId()).query(Long.class).single();
        publication.links().forEach((channel, link) -> jdbc.sql("INSERT INTO pub_kanal (publikasi_id, kanal, tautan) VALUES (?, ?, ?)")
                .params(id, channel.id(), link).update());
    }

    /**
     * The publications uploaded in [from, to), the oldest first; only those for {@code pimpinan}
     * and on {@code channel} when they are given.
     */
    List<Publication> uploaded(Instant from, Instant to, String pimpinan, Channel channel) {
        StringBuilder where = new StringBuilder(" WHERE p.terupload >= ? AND p.terupload < ?");
        List<Object> params = new ArrayList<>(List.of(utc(from), utc(to)));
        if (pimpinan != null) {
            where.append(" AND p.pimpinan = ?");
            params.add(pimpinan);
        }
        if (channel != null) {
            where.append(" AND EXISTS (SELECT 1 FROM pub_kanal c WHERE c.publikasi_id = p.id AND c.kanal = ?)");
            params.add(channel.id());
        }
        Map<Long, Map<Channel, String>> links = new HashMap<>();
        jdbc.sql("SELECT k.publikasi_id, k.kanal, k.tautan FROM pub_kanal k JOIN pub_publikasi p ON p.id = k.publikasi_id"
                        + where)
                .params(params)
                .query((ResultSet row) -> {
                    long id = row.getLong("publikasi_id");
                    String link = row.getString("tautan");
                    Channel.of(row.getString("kanal")).ifPresent(kanal -> links
                            .computeIfAbsent(id, any -> new EnumMap<>(Channel.class)).put(kanal, link));
                });
        return jdbc.sql("SELECT " + COLUMNS + " FROM pub_publikasi p" + where + " ORDER BY p.terupload, p.id")
                .params(params)
                .query((row, number) -> publication(row, links.getOrDefault(row.getLong("id"), Map.of())))
                .list();
    }

    private static Publication publication(ResultSet row, Map<Channel, String> links) throws SQLException {
        return new Publication(row.getString("process_instance_id"), row.getString("nama_kasus"), row.getString("kegiatan"),
                row.getString("pimpinan"), row.getObject("waktu_kegiatan", OffsetDateTime.class), row.getString("lokasi"),
                row.getString("judul"), links.isEmpty() ? Map.of() : new EnumMap<>(links), row.getString("desainer"),
                row.getString("verifikator"), row.getInt("jumlah_revisi"), instant(row, "mulai"), instant(row, "terupload"),
                row.getInt("durasi_menit"), row.getInt("standar_menit"), row.getInt("jumlah_pelanggaran"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
