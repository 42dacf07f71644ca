package id.go.mojokertokab.prokopim.sopsheet;

/** A waypoint of an edge. */
public record Point(int x, int y) {
}
