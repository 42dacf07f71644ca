package id.go.mojokertokab.prokopim.inventory.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The laporan as a printable A4 PDF: the Thymeleaf template {@code templates/laporan-inventaris.html}
 * (well-formed XHTML, as the PDF renderer reads it) rendered by openhtmltopdf. The text is real
 * text, so the PDF can be searched and copied.
 */
@Component
public class LaporanPdf {

    private final TemplateEngine templates = new TemplateEngine();
    private final IndonesianDates dates;

    LaporanPdf(IndonesianDates dates) {
        this.dates = dates;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
    }

    /** @param dibuatPada when the laporan is made (the date above the signatures) */
    public byte[] of(Laporan laporan, Instant dibuatPada) {
        Context context = new Context();
        context.setVariable("laporan", laporan);
        context.setVariable("diperiksaPada", laporan.diperiksaPada() == null ? "-" : dates.dateTime(laporan.diperiksaPada()));
        context.setVariable("tanggal", dates.date(dibuatPada));
        String html = templates.process("laporan-inventaris", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
