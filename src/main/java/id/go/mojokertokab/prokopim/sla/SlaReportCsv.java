package id.go.mojokertokab.prokopim.sla;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The report as a spreadsheet reads it: one row per step, Indonesian column names, RFC 4180 quoting. */
final class SlaReportCsv {

    private static final List<String> HEADER = List.of("sop", "langkah", "kegiatan", "pelaksana", "standar",
            "standar_detik", "jumlah_tugas", "pelanggaran", "kepatuhan_persen", "median_detik", "p90_detik");

    private SlaReportCsv() {
    }

    static String of(SlaReport.Report report) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (SlaReport.StepFigures step : report.steps()) {
            csv.append(Stream.of(report.process(), step.step(), step.activity(), step.role(), step.standard(),
                            step.standardSeconds(), step.tasks(), step.breaches(), step.compliancePercent(),
                            step.medianSeconds(), step.p90Seconds())
                    .map(SlaReportCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
