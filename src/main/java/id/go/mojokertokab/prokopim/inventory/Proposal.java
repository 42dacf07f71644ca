package id.go.mojokertokab.prokopim.inventory;

import java.time.Instant;

/**
 * Equipment staff found in an inventory that is not in the register ({@code inv_usulan}), and
 * the Sub Koordinator's decision on it.
 */
public record Proposal(
        long id,
        String processInstanceId,
        String periode,
        String nama,
        int jumlah,
        String kondisi,
        boolean bateraiSiap,
        boolean memoriSiap,
        String catatan,
        String diusulkanOleh,
        String diusulkanOlehNama,
        Instant diusulkanPada,
        String diusulkanPadaTeks,
        String status,
        String kodeBarang,
        String diputuskanOleh,
        String diputuskanOlehNama,
        Instant diputuskanPada,
        String diputuskanPadaTeks,
        String alasanDitolak) {

    public static final String MENUNGGU = "MENUNGGU";
    public static final String DITERIMA = "DITERIMA";
    public static final String DITOLAK = "DITOLAK";
}
