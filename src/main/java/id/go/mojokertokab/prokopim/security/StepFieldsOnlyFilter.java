package id.go.mojokertokab.prokopim.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A SOP step may set only the fields of its own form. Camunda lets whoever completes a task set
 * any process variable, so without this a staff member completing step 3 over the REST API could
 * also rewrite the Kabag's disposisi. Completions through the REST API and through Tasklist's API
 * naming a variable that is not a field of the task's Camunda Form get 400 and change nothing.
 * Tasklist itself sends only the form's fields.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StepFieldsOnlyFilter extends OncePerRequestFilter {

    private static final Pattern COMPLETION =
            Pattern.compile("^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form)$");
    private static final Set<String> INPUT_TYPES = Set.of(
            "textfield", "textarea", "number", "datetime", "checkbox", "checklist", "radio", "select", "taglist",
            "dynamiclist");

    private final FormService formService;
    private final IdentityService identityService;
    private final ObjectMapper json = new ObjectMapper();

    StepFieldsOnlyFilter(FormService formService, IdentityService identityService) {
        this.formService = formService;
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !COMPLETION.matcher(pathOf(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher completion = COMPLETION.matcher(pathOf(request));
        completion.matches();
        byte[] body = request.getInputStream().readAllBytes();
        Set<String> fields = formFieldsOf(completion.group(1));
        Set<String> foreign = new TreeSet<>(variableNames(body));
        if (fields != null) {
            foreign.removeAll(fields);
        }
        if (fields == null || foreign.isEmpty()) {
            chain.doFilter(new ReplayedBody(request, body), response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), Map.of("type", "InvalidRequestException", "message",
                "Langkah ini hanya boleh mengisi kolom formulirnya sendiri; ditolak: " + String.join(", ", foreign)));
    }

    /** The input fields of the task's Camunda Form, or null when there is none to compare with. */
    private Set<String> formFieldsOf(String taskId) throws IOException {
        // read as the engine, not the caller: the task's own form is no secret, and a caller who
        // may not work the task is refused by the engine afterwards anyway
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
            Set<String> fields = new HashSet<>();
            collectFields(json.readTree(form).path("components"), fields);
            return fields;
        } catch (RuntimeException noSuchTaskOrForm) {
            // (Camunda 7.24 even throws a NullPointerException for a task that no longer exists)
            return null;
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    private static void collectFields(JsonNode components, Set<String> fields) {
        for (JsonNode component : components) {
            boolean input = INPUT_TYPES.contains(component.path("type").asText())
                    && !component.path("disabled").asBoolean() && !component.path("readonly").asBoolean();
            if (input) {
                fields.add(component.has("path") ? component.path("path").asText() : component.path("key").asText());
            } else {
                collectFields(component.path("components"), fields);
            }
        }
    }

    private Set<String> variableNames(byte[] body) {
        Set<String> names = new HashSet<>();
        try {
            Iterator<String> variables = json.readTree(body).path("variables").fieldNames();
            variables.forEachRemaining(names::add);
        } catch (IOException malformed) {
            // left to Camunda, which answers malformed JSON itself
        }
        return names;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The request with its body, already read here, readable again by Camunda. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
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
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
