package id.go.mojokertokab.prokopim.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Refuses a request body larger than {@code prokopim.http.max-request-body} (2 MB by default:
 * a step's form with 20,000-character texts, or a deployment, is far smaller) with 413, in
 * Camunda's error shape, before anything reads it. A body of unknown length is read up to the
 * limit and no further. Applies to every request: it is a limit of the server, not a rule of an
 * endpoint.
 */
@Configuration
class RequestBodyLimit {

    @Bean
    FilterRegistrationBean<Filter> requestBodyLimitFilter(@Value("${prokopim.http.max-request-body:2MB}") DataSize limit) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Limit(limit.toBytes()));
        registration.setName("request-body-limit");
        registration.addUrlPatterns("/*");
        // after the REST authentication (order 0): an anonymous caller is refused before its body is read
        registration.setOrder(1);
        return registration;
    }

    static final class Limit implements Filter {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final long maxBytes;

        Limit(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) servletRequest;
            long declared = request.getContentLengthLong();
            if (declared > maxBytes) {
                tooLarge((HttpServletResponse) servletResponse);
                return;
            }
            boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
            if (!chunked) {
                chain.doFilter(request, servletResponse);
                return;
            }
            byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
            if (body.length > maxBytes) {
                tooLarge((HttpServletResponse) servletResponse);
                return;
            }
            chain.doFilter(new ReadBody(request, body), servletResponse);
        }

        private void tooLarge(HttpServletResponse response) throws IOException {
            response.setStatus(413);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Connection", "close");
            JSON.writeValue(response.getWriter(), Map.of("type", "RequestTooLarge", "code", 0, "message",
                    "Permintaan terlalu besar: paling banyak " + DataSize.ofBytes(maxBytes).toKilobytes()
                            + " KB. Teks panjang diterima sampai 20.000 karakter per kolom."));
        }

        private static byte[] readAtMost(InputStream in, long max) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while (out.size() < max && (read = in.read(buffer, 0, (int) Math.min(buffer.length, max - out.size()))) != -1) {
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    /** The request with its body, already read here, readable again downstream. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return bytes.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("synchronous reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
