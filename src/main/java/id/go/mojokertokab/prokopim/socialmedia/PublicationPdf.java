package id.go.mojokertokab.prokopim.socialmedia;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * The month's Rekap publikasi as an A4 (landscape) PDF the office can print: the office's heading,
 * the table, the totals. Made from the XHTML template templates/rekap-publikasi.html (Thymeleaf
 * escapes every value) by openhtmltopdf, so the text is real, searchable text.
 */
@Component
class PublicationPdf {

    private final TemplateEngine templates;
    private final OfficeTime officeTime;

    PublicationPdf(OfficeTime officeTime) {
        this.officeTime = officeTime;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        this.templates = new TemplateEngine();
        this.templates.setTemplateResolver(resolver);
    }

    byte[] of(PublicationReport.Report report) {
        String html = templates.process("rekap-publikasi", new Context(null, Map.of("report", report,
                "printed", officeTime.format(new Date(ClockUtil.getCurrentTime().getTime())))));
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Rekap publikasi PDF could not be made", e);
        }
    }
}
