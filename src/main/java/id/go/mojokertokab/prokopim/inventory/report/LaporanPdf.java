package id.go.mojokertokab.prokopim.inventory.report;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.printing.PdfDocuments;

/** The laporan as a printable A4 PDF, from the template {@code templates/laporan-inventaris.html}. */
@Component
public class LaporanPdf {

    private final PdfDocuments documents;
    private final IndonesianDates dates;

    LaporanPdf(PdfDocuments documents, IndonesianDates dates) {
        this.documents = documents;
        this.dates = dates;
    }

    /** @param dibuatPada when the laporan is made (the date above the signatures) */
    public byte[] of(Laporan laporan, Instant dibuatPada) {
        return documents.render("laporan-inventaris", Map.of(
                "laporan", laporan,
                "diperiksaPada", laporan.diperiksaPada() == null ? "-" : dates.dateTime(laporan.diperiksaPada()),
                "tanggal", dates.date(dibuatPada)));
    }
}
