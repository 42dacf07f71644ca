package id.go.mojokertokab.prokopim.socialmedia;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The month's publications as a spreadsheet reads them: one row each, Indonesian columns, RFC 4180 quoting. */
final class PublicationCsv {

    private static final List<String> HEADER = List.of("perihal", "kegiatan", "pimpinan", "waktu_kegiatan", "lokasi",
            "judul", "kanal", "tautan_instagram", "tautan_youtube", "tautan_facebook", "desainer", "verifikator",
            "jumlah_revisi", "mulai", "terupload", "durasi_menit", "standar_menit", "tepat_waktu", "jumlah_pelanggaran");

    private PublicationCsv() {
    }

    static String of(PublicationReport.Report report) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (PublicationReport.Row row : report.rows()) {
            csv.append(Stream.of(row.caseName(), row.kegiatan(), row.pimpinan(), row.waktuKegiatan(), row.lokasi(),
                            row.judul(), row.channels().stream().map(PublicationReport.Link::label).collect(Collectors.joining(", ")),
                            row.link("instagram"), row.link("youtube"), row.link("facebook"),
                            row.designer() == null ? null : row.designer().name(),
                            row.verifier() == null ? null : row.verifier().name(), row.revisions(), row.startedText(),
                            row.uploadedText(), row.durationMinutes(), row.standardMinutes(), row.onTime() ? "ya" : "tidak",
                            row.breaches())
                    .map(PublicationCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // a cell starting like a formula is read as text, not run, by a spreadsheet
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
