package id.go.mojokertokab.prokopim.sopsheet;

import java.util.List;

/**
 * A sheet that passed every check, ready to be written as BPMN and forms.
 *
 * @param processKey the process definition key, from the SOP's name (e.g.
 *        "inventarisasiPeralatanDokumentasi")
 * @param roles one per lane, in the sheet's order; only pelaksana that do at least one step
 */
public record SopPlan(SopSheet sheet, String processKey, List<Role> roles, List<PlannedStep> steps) {

    public SopPlan {
        roles = List.copyOf(roles);
        steps = List.copyOf(steps);
    }
}
