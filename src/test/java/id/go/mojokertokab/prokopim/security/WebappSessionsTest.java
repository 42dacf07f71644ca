package id.go.mojokertokab.prokopim.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.http.OfficeHttpTest;
import id.go.mojokertokab.prokopim.http.WebappSession;

/** Webapp sessions are stored once someone logs in, and not before. */
class WebappSessionsTest extends OfficeHttpTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymous_page_views_store_no_session() {
        OfficeApi api = new OfficeApi(port);
        long before = storedSessions();

        for (int view = 0; view < 50; view++) {
            for (String page : new String[] {"/camunda/app/welcome/default/", "/camunda/app/tasklist/default/",
                    "/camunda/api/admin/auth/user/default"}) {
                assertThat(api.call(null, "GET", page, null).status()).isLessThan(500);
            }
        }

        assertThat(storedSessions()).isEqualTo(before);
    }

    @Test
    void a_login_is_stored_once_and_valid_on_every_request_after() {
        OfficeApi api = new OfficeApi(port);
        long before = storedSessions();

        WebappSession kabag = WebappSession.login(api, "kabag", "tasklist");

        assertThat(storedSessions()).isEqualTo(before + 1);
        assertThat(kabag.userOn(api)).isEqualTo("kabag");
        assertThat(kabag.engine(api, "GET", "/task/count", null).expect(200).json().path("count").isNumber()).isTrue();
        assertThat(kabag.sessionId()).as("a stored session's id, not an anonymous one").doesNotStartWith("a.");
    }

    @Test
    void the_login_form_needs_nothing_stored_before_the_login() {
        // the anonymous session (the CSRF token the login needs) lives in its cookie; TwoNodeClusterIT
        // shows the login page of one node posting its form to the other
        OfficeApi api = new OfficeApi(port);
        long before = storedSessions();
        WebappSession visitor = WebappSession.anonymous();
        visitor.send(api, "GET", "/camunda/app/tasklist/default/", null, null).expect(200);
        assertThat(visitor.sessionId()).as("an anonymous session, kept in its cookie").startsWith("a.");
        assertThat(storedSessions()).isEqualTo(before);

        visitor.loginWith(api, "subkoor", "tasklist");

        assertThat(visitor.userOn(api)).isEqualTo("subkoor");
        assertThat(storedSessions()).isEqualTo(before + 1);
    }

    private long storedSessions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Long.class);
    }
}
