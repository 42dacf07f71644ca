package id.go.mojokertokab.prokopim.identity;

/** The three pelaksana of the SOP sheets: one BPMN lane and one Camunda group each. */
public enum OfficeRole {

    KABAG("kabag-prokopim", "Kabag Prokopim"),
    SUBKOOR("subkoor-dokpim", "Sub Koordinator Dokpim"),
    STAF("staf-dokpim", "Staf Sub Dokpim");

    private final String groupId;
    private final String laneName;

    OfficeRole(String groupId, String laneName) {
        this.groupId = groupId;
        this.laneName = laneName;
    }

    public String groupId() {
        return groupId;
    }

    public String laneName() {
        return laneName;
    }
}
