package id.go.mojokertokab.prokopim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A verified login is remembered briefly, by its credentials only, and never past a change. */
class VerifiedLoginsTest {

    private final MovableClock clock = new MovableClock();
    private final VerifiedLogins logins = new VerifiedLogins(Duration.ofSeconds(60), clock);

    @Test
    void a_login_is_found_only_with_the_same_user_password_and_engine_and_only_within_its_lifetime() {
        logins.watchedByEngine();
        logins.remember(logins.beforeVerifying(), "default", "kabag", "rahasia", List.of("kabag-prokopim"), List.of());

        assertThat(logins.find("default", "kabag", "rahasia")).get()
                .satisfies(login -> assertThat(login.groupIds()).containsExactly("kabag-prokopim"));
        assertThat(logins.find("default", "kabag", "rahasia2")).isEmpty();
        assertThat(logins.find("default", "kabag2", "rahasia")).isEmpty();
        assertThat(logins.find("default", "kabagr", "ahasia")).as("the same characters split elsewhere").isEmpty();
        assertThat(logins.find("other", "kabag", "rahasia")).isEmpty();

        clock.pass(Duration.ofSeconds(59));
        assertThat(logins.find("default", "kabag", "rahasia")).isPresent();
        clock.pass(Duration.ofSeconds(1));
        assertThat(logins.find("default", "kabag", "rahasia")).isEmpty();
    }

    @Test
    void a_change_forgets_that_users_logins_and_voids_a_verification_running_meanwhile() {
        logins.watchedByEngine();
        logins.remember(logins.beforeVerifying(), "default", "kabag", "lama", List.of("kabag-prokopim"), List.of());
        logins.remember(logins.beforeVerifying(), "default", "staf1", "staf1", List.of("staf-dokpim"), List.of());

        long verifying = logins.beforeVerifying();
        logins.forget("kabag");
        logins.remember(verifying, "default", "kabag", "lama", List.of("kabag-prokopim"), List.of());

        assertThat(logins.find("default", "kabag", "lama")).as("read before the change committed").isEmpty();
        assertThat(logins.find("default", "staf1", "staf1")).as("another user's login stays").isPresent();

        logins.forgetAll();
        assertThat(logins.size()).isZero();
    }

    @Test
    void nothing_is_remembered_until_the_engine_reports_changes_or_with_a_lifetime_of_zero() {
        logins.remember(logins.beforeVerifying(), "default", "kabag", "rahasia", List.of(), List.of());
        assertThat(logins.find("default", "kabag", "rahasia")).isEmpty();

        VerifiedLogins off = new VerifiedLogins(Duration.ZERO, clock);
        off.watchedByEngine();
        off.remember(off.beforeVerifying(), "default", "kabag", "rahasia", List.of(), List.of());
        assertThat(off.find("default", "kabag", "rahasia")).isEmpty();
    }

    @Test
    void the_number_of_logins_is_bounded() {
        logins.watchedByEngine();
        for (int user = 0; user < VerifiedLogins.MAX_ENTRIES + 10; user++) {
            logins.remember(logins.beforeVerifying(), "default", "user" + user, "pw", List.of(), List.of());
        }
        assertThat(logins.size()).isEqualTo(VerifiedLogins.MAX_ENTRIES);

        clock.pass(Duration.ofSeconds(61));
        logins.remember(logins.beforeVerifying(), "default", "late", "pw", List.of(), List.of());
        assertThat(logins.size()).as("expired logins make room").isEqualTo(1);
    }
}
