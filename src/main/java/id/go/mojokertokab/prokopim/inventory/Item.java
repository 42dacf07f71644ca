package id.go.mojokertokab.prokopim.inventory;

import java.time.Instant;

/**
 * An item of the Buku inventarisasi as the API shows it: the columns of {@code inv_barang} in
 * camelCase, people also by full name, and times both as instants and as the office writes them
 * ("02-12-2026 09:30 WIB"), so pages render them without computing.
 */
public record Item(
        long id,
        String kode,
        String nama,
        String kategori,
        String merekTipe,
        String nomorSeri,
        int jumlah,
        String lokasi,
        String status,
        String alasanDihapus,
        Instant dihapusPada,
        String dihapusPadaTeks,
        String kondisiTerakhir,
        Boolean siapTerakhir,
        Instant diperiksaPada,
        String diperiksaPadaTeks,
        String diperiksaOleh,
        String diperiksaOlehNama,
        int versi,
        String dibuatOleh,
        String dibuatOlehNama,
        Instant dibuatPada,
        String diubahOleh,
        String diubahOlehNama,
        Instant diubahPada,
        String diubahPadaTeks) {

    public static final String AKTIF = "AKTIF";
    public static final String DIHAPUS = "DIHAPUS";

    public boolean aktif() {
        return AKTIF.equals(status);
    }
}
