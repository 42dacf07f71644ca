package id.go.mojokertokab.prokopim.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.go.mojokertokab.prokopim.http.OfficeHttpTest;
import id.go.mojokertokab.prokopim.http.WebappSession;

/**
 * The office's pages in Cockpit call our {@code /api} with the user's webapp login; a change
 * needs the session's CSRF token as well, as in Camunda's own webapp API.
 */
class OfficeApiWebappLoginTest extends OfficeHttpTest {

    private static final String REPORT = "/api/sla/report?process=inventarisasiPeralatanDokumentasi";

    @Test
    void a_cockpit_login_reads_the_api_as_its_user() {
        WebappSession kabag = WebappSession.login(api(), "kabag", "cockpit");

        assertThat(kabag.send(api(), "GET", REPORT, null, null).status()).isEqualTo(200);
    }

    @Test
    void a_session_is_its_own_user_with_that_users_rights() {
        WebappSession staf = WebappSession.login(api(), "staf1", "tasklist");

        // staff may not read the SOP's history (403), which shows the session's user was applied
        assertThat(staf.send(api(), "GET", REPORT, null, null).status()).isEqualTo(403);
    }

    @Test
    void a_change_without_the_sessions_csrf_token_is_refused_and_told_why() {
        WebappSession kabag = WebappSession.login(api(), "kabag", "cockpit");
        kabag.userOn(api()); // the session's token cookie
        String cookie = "SESSION=" + kabag.sessionCookie();

        int withoutToken = kabag.send(api(), "GET", REPORT, null, null).status();
        assertThat(withoutToken).isEqualTo(200);
        // a page of another site can send the cookie but not the header
        var forged = id.go.mojokertokab.prokopim.http.OfficeApi.send(java.net.http.HttpRequest.newBuilder(api().uri("/api/sla/report"))
                .header("Cookie", cookie).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.header("WWW-Authenticate")).isNull();
        assertThat(forged.json().path("message").asText()).startsWith("Permintaan ini tidak membawa token keamanan sesi");
        // with the token the caller is authenticated; the report takes no POST
        assertThat(kabag.send(api(), "POST", "/api/sla/report", "{}", "application/json").status()).isEqualTo(405);
    }

    @Test
    void no_login_means_401() {
        WebappSession visitor = WebappSession.anonymous();
        visitor.send(api(), "GET", "/camunda/app/cockpit/default/", null, null).expect(200);

        assertThat(visitor.send(api(), "GET", REPORT, null, null).status()).isEqualTo(401);
    }

    @Test
    void after_logout_the_session_no_longer_reads_the_api() {
        WebappSession kabag = WebappSession.login(api(), "kabag", "cockpit");
        kabag.userOn(api());
        kabag.send(api(), "POST", "/camunda/api/admin/auth/user/default/logout", null, null).expect(200);

        assertThat(kabag.send(api(), "GET", REPORT, null, null).status()).isEqualTo(401);
    }
}
