package id.go.mojokertokab.prokopim.inventory.check;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.form.FormValues;
import id.go.mojokertokab.prokopim.form.SubmissionRefused;

/**
 * Step 3 completes only with every registered item of its list counted and judged, no registered
 * row removed and none added, and at least one row in all. The form's own check covers what a
 * caller sends (kode and nama unchanged row by row); this covers what it leaves out: a list not
 * sent back keeps its empty counts, and a row removed from the end shifts nothing. (Tasklist's
 * dynamic list shows its rows' outline and the row buttons only when rows may be added and
 * removed, so the list allows it and this refuses it.)
 */
@Component
public class ChecklistFilledIn implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        List<CheckedRow> registered = CheckedRow.of(task.getVariable(EquipmentChecklist.REGISTERED));
        List<CheckedRow> unregistered = CheckedRow.of(task.getVariable(EquipmentChecklist.UNREGISTERED));
        List<String> problems = new ArrayList<>();
        List<String> kodes = new ArrayList<>();
        for (int i = 0; i < registered.size(); i++) {
            CheckedRow row = registered.get(i);
            String where = "«Peralatan dokumentasi» baris " + (i + 1) + (row.nama() == null ? "" : " (" + row.nama() + ")") + ": ";
            if (row.kode() == null) {
                problems.add(where + "baris tambahan tidak dapat dicatat di sini; tulis peralatan yang belum terdaftar di"
                        + " «Peralatan yang belum terdaftar»");
                continue;
            }
            kodes.add(row.kode());
            if (row.jumlah() == null) {
                problems.add(where + "«Jumlah» wajib diisi");
            }
            if (row.kondisi() == null) {
                problems.add(where + "«Kondisi» wajib diisi");
            }
        }
        Object listed = task.getVariableLocal(EquipmentChecklist.LISTED);
        if (listed != null) {
            FormValues.json(listed).forEach(item -> {
                if (!kodes.contains(item.path("kode").asText())) {
                    problems.add("«Peralatan dokumentasi»: baris " + item.path("nama").asText() + " (" + item.path("kode").asText()
                            + ") tidak boleh dihapus; bila peralatan itu tidak ditemukan, isi jumlah 0 dan kondisi Hilang");
                }
            });
        }
        if (registered.isEmpty() && unregistered.isEmpty()) {
            problems.add("belum ada peralatan yang diperiksa: Buku inventarisasi belum berisi peralatan aktif, jadi isi"
                    + " «Peralatan yang belum terdaftar» dengan peralatan yang ditemukan");
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRefused(problems);
        }
    }
}
