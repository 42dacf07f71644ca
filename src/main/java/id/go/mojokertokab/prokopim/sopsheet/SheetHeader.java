package id.go.mojokertokab.prokopim.sopsheet;

import java.util.List;

/**
 * The identity part of a SOP AP sheet (Permenpan RB 35/2012 format), each field as written;
 * an empty field is "" and an empty list is empty, never null.
 */
public record SheetHeader(
        String nomor,
        String nama,
        String tanggalPembuatan,
        String tanggalRevisi,
        String tanggalEfektif,
        String disahkanOleh,
        List<String> dasarHukum,
        List<String> kualifikasiPelaksana,
        List<String> keterkaitan,
        List<String> peralatan,
        String peringatan,
        String pencatatan) {

    public SheetHeader {
        dasarHukum = List.copyOf(dasarHukum);
        kualifikasiPelaksana = List.copyOf(kualifikasiPelaksana);
        keterkaitan = List.copyOf(keterkaitan);
        peralatan = List.copyOf(peralatan);
    }
}
