package id.go.mojokertokab.prokopim.http;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import id.go.mojokertokab.prokopim.http.OfficeApi.Response;

/**
 * A browser's view of the Camunda webapps: its cookies (the session, the CSRF token) and the
 * {@code X-XSRF-TOKEN} header the webapps send with every change. The same cookies can be sent to
 * any node, as a load balancer without sticky sessions would.
 */
public final class WebappSession {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Logs in as the login page does: fetch a CSRF token, then post the credentials with it. */
    public static WebappSession login(OfficeApi node, String user, String app) {
        WebappSession session = anonymous();
        session.send(node, "GET", "/camunda/app/" + app + "/default/", null, null).expect(200);
        session.loginWith(node, user, app);
        return session;
    }

    /** A browser that has not logged in. */
    public static WebappSession anonymous() {
        return new WebappSession();
    }

    /** Posts the login form with the cookies this browser has (the password of a demo user is their id). */
    public void loginWith(OfficeApi node, String user, String app) {
        String form = "username=" + encode(user) + "&password=" + encode(user);
        send(node, "POST", "/camunda/api/admin/auth/user/default/login/" + app, form,
                "application/x-www-form-urlencoded").expect(200);
        // the login starts a new session, which hands out a new token on its first read, as Tasklist's next page does
        cookies.remove("XSRF-TOKEN");
    }

    /** The user this session is logged in as on that node (Camunda's own "who am I"). */
    public String userOn(OfficeApi node) {
        return send(node, "GET", "/camunda/api/admin/auth/user/default", null, null).expect(200).json().path("userId").asText();
    }

    /** A change through the webapps' engine API, as Tasklist makes it. */
    public Response post(OfficeApi node, String enginePath, Object jsonBody) {
        return engine(node, "POST", enginePath, jsonBody);
    }

    /** Any call of the webapps' engine API ({@code /camunda/api/engine/engine/default…}), with the CSRF token. */
    public Response engine(OfficeApi node, String method, String enginePath, Object jsonBody) {
        if (!cookies.containsKey("XSRF-TOKEN")) {
            userOn(node); // any read hands out a CSRF token for the session
        }
        return send(node, method, "/camunda/api/engine/engine/default" + enginePath,
                jsonBody == null ? null : jsonBody instanceof String raw ? raw : OfficeApi.json(jsonBody), "application/json");
    }

    public String sessionCookie() {
        return cookies.get("SESSION");
    }

    /** The session id the cookie carries (Spring Session writes it in Base64). */
    public String sessionId() {
        String cookie = sessionCookie();
        return cookie == null ? null : new String(java.util.Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    public Response send(OfficeApi node, String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
        }
        if (cookies.containsKey("XSRF-TOKEN")) {
            request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        Response response = OfficeApi.send(request.build());
        for (String setCookie : response.cookies()) {
            String[] nameValue = setCookie.split(";", 2)[0].split("=", 2);
            cookies.put(nameValue[0].trim(), nameValue.length > 1 ? nameValue[1] : "");
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
