package id.go.mojokertokab.prokopim.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One running application seen over HTTP, as a REST client or a browser sees it: raw requests
 * (the path is sent exactly as written, matrix parameters and all), HTTP Basic as a demo user
 * (whose password is their id) or no login at all. Shared by the HTTP, race, crash and cluster
 * tests.
 */
public class OfficeApi {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public OfficeApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /**
     * A REST call; {@code user} null is an anonymous caller. A {@code String} body is sent as it
     * is, anything else as JSON.
     */
    public Response call(String user, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body instanceof String raw ? raw : json(body)));
        }
        return send(request.build());
    }

    public JsonNode get(String user, String path) {
        return call(user, "GET", path, null).expect(200).json();
    }

    public static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(request.method() + " " + request.uri(), response.statusCode(), response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Variables as the REST API takes them: {@code {name: {value}}}; JSON lists and objects as type Json. */
    public static Map<String, Object> variables(Map<String, ?> values) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, value instanceof org.camunda.spin.json.SpinJsonNode spin
                ? Map.of("value", spin.toString(), "type", "Json")
                : java.util.Collections.singletonMap("value", value)));
        return Map.of("variables", variables);
    }

    public record Response(String request, int status, String body, Map<String, List<String>> headers) {

        public Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError(request + ": expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError(request + " answered no JSON: " + body, e);
            }
        }

        public List<String> cookies() {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase("set-cookie"))
                    .flatMap(header -> header.getValue().stream())
                    .toList();
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .flatMap(header -> header.getValue().stream()).findFirst().orElse(null);
        }
    }
}
