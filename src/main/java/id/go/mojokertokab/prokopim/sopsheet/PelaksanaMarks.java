package id.go.mojokertokab.prokopim.sopsheet;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a step marked in several pelaksana columns travels in {@link SheetStep#pelaksana()}: the
 * columns' headings joined by " | " (a character a text table cannot hold in a cell), so that
 * {@link SheetCheck} can name them in its problem.
 */
final class PelaksanaMarks {

    static final String SEPARATOR = " | ";

    private PelaksanaMarks() {
    }

    static String join(List<String> headings) {
        return String.join(SEPARATOR, headings);
    }

    static List<String> split(String pelaksana) {
        if (pelaksana == null || pelaksana.isBlank()) {
            return List.of();
        }
        return Arrays.stream(pelaksana.split(Pattern.quote(SEPARATOR))).map(String::strip).toList();
    }
}
