package id.go.mojokertokab.prokopim.socialmedia;

import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.printing.PdfDocuments;

/**
 * The month's Rekap publikasi as an A4 (landscape) PDF the office can print: the office's heading,
 * the table, the totals; from the template {@code templates/rekap-publikasi.html}.
 */
@Component
class PublicationPdf {

    private final PdfDocuments documents;
    private final OfficeTime officeTime;

    PublicationPdf(PdfDocuments documents, OfficeTime officeTime) {
        this.documents = documents;
        this.officeTime = officeTime;
    }

    byte[] of(PublicationReport.Report report) {
        return documents.render("rekap-publikasi", Map.of("report", report,
                "printed", officeTime.format(ClockUtil.getCurrentTime())));
    }
}
