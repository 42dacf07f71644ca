package id.go.mojokertokab.prokopim.inventory.check;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.form.SubmissionRefused;

/**
 * Step 3 completes only with every registered item counted and judged, and with at least one row
 * in all. The form's own check covers what a caller sends; this covers what a caller leaves out
 * (the pre-filled list keeps its empty jumlah and kondisi when it is not sent back).
 */
@Component
public class ChecklistFilledIn implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        List<CheckedRow> registered = CheckedRow.of(task.getVariable(EquipmentChecklist.REGISTERED));
        List<CheckedRow> unregistered = CheckedRow.of(task.getVariable(EquipmentChecklist.UNREGISTERED));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < registered.size(); i++) {
            CheckedRow row = registered.get(i);
            String where = "«Peralatan dokumentasi» baris " + (i + 1) + " (" + row.nama() + "): ";
            if (row.jumlah() == null) {
                problems.add(where + "«Jumlah» wajib diisi");
            }
            if (row.kondisi() == null) {
                problems.add(where + "«Kondisi» wajib diisi");
            }
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
