package id.go.mojokertokab.prokopim.inventory;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An item's fields as a person enters them (add, edit, or accepting a proposal). {@code versi} is
 * the version the edit is based on; {@code kode} is fixed once the item exists.
 */
public record ItemInput(String kode, String nama, String kategori, String merekTipe, String nomorSeri, Integer jumlah,
        String lokasi, Integer versi) {

    /*
     * The kode is the item's address in the API and on the page (/api/inventaris/barang/KAM-001),
     * so it has no '/' or spaces; the office's codes (KAM-001, 02.06.01.001) fit.
     */
    private static final Pattern KODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** The fields checked and trimmed, with the register's lists; a 400 naming every problem otherwise. */
    Fields checked(List<String> kategoriList, List<String> lokasiList, boolean withKode) {
        Checks checks = new Checks();
        String checkedKode = null;
        if (withKode) {
            checkedKode = checks.required(kode, "Kode inventaris", 50);
            if (checkedKode != null && !KODE.matcher(checkedKode).matches()) {
                checks.add("Kode inventaris diawali huruf atau angka dan hanya boleh berisi huruf, angka, titik, tanda hubung dan garis bawah (contoh KAM-001)");
            }
        }
        String checkedNama = checks.required(nama, "Nama barang", 200);
        String checkedKategori = checks.required(kategori, "Kategori", 100);
        if (checkedKategori != null && !kategoriList.contains(checkedKategori)) {
            checks.add("Kategori '" + checkedKategori + "' tidak ada dalam daftar (" + String.join(", ", kategoriList) + ")");
        }
        String checkedMerekTipe = checks.optional(merekTipe, "Merek/tipe", 200);
        String checkedNomorSeri = checks.optional(nomorSeri, "Nomor seri", 100);
        Integer checkedJumlah = checks.count(jumlah, "Jumlah");
        String checkedLokasi = checks.required(lokasi, "Lokasi simpan", 100);
        if (checkedLokasi != null && !lokasiList.contains(checkedLokasi)) {
            checks.add("Lokasi simpan '" + checkedLokasi + "' tidak ada dalam daftar (" + String.join(", ", lokasiList) + ")");
        }
        checks.refuseIfAny();
        return new Fields(checkedKode == null ? null : checkedKode.toUpperCase(Locale.ROOT), checkedNama, checkedKategori,
                checkedMerekTipe, checkedNomorSeri, checkedJumlah, checkedLokasi);
    }

    /** Checked fields; the kode in capitals, so KAM-001 and kam-001 are one item. */
    record Fields(String kode, String nama, String kategori, String merekTipe, String nomorSeri, int jumlah, String lokasi) {
    }
}
