package id.go.mojokertokab.prokopim.inventory;

import java.util.List;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's two lists, seeded from the SOP sheets (V1__buku_inventarisasi.sql): kategori
 * (Kamera, Drone, ...) and lokasi simpan (Almari terkunci, ...). The Sub Koordinator may add to
 * them; nothing is removed, since items keep referring to their rows.
 */
@Component
public class RegisterLists {

    /** The two lists, their tables, and the words a person reads for them. */
    public enum Kind {
        KATEGORI("inv_kategori", "Kategori"),
        LOKASI("inv_lokasi", "Lokasi simpan");

        private final String table;
        private final String label;

        Kind(String table, String label) {
            this.table = table;
            this.label = label;
        }
    }

    private final JdbcClient jdbc;

    RegisterLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names in the office's order (the SOP sheets' first, additions after them). */
    public List<String> of(Kind kind) {
        return jdbc.sql("SELECT nama FROM " + kind.table + " ORDER BY urutan, nama").query(String.class).list();
    }

    @Transactional
    public String add(Kind kind, String nama) {
        Checks checks = new Checks();
        String checked = checks.required(nama, "Nama " + kind.label.toLowerCase(Locale.ROOT), 100);
        checks.refuseIfAny();
        String existing = of(kind).stream().filter(name -> name.equalsIgnoreCase(checked)).findFirst().orElse(null);
        if (existing != null) {
            throw new RegisterConflict(kind.label + " '" + existing + "' sudah ada dalam daftar.");
        }
        int next = jdbc.sql("SELECT COALESCE(MAX(urutan), 0) + 1 FROM " + kind.table).query(Integer.class).single();
        try {
            jdbc.sql("INSERT INTO " + kind.table + " (nama, urutan) VALUES (?, ?)").params(checked, next).update();
        } catch (DuplicateKeyException addedMeanwhile) {
            // a colleague added the same name a moment ago (PostgreSQL lets both reach the insert)
            throw new RegisterConflict(kind.label + " '" + checked + "' baru saja ditambahkan ke daftar.");
        }
        return checked;
    }
}
