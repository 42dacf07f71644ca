package id.go.mojokertokab.prokopim.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The office's printable documents (laporan inventarisasi, rekap publikasi): a Thymeleaf template
 * under {@code templates/} (well-formed XHTML, as the renderer reads it; Thymeleaf escapes every
 * value) rendered to PDF by openhtmltopdf. The text is real text, so a PDF can be searched and copied.
 */
@Component
public class PdfDocuments {

    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private final TemplateEngine templates = new TemplateEngine();

    public PdfDocuments() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
    }

    /** The template {@code templates/<template>.html} filled with {@code variables}, as PDF. */
    public byte[] render(String template, Map<String, Object> variables) {
        // a record kept before inputs were checked for them may hold characters XML cannot: left out of the print
        String html = NOT_XML.matcher(templates.process(template, new Context(null, variables))).replaceAll("");
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF of template " + template + " could not be made", e);
        }
    }
}
