package id.go.mojokertokab.prokopim.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Checks the equipment list when step 3 is completed, for callers that bypass the Tasklist form
 * (the REST API): every row needs a name, a whole non-negative quantity and one of the SOP's
 * conditions. All problems are reported at once, in Indonesian, and the task stays open.
 */
@Component
public class EquipmentCheckValidator implements TaskListener {

    public static final Set<String> KONDISI = Set.of("Baik", "Rusak ringan", "Rusak berat", "Hilang");

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getVariable(EquipmentChecklistListener.VARIABLE);
        if (!(value instanceof SpinJsonNode list) || !list.isArray() || list.elements().isEmpty()) {
            throw invalid("Daftar peralatan wajib diisi (minimal satu peralatan).");
        }
        List<String> problems = new ArrayList<>();
        int rowNumber = 0;
        for (SpinJsonNode row : list.elements()) {
            rowNumber++;
            problems.addAll(problemsOf(rowNumber, row));
        }
        if (!problems.isEmpty()) {
            throw invalid("Daftar peralatan belum benar: " + String.join("; ", problems) + ".");
        }
    }

    private static List<String> problemsOf(int rowNumber, SpinJsonNode row) {
        List<String> problems = new ArrayList<>();
        String label = "baris " + rowNumber;
        if (!row.isObject()) {
            return List.of(label + " bukan data peralatan");
        }
        if (!row.hasProp("nama") || !row.prop("nama").isString() || row.prop("nama").stringValue().isBlank()) {
            problems.add(label + ": nama peralatan wajib diisi");
        } else {
            label += " (" + row.prop("nama").stringValue() + ")";
        }
        if (!row.hasProp("jumlah") || !isWholeNonNegative(row.prop("jumlah"))) {
            problems.add(label + ": jumlah harus bilangan bulat 0 atau lebih");
        }
        if (!row.hasProp("kondisi") || !row.prop("kondisi").isString()
                || !KONDISI.contains(row.prop("kondisi").stringValue())) {
            problems.add(label + ": kondisi harus salah satu dari Baik, Rusak ringan, Rusak berat, Hilang");
        }
        return problems;
    }

    private static boolean isWholeNonNegative(SpinJsonNode jumlah) {
        if (!jumlah.isNumber()) {
            return false;
        }
        double number = jumlah.numberValue().doubleValue();
        return number >= 0 && number == Math.rint(number);
    }

    private static FormFieldValidationException invalid(String message) {
        return new FormFieldValidationException(EquipmentChecklistListener.VARIABLE, message);
    }
}
