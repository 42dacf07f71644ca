package id.go.mojokertokab.prokopim.inventory.check;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * Step 3's checklist, made when the task is created: one row per active item of the Buku
 * inventarisasi, with the kondisi the last inventory found and when, so each inventory starts from
 * what the previous one found (the task keeps its own copy of what it listed, so no row can go
 * missing). Jumlah and kondisi start empty on purpose: the form requires them,
 * so nobody confirms a count they did not make. Equipment found that is not in the register goes
 * into a second, initially empty list and becomes a proposal at step 4.
 */
@Component
public class EquipmentChecklist implements TaskListener {

    /** The register's items to check; the form keeps its rows fixed. */
    public static final String REGISTERED = "peralatan";
    /** Equipment found that is not in the register; staff add the rows. */
    public static final String UNREGISTERED = "peralatanTakTerdaftar";
    /** The task's own copy of the items listed (kode, nama): what step 3 must still hold when it completes. */
    static final String LISTED = "peralatanDidaftar";

    private final JdbcClient jdbc;
    private final OfficeTime officeTime;

    EquipmentChecklist(JdbcClient jdbc, OfficeTime officeTime) {
        this.jdbc = jdbc;
        this.officeTime = officeTime;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!task.hasVariable(REGISTERED)) {
            List<Map<String, Object>> items = activeItems();
            task.setVariable(REGISTERED, Spin.JSON(items));
            task.setVariableLocal(LISTED, Spin.JSON(items.stream()
                    .map(item -> Map.of("kode", item.get("kode"), "nama", item.get("nama"))).toList()));
        }
        if (!task.hasVariable(UNREGISTERED)) {
            task.setVariable(UNREGISTERED, Spin.JSON(List.of()));
        }
    }

    private List<Map<String, Object>> activeItems() {
        return jdbc.sql("""
                SELECT b.kode, b.nama, b.kategori, b.kondisi_terakhir, b.diperiksa_pada
                FROM inv_barang b JOIN inv_kategori k ON k.nama = b.kategori
                WHERE b.status = 'AKTIF'
                ORDER BY k.urutan, b.kode""")
                .query((rs, rowNum) -> {
                    OffsetDateTime checked = rs.getObject("diperiksa_pada", OffsetDateTime.class);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("nama", rs.getString("nama"));
                    row.put("kode", rs.getString("kode"));
                    row.put("kategori", rs.getString("kategori"));
                    String kondisi = rs.getString("kondisi_terakhir");
                    row.put("kondisiTerakhir", kondisi == null ? "Belum pernah diperiksa" : kondisi);
                    row.put("diperiksaTerakhir", checked == null ? "-" : officeTime.format(Date.from(checked.toInstant())));
                    row.put("jumlah", null);
                    row.put("kondisi", null);
                    row.put("bateraiSiap", false);
                    row.put("memoriSiap", false);
                    row.put("catatan", "");
                    return row;
                })
                .list();
    }
}
