package id.go.mojokertokab.prokopim.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.identity.PersonNames;

/**
 * The outbox as people read it: Admin's page, a person's own notifications, the counts. A row
 * says whether it can be sent again: failed, waiting after a failed attempt, or kept only while the
 * person could not be reached and now can be.
 */
@Component
class OutboxRows {

    static final List<String> STATUSES = List.of("MENUNGGU", "TERKIRIM", "GAGAL", "DISIMPAN", "DIBATALKAN");
    private static final String COLUMNS = """
            id, jenis, penerima, kanal, alamat, judul, isi, tautan, nama_kasus, status, percobaan, galat_terakhir,
            dibuat, dicoba_lagi, terkirim""";

    private final JdbcClient jdbc;
    private final OfficeTime officeTime;
    private final PersonNames names;
    private final People people;
    private final Channels channels;

    OutboxRows(JdbcClient jdbc, OfficeTime officeTime, PersonNames names, People people, Channels channels) {
        this.jdbc = jdbc;
        this.officeTime = officeTime;
        this.names = names;
        this.people = people;
        this.channels = channels;
    }

    /** Newest first; {@code status} null for all, {@code recipient} null for everyone's. */
    Page page(String status, String recipient, int first, int max) {
        String where = " WHERE (CAST(? AS VARCHAR(12)) IS NULL OR status = ?) AND (CAST(? AS VARCHAR(64)) IS NULL OR penerima = ?)";
        long total = jdbc.sql("SELECT COUNT(*) FROM notif_keluar" + where)
                .params(status, status, recipient, recipient).query(Long.class).single();
        Function<String, String> fullNames = names.cache();
        Function<String, Boolean> reachable = reachability();
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM notif_keluar" + where
                        + " ORDER BY dibuat DESC, id DESC OFFSET " + first + " ROWS FETCH NEXT " + max + " ROWS ONLY")
                .params(status, status, recipient, recipient)
                .query((rs, n) -> row(rs, fullNames, reachable)).list();
        return new Page(total, rows);
    }

    Optional<Row> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notif_keluar WHERE id = ?").param(id)
                .query((rs, n) -> row(rs, names.cache(), reachability())).optional();
    }

    Counts counts() {
        OffsetDateTime dayAgo = Outbox.utc(ClockUtil.getCurrentTime().toInstant().minusSeconds(24 * 3600));
        return jdbc.sql("""
                SELECT SUM(CASE WHEN status = 'MENUNGGU' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN status = 'GAGAL' OR (status = 'MENUNGGU' AND percobaan > 0) THEN 1 ELSE 0 END),
                       SUM(CASE WHEN status = 'TERKIRIM' AND terkirim >= ? THEN 1 ELSE 0 END),
                       SUM(CASE WHEN status = 'DISIMPAN' THEN 1 ELSE 0 END)
                FROM notif_keluar""")
                .param(dayAgo)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    /**
     * Back to MENUNGGU, due now, on {@code channel} to {@code address}, unless its status changed
     * meanwhile or a node is delivering it right now. @return whether it was put back
     */
    boolean requeue(long id, String status, String channel, String address) {
        OffsetDateTime now = Outbox.utc(ClockUtil.getCurrentTime().toInstant());
        return jdbc.sql("""
                UPDATE notif_keluar SET status = 'MENUNGGU', kanal = ?, alamat = ?, dicoba_lagi = ?
                WHERE id = ? AND status = ? AND (diklaim_sampai IS NULL OR diklaim_sampai < ?)""")
                .params(channel, address, now, id, status, now).update() == 1;
    }

    private Row row(ResultSet rs, Function<String, String> fullNames, Function<String, Boolean> reachable) throws SQLException {
        NotificationKind kind = NotificationKind.valueOf(rs.getString("jenis"));
        String status = rs.getString("status");
        int attempts = rs.getInt("percobaan");
        String recipient = rs.getString("penerima");
        boolean resendable = ("GAGAL".equals(status) || "DISIMPAN".equals(status) || ("MENUNGGU".equals(status) && attempts > 0))
                && reachable.apply(recipient + "\n" + rs.getString("kanal"));
        return new Row(rs.getLong("id"), kind.name(), kind.label(), recipient, fullNames.apply(recipient),
                rs.getString("kanal"), rs.getString("alamat"), rs.getString("judul"), rs.getString("isi"), rs.getString("tautan"),
                rs.getString("nama_kasus"), status, statusLabel(status, attempts), attempts,
                rs.getString("galat_terakhir"), wib(rs, "dibuat"),
                "MENUNGGU".equals(status) ? wib(rs, "dicoba_lagi") : null, wib(rs, "terkirim"), resendable);
    }

    /**
     * Whether a row's channel (any channel, for one only kept on the page) reaches its person now,
     * asked once per person and channel ("userId\nchannel") for the rows of one answer.
     */
    private Function<String, Boolean> reachability() {
        Map<String, Boolean> known = new HashMap<>();
        return recipientAndChannel -> known.computeIfAbsent(recipientAndChannel, key -> {
            String[] parts = key.split("\n", 2);
            return people.user(parts[0]).flatMap(user -> Channels.PAGE_ONLY.equals(parts[1])
                    ? channels.reaching(user).map(Channels.Reach::address)
                    : channels.byId(parts[1]).flatMap(channel -> channel.addressOf(user))).isPresent();
        });
    }

    private static String statusLabel(String status, int attempts) {
        return switch (status) {
            case "MENUNGGU" -> attempts == 0 ? "Menunggu" : "Menunggu (gagal " + attempts + "×, dicoba lagi)";
            case "TERKIRIM" -> "Terkirim";
            case "GAGAL" -> "Gagal";
            case "DISIMPAN" -> "Disimpan, tidak dikirim";
            default -> "Dibatalkan";
        };
    }

    private String wib(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : officeTime.format(Date.from(time.toInstant()));
    }

    record Page(long total, List<Row> rows) {
    }

    record Counts(long menunggu, long gagal, long terkirim24Jam, long disimpan) {
    }

    record Row(long id, String jenis, String jenisLabel, String penerima, String namaPenerima, String kanal, String alamat,
            String judul, String isi, String tautan, String kasus, String status, String statusLabel, int percobaan,
            String galatTerakhir, String dibuat, String dicobaLagi, String terkirim, boolean bisaDikirimUlang) {
    }
}
