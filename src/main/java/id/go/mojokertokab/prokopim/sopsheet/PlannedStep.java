package id.go.mojokertokab.prokopim.sopsheet;

/** A checked step: its row, its role, its standard and the decision it makes, if any (else null). */
public record PlannedStep(SheetStep step, Role role, StandardTime standard, Decision decision) {
}
