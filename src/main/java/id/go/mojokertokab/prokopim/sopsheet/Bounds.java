package id.go.mojokertokab.prokopim.sopsheet;

/** A rectangle of the diagram, in Modeler's pixels (y grows downwards). */
public record Bounds(int x, int y, int width, int height) {

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public int centerX() {
        return x + width / 2;
    }

    public int centerY() {
        return y + height / 2;
    }

    /** True when the two share more than an edge. */
    public boolean overlaps(Bounds other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    public boolean contains(Bounds inner) {
        return inner.x >= x && inner.y >= y && inner.right() <= right() && inner.bottom() <= bottom();
    }

    /** True when the point lies on this rectangle's outline. */
    public boolean hasOnBorder(Point point) {
        boolean withinX = point.x() >= x && point.x() <= right();
        boolean withinY = point.y() >= y && point.y() <= bottom();
        return (withinY && (point.x() == x || point.x() == right())) || (withinX && (point.y() == y || point.y() == bottom()));
    }
}
