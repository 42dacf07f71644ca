package id.go.mojokertokab.prokopim.inventory.check;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Items of the Buku inventarisasi for a test, written straight into its table (the register's own
 * API is another package's). Every kode starts with "UJI-", and {@link #clear()} removes those
 * items and what was recorded about them, so the register is empty again for the other tests of
 * the shared Spring context.
 */
public final class TestRegister {

    private final JdbcClient jdbc;

    public TestRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String kode, String nama, String kategori, int jumlah) {
        if (!kode.startsWith("UJI-")) {
            throw new IllegalArgumentException("test items start with UJI-: " + kode);
        }
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                INSERT INTO inv_barang (kode, nama, kategori, jumlah, lokasi, dibuat_oleh, dibuat_pada, diubah_oleh, diubah_pada)
                VALUES (?, ?, ?, ?, 'Almari terkunci', 'subkoor', ?, 'subkoor', ?)""")
                .params(kode, nama, kategori, jumlah, now, now)
                .update();
    }

    public void retire(String kode) {
        jdbc.sql("UPDATE inv_barang SET status = 'DIHAPUS', alasan_dihapus = 'Rusak berat', dihapus_pada = ? WHERE kode = ?")
                .params(OffsetDateTime.now(), kode).update();
    }

    public void clear() {
        String tests = "(SELECT id FROM inv_barang WHERE kode LIKE 'UJI-%')";
        jdbc.sql("DELETE FROM inv_pemeriksaan WHERE barang_id IN " + tests).update();
        jdbc.sql("DELETE FROM inv_riwayat_barang WHERE barang_id IN " + tests).update();
        jdbc.sql("DELETE FROM inv_usulan WHERE barang_id IN " + tests).update();
        jdbc.sql("DELETE FROM inv_barang WHERE kode LIKE 'UJI-%'").update();
    }

    public long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
