package id.go.mojokertokab.prokopim.sopsheet;

import java.util.Locale;
import java.util.Optional;

/**
 * The headings a SOP AP sheet uses, recognised however they are spaced, cased or punctuated
 * ("Nama SOP", "NAMA SOP :", "OUT PUT", "OUTPUT", "KET.", "KETERANGAN"). Shared by both readers.
 */
enum SheetLabels {

    NOMOR("nomor sop", "no sop", "nomor"),
    TANGGAL_PEMBUATAN("tgl pembuatan", "tanggal pembuatan"),
    TANGGAL_REVISI("tgl revisi", "tanggal revisi"),
    TANGGAL_EFEKTIF("tgl efektif", "tanggal efektif"),
    DISAHKAN_OLEH("disahkan oleh"),
    NAMA("nama sop"),

    DASAR_HUKUM("dasar hukum"),
    KUALIFIKASI("kualifikasi pelaksana", "kualifikasi"),
    KETERKAITAN("keterkaitan"),
    PERALATAN("peralatan/perlengkapan", "peralatan", "perlengkapan", "peralatan dan perlengkapan"),
    PERINGATAN("peringatan"),
    PENCATATAN("pencatatan dan pendataan", "pencatatan", "pencatatan/pendataan"),

    STEP_NUMBER("no", "no.", "nomor", "no urut"),
    KEGIATAN("kegiatan", "uraian kegiatan"),
    PELAKSANA("pelaksana"),
    MUTU_BAKU("mutu baku"),
    KELENGKAPAN("kelengkapan", "persyaratan/kelengkapan", "persyaratan"),
    WAKTU("waktu"),
    OUTPUT("output", "out put", "keluaran"),
    KETERANGAN("ket", "ket.", "keterangan");

    private final String[] spellings;

    SheetLabels(String... spellings) {
        this.spellings = spellings;
    }

    static boolean isIdentity(SheetLabels label) {
        return label.ordinal() <= NAMA.ordinal();
    }

    static boolean isInfo(SheetLabels label) {
        return label.ordinal() >= DASAR_HUKUM.ordinal() && label.ordinal() <= PENCATATAN.ordinal();
    }

    /** Which identity or info heading the cell holds, if any. */
    static Optional<SheetLabels> headerLabel(String cell) {
        String key = key(cell);
        for (SheetLabels label : values()) {
            if ((isIdentity(label) || isInfo(label)) && label.spelledAs(key)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    /** Whether the cell holds this heading. */
    boolean matches(String cell) {
        return spelledAs(key(cell));
    }

    private boolean spelledAs(String key) {
        for (String spelling : spellings) {
            if (spelling.equals(key) || spelling.replace(".", "").equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** A cell's text compared without case, surrounding punctuation or repeated spaces. */
    static String key(String cell) {
        if (cell == null) {
            return "";
        }
        return cell.toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ')
                .replaceAll("\\s*/\\s*", "/")
                .replaceAll("\\s+", " ")
                .replaceAll("^[\\s*:]+|[\\s*:]+$", "")
                .strip();
    }
}
