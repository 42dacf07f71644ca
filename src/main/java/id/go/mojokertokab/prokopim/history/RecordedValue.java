package id.go.mojokertokab.prokopim.history;

/** One field a step recorded: the variable, the label its form gives it, the value as shown. */
record RecordedValue(String field, String label, Shown value) {
}
