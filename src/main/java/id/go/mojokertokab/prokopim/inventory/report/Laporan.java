package id.go.mojokertokab.prokopim.inventory.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one inventory found, as the laporan shows it: the checked items of the register, what
 * changed since each item's previous inspection, equipment found that is not registered (the
 * proposals), the staff's report text, and who checked when.
 *
 * @param pelaksana full name of the staff member who did step 3
 * @param diperiksaPada when step 3 was completed
 */
public record Laporan(String processInstanceId, String periode, List<Item> items, List<Change> changes,
        List<Found> found, String catatan, String pelaksana, Instant diperiksaPada) {

    /** The kondisi the form offers, in the order the totals list them. */
    public static final List<String> KONDISI = List.of("Baik", "Rusak ringan", "Rusak berat", "Hilang");

    public Laporan {
        items = List.copyOf(items);
        changes = List.copyOf(changes);
        found = List.copyOf(found);
    }

    /** A registered item as checked. */
    public record Item(String kode, String nama, String kategori, int jumlah, String kondisi, boolean baterai,
            boolean memori, String catatan) {
        /** Ready to use: kondisi Baik, battery and memory ready. */
        public boolean siap() {
            return "Baik".equals(kondisi) && baterai && memori;
        }
    }

    /** A change against an item's previous inspection, or a register item this inventory did not confirm. */
    public record Change(String kode, String nama, String uraian) {
    }

    /** Equipment found that is not in the register: a proposal to the Sub Koordinator. */
    public record Found(String nama, int jumlah, String kondisi, boolean baterai, boolean memori, String catatan) {
    }

    public int totalUnits() {
        return items.stream().mapToInt(Item::jumlah).sum();
    }

    public long readyItems() {
        return items.stream().filter(Item::siap).count();
    }

    /** Items per kondisi, every kondisi listed (zero included). */
    public Map<String, Long> perKondisi() {
        Map<String, Long> counts = new LinkedHashMap<>();
        KONDISI.forEach(kondisi -> counts.put(kondisi, 0L));
        items.forEach(item -> counts.merge(item.kondisi(), 1L, Long::sum));
        return counts;
    }
}
