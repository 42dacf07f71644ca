package id.go.mojokertokab.prokopim.sopsheet;

import java.util.List;

/**
 * One SOP AP sheet as the office writes it, read but not yet checked: the identity header, the
 * pelaksana columns of the step table in the sheet's order, and its rows.
 *
 * @param unit the unit that owns the SOP (the header's last left cell, e.g. "BAGIAN PROTOKOL DAN
 *        KOMUNIKASI PIMPINAN"), the pool's name
 * @param header the identity header
 * @param pelaksana the pelaksana column headings, left to right
 * @param steps the step rows, top to bottom
 */
public record SopSheet(String unit, SheetHeader header, List<String> pelaksana, List<SheetStep> steps) {

    public SopSheet {
        pelaksana = List.copyOf(pelaksana);
        steps = List.copyOf(steps);
    }
}
