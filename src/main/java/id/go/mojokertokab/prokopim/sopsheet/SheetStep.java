package id.go.mojokertokab.prokopim.sopsheet;

/**
 * One row of the step table as written. {@code pelaksana} is the heading of the column the row
 * marks ("" when it marks none; the check reports that), {@code row} the row's number in the
 * source (1-based spreadsheet row, or line of a text file) for problems.
 */
public record SheetStep(
        int row,
        String number,
        String kegiatan,
        String pelaksana,
        String kelengkapan,
        String waktu,
        String output,
        String keterangan) {
}
