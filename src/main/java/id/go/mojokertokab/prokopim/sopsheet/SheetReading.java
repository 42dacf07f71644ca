package id.go.mojokertokab.prokopim.sopsheet;

import java.util.List;

/**
 * What a reader found in one file: its sheets (a file may hold several, some without a step table)
 * and the problems that kept it from reading the layout.
 */
public record SheetReading(List<SopSheet> sheets, List<SheetProblem> problems) {

    public SheetReading {
        sheets = List.copyOf(sheets);
        problems = List.copyOf(problems);
    }
}
