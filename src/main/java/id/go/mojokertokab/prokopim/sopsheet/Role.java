package id.go.mojokertokab.prokopim.sopsheet;

/**
 * A pelaksana as the engine knows it: its lane's name (as the sheet writes it) and its Camunda
 * group; the office's three roles keep their existing groups (see identity.OfficeRole).
 */
public record Role(String laneName, String groupId) {
}
