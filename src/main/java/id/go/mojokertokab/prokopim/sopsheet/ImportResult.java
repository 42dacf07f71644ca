package id.go.mojokertokab.prokopim.sopsheet;

import java.util.List;

/**
 * A sheet file made into processes, or the problems that must be fixed first: when there is any
 * problem, {@code sops} is empty (nothing is produced from a sheet with a mistake in it).
 */
public record ImportResult(List<GeneratedSop> sops, List<SheetProblem> problems) {

    public ImportResult {
        sops = List.copyOf(sops);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
