package id.go.mojokertokab.prokopim.inventory;

import java.time.Instant;

/** One row of an item's history ({@code inv_riwayat_barang}): what changed, who, when. */
public record HistoryEntry(
        long id,
        String jenis,
        String uraian,
        String oleh,
        String olehNama,
        Instant pada,
        String padaTeks,
        String processInstanceId) {
}
