package id.go.mojokertokab.prokopim.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * A JSON body that is just {@code null} is a client's mistake: Camunda's resources take it as no
 * request object at all and fail with a NullPointerException (500). Answered 400 instead.
 */
public final class JsonNullBody implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !context.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (new String(body, StandardCharsets.UTF_8).strip().equals("null")) {
            throw new WebApplicationException(EngineErrorAnswers.badJson("isi permintaan harus berupa objek JSON, bukan null."));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
