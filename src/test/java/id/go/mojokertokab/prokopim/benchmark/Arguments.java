package id.go.mojokertokab.prokopim.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/** A benchmark's command line: {@code name=value} arguments over the defaults, any other name refused. */
final class Arguments {

    private Arguments() {
    }

    static Map<String, String> parse(String[] args, Map<String, String> defaults) {
        Map<String, String> given = new LinkedHashMap<>(defaults);
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2 || !given.containsKey(pair[0])) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; expected name=value with a name of "
                        + given.keySet());
            }
            given.put(pair[0], pair[1]);
        }
        return given;
    }
}
