package id.go.mojokertokab.prokopim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Guessing passwords slows the guessing client down, and never locks anyone out for good. */
class LoginThrottleTest {

    private static final Map<String, String> PASSWORDS = Map.of("admin", "rahasia-panjang", "kabag", "kabag-benar");

    private final MovableClock clock = new MovableClock();
    private final List<String> checked = new ArrayList<>();
    private String client = "10.0.0.66";
    private LoginThrottle throttle;

    @BeforeEach
    void aThrottleInFrontOfTheEngine() {
        throttle = new LoginThrottle(() -> client, clock);
        throttle.setNext(new CommandInterceptor() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T execute(Command<T> command) {
                String userId = CommandFields.read(command, "userId");
                String password = CommandFields.read(command, "password");
                checked.add(userId);
                return (T) Boolean.valueOf(password.equals(PASSWORDS.get(userId)));
            }
        });
    }

    @Test
    void three_wrong_passwords_cost_nothing_the_fourth_makes_that_client_wait() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(login("admin", "salah")).isFalse();
        }
        assertThat(login("admin", "rahasia-panjang")).as("still free to try").isTrue();

        for (int attempt = 1; attempt <= 4; attempt++) {
            login("admin", "salah");
        }
        int checks = checked.size();
        assertThat(login("admin", "rahasia-panjang")).as("waiting: not even the right password").isFalse();
        assertThat(checked).as("refused without asking the engine").hasSize(checks);
    }

    @Test
    void the_wait_doubles_up_to_a_minute_and_then_ends() {
        assertThat(LoginThrottle.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delay(6)).isEqualTo(Duration.ofSeconds(32));
        assertThat(LoginThrottle.delay(40)).isEqualTo(LoginThrottle.MAX_DELAY);

        for (int attempt = 1; attempt <= 30; attempt++) {
            login("admin", "salah");
            clock.pass(Duration.ofSeconds(61));
        }
        assertThat(login("admin", "rahasia-panjang")).as("after the longest wait the account opens").isTrue();
    }

    @Test
    void an_attacker_elsewhere_cannot_lock_the_real_user_out() {
        client = "203.0.113.9";
        for (int attempt = 1; attempt <= 50; attempt++) {
            login("admin", "salah");
        }

        client = "10.0.0.5"; // the administrator at the office
        assertThat(login("admin", "rahasia-panjang")).isTrue();
    }

    @Test
    void a_client_trying_many_users_waits_too() {
        for (int user = 1; user <= LoginThrottle.FREE_FAILURES_PER_CLIENT + 1; user++) {
            login("pengguna" + user, "salah");
        }

        assertThat(login("kabag", "kabag-benar")).as("this client tried too many accounts").isFalse();
        clock.pass(Duration.ofSeconds(2));
        assertThat(login("kabag", "kabag-benar")).isTrue();
    }

    @Test
    void mistakes_are_forgotten_after_a_quiet_quarter_of_an_hour() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("kabag", "salah");
        }
        clock.pass(LoginThrottle.FORGET_AFTER.plusSeconds(1));

        assertThat(login("kabag", "salah")).isFalse();
        assertThat(login("kabag", "kabag-benar")).as("one fresh mistake costs nothing").isTrue();
    }

    private boolean login(String userId, String password) {
        return throttle.execute(new CheckPassword(userId, password));
    }
}
