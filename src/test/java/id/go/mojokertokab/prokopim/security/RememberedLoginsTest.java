package id.go.mojokertokab.prokopim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.mojokertokab.prokopim.http.OfficeApi;
import id.go.mojokertokab.prokopim.http.OfficeHttpTest;
import id.go.mojokertokab.prokopim.identity.OfficeRole;

/**
 * HTTP Basic logins are remembered for a moment ({@link VerifiedLogins}), over real HTTP: each
 * case first logs in so the login is remembered, then changes the user through the REST API or
 * the engine as an administrator would, and the very next request already sees the change.
 */
class RememberedLoginsTest extends OfficeHttpTest {

    private static final String KABAG_GROUP = OfficeRole.KABAG.groupId();

    @Autowired
    VerifiedLogins verified;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void a_changed_password_works_at_once_and_the_old_one_no_longer() {
        String user = kabagLike("lama-sekali-1");
        assertThat(definitionsSeenBy(user, "lama-sekali-1")).isPositive();
        assertThat(verified.find("default", user, "lama-sekali-1")).as("remembered").isPresent();

        api().call("admin", "PUT", "/engine-rest/user/" + user + "/credentials",
                Map.of("password", "baru-sekali-2", "authenticatedUserPassword", "admin")).expect(204);

        assertThat(status(user, "lama-sekali-1")).isEqualTo(401);
        assertThat(definitionsSeenBy(user, "baru-sekali-2")).isPositive();
    }

    @Test
    void a_user_taken_out_of_a_group_loses_its_grants_at_once() {
        String user = kabagLike("rahasia-1");
        assertThat(definitionsSeenBy(user, "rahasia-1")).isPositive();

        api().call("admin", "DELETE", "/engine-rest/group/" + KABAG_GROUP + "/members/" + user, null).expect(204);

        assertThat(definitionsSeenBy(user, "rahasia-1")).isZero();
    }

    @Test
    void a_deleted_user_is_refused_at_once() {
        String user = kabagLike("rahasia-2");
        assertThat(definitionsSeenBy(user, "rahasia-2")).isPositive();

        api().call("admin", "DELETE", "/engine-rest/user/" + user, null).expect(204);

        assertThat(status(user, "rahasia-2")).isEqualTo(401);
    }

    @Test
    void a_user_locked_by_the_engine_is_refused_at_once() {
        String user = kabagLike("rahasia-3");
        assertThat(definitionsSeenBy(user, "rahasia-3")).isPositive();
        int maxAttempts = engineConfiguration.getLoginMaxAttempts();
        try {
            // Camunda's own lock, switched off in application.yaml: on here, one wrong password locks the user
            engineConfiguration.setLoginMaxAttempts(1);
            assertThat(status(user, "salah")).isEqualTo(401);

            assertThat(status(user, "rahasia-3")).as("locked, the right password too").isEqualTo(401);
        } finally {
            engineConfiguration.setLoginMaxAttempts(maxAttempts);
        }
        identityService.unlockUser(user);
        assertThat(status(user, "rahasia-3")).as("unlocked").isEqualTo(200);
    }

    @Test
    void wrong_passwords_always_reach_the_engine_and_never_open_a_remembered_login() {
        String user = kabagLike("rahasia-4");
        assertThat(status(user, "rahasia-4")).isEqualTo(200);
        assertThat(status(null, null)).as("anonymous").isEqualTo(401);

        for (int guess = 1; guess <= LoginThrottle.FREE_FAILURES; guess++) {
            assertThat(status(user, "salah")).isEqualTo(401);
            assertThat(attempts(user)).as("the engine counted wrong password %d", guess).isEqualTo(guess);
        }
        assertThat(status(user, "rahasia-4")).as("the right one still works").isEqualTo(200);
    }

    /** A new member of the Kabag's group, which may read the SOPs' definitions. */
    private String kabagLike(String password) {
        String id = "ingat" + ThreadLocalRandom.current().nextInt(1_000_000);
        User user = identityService.newUser(id);
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(id, KABAG_GROUP);
        return id;
    }

    private long definitionsSeenBy(String user, String password) {
        OfficeApi.Response response = request(user, password, "/engine-rest/process-definition/count");
        response.expect(200);
        return response.json().get("count").asLong();
    }

    private int status(String user, String password) {
        return request(user, password, "/engine-rest/process-definition/count").status();
    }

    private OfficeApi.Response request(String user, String password, String path) {
        var request = java.net.http.HttpRequest.newBuilder(api().uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return OfficeApi.send(request.build());
    }

    private int attempts(String user) {
        return ((UserEntity) identityService.createUserQuery().userId(user).singleResult()).getAttempts();
    }
}
