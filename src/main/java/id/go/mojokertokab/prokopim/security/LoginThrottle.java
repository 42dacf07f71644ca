package id.go.mojokertokab.prokopim.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down guessing passwords without letting anyone lock the office out. Every login (the
 * webapps' login page, HTTP Basic on the REST API, the Java API) checks a password through
 * Camunda's {@link CheckPassword} command, so this interceptor sees them all.
 *
 * <p>Camunda's own throttling counts wrong passwords per user, in the database, and locks the
 * user for good after ten: an anonymous caller can lock out anyone, the administrator included.
 * Here the count belongs to the pair (user, client): after {@value #FREE_FAILURES} wrong passwords
 * that client waits, 1 s, 2 s, 4 s … up to {@link #MAX_DELAY}, before it may try that user again,
 * and a client that tries many users waits the same way; the real user on another computer logs in
 * as usual. Nothing is locked for good, and everything is forgotten after {@link #FORGET_AFTER} of
 * quiet or a restart. Camunda's per-user lock is switched off (application.yaml).
 */
final class LoginThrottle extends CommandInterceptor {

    static final int FREE_FAILURES = 3;
    static final int FREE_FAILURES_PER_CLIENT = 20;
    static final Duration MAX_DELAY = Duration.ofSeconds(60);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_ENTRIES = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Supplier<String> client;
    private final Clock clock;

    LoginThrottle(Supplier<String> client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Counting per address of the HTTP client whose request runs on this thread (behind the proxy: the forwarded one). */
    static LoginThrottle perHttpClient() {
        return new LoginThrottle(LoginThrottle::httpClient, Clock.systemUTC());
    }

    private static String httpClient() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request instanceof ServletRequestAttributes servlet ? servlet.getRequest().getRemoteAddr() : "-";
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(Command<T> command) {
        if (!(command instanceof CheckPassword)) {
            return next.execute(command);
        }
        String userId = CommandFields.read(command, "userId");
        String from = client.get();
        String pair = pair(userId, from);
        String anyUser = anyUser(from);
        Instant now = clock.instant();
        if (isWaiting(pair, now) || isWaiting(anyUser, now)) {
            LOG.info("Login of '{}' from {} refused without checking the password: too many wrong passwords, wait", userId, from);
            return (T) Boolean.FALSE;
        }
        T accepted = next.execute(command);
        if (Boolean.TRUE.equals(accepted)) {
            failures.remove(pair);
        } else {
            failed(pair, FREE_FAILURES, now);
            failed(anyUser, FREE_FAILURES_PER_CLIENT, now);
        }
        return accepted;
    }

    /**
     * Whether the current client must wait before it may try this user's password again: a login
     * that skips the password check ({@link CachingBasicAuthentication}) must not skip the wait, or
     * a guesser would learn the right password from a remembered login while it should be waiting.
     */
    boolean waits(String userId) {
        String from = client.get();
        Instant now = clock.instant();
        return isWaiting(pair(userId, from), now) || isWaiting(anyUser(from), now);
    }

    private static String pair(String userId, String from) {
        return "user:" + userId + "|" + from;
    }

    private static String anyUser(String from) {
        return "client:" + from;
    }

    private boolean isWaiting(String key, Instant now) {
        Failures known = failures.get(key);
        return known != null && now.isBefore(known.waitUntil());
    }

    private void failed(String key, int free, Instant now) {
        if (failures.size() >= MAX_ENTRIES) {
            forgetQuiet(now);
        }
        failures.compute(key, (k, known) -> {
            int count = known == null || now.isAfter(known.last().plus(FORGET_AFTER)) ? 1 : known.count() + 1;
            Instant waitUntil = count <= free ? now : now.plus(delay(count - free));
            return new Failures(count, now, waitUntil);
        });
    }

    static Duration delay(int beyondFree) {
        long seconds = 1L << Math.min(beyondFree - 1, 6);
        return Duration.ofSeconds(Math.min(seconds, MAX_DELAY.toSeconds()));
    }

    private void forgetQuiet(Instant now) {
        for (Iterator<Failures> known = failures.values().iterator(); known.hasNext();) {
            if (now.isAfter(known.next().last().plus(FORGET_AFTER))) {
                known.remove();
            }
        }
        if (failures.size() >= MAX_ENTRIES) {
            failures.clear(); // under a flood of distinct clients, forgetting beats running out of memory
        }
    }

    private record Failures(int count, Instant last, Instant waitUntil) {
    }
}
