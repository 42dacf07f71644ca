package id.go.mojokertokab.prokopim.inventory.report;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The laporan's rows as a spreadsheet reads them: the checked items, then the equipment found that
 * is not registered (no kode, "terdaftar" tidak). UTF-8 with RFC 4180 quoting; a cell a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe, since
 * names and notes are typed by people.
 */
public final class LaporanCsv {

    static final List<String> HEADER = List.of("no", "kode", "nama", "kategori", "jumlah", "kondisi", "baterai", "memori",
            "siap_dipergunakan", "catatan", "terdaftar");

    private LaporanCsv() {
    }

    public static String of(Laporan laporan) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        int no = 0;
        for (Laporan.Item item : laporan.items()) {
            line(csv, ++no, item.kode(), item.nama(), item.kategori(), item.jumlah(), item.kondisi(), siap(item.baterai()),
                    siap(item.memori()), item.siap() ? "Ya" : "Tidak", item.catatan(), "Ya");
        }
        for (Laporan.Found found : laporan.found()) {
            boolean ready = "Baik".equals(found.kondisi()) && found.baterai() && found.memori();
            line(csv, ++no, "", found.nama(), "", found.jumlah(), found.kondisi(), siap(found.baterai()), siap(found.memori()),
                    ready ? "Ya" : "Tidak", found.catatan(), "Tidak");
        }
        return csv.toString();
    }

    private static String siap(boolean ready) {
        return ready ? "Siap" : "Belum siap";
    }

    private static void line(StringBuilder csv, Object... cells) {
        csv.append(Stream.of(cells).map(LaporanCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
