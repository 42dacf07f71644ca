package id.go.mojokertokab.prokopim.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * Pre-fills the equipment check (SOP step 3) with the configured equipment, one row each, so
 * staff count and judge every item instead of typing the list. Quantity and condition start
 * empty on purpose: the form requires them, so nobody can confirm a count they did not make.
 */
@Component
public class EquipmentChecklistListener implements TaskListener {

    public static final String VARIABLE = "peralatan";

    private final InventoryProperties inventory;

    EquipmentChecklistListener(InventoryProperties inventory) {
        this.inventory = inventory;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.hasVariable(VARIABLE)) {
            return;
        }
        List<Map<String, Object>> rows = inventory.peralatan().stream().map(EquipmentChecklistListener::row).toList();
        task.setVariable(VARIABLE, Spin.JSON(rows));
    }

    private static Map<String, Object> row(String nama) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("nama", nama);
        row.put("jumlah", null);
        row.put("kondisi", null);
        row.put("bateraiSiap", false);
        row.put("memoriSiap", false);
        row.put("catatan", "");
        return row;
    }
}
