package id.go.mojokertokab.prokopim.sopsheet;

/**
 * Something in a sheet that keeps it from becoming a process, in Indonesian for the person who
 * fixes the sheet: "Baris 12: waktu \"sebentar\" tidak dapat dibaca …". {@code row} is the row in
 * the source, 0 for the sheet as a whole.
 */
public record SheetProblem(int row, String message) {

    @Override
    public String toString() {
        return row > 0 ? "Baris " + row + ": " + message : message;
    }
}
