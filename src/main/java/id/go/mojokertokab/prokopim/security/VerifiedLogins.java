package id.go.mojokertokab.prokopim.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic credentials the engine verified a moment ago, with the user's groups and tenants, so
 * that a client sending the same login with every request does not pay for a password hash and two
 * identity queries each time.
 *
 * <p>An entry is found only by an HMAC of engine, user and password under a key made at random when
 * the process starts: the password itself is never kept, and the map's keys are useless outside
 * this process. Only a correct password is ever remembered. An entry lives {@code lifetime} at most
 * and is forgotten at once, on this node, when the engine commits a change to that user's password,
 * lock, groups or tenants ({@link IdentityChangesPlugin}); another node of a cluster sees such a
 * change in its own cache only when the entry runs out, so the lifetime stays short.
 *
 * <p>A login verified while such a change commits must not be remembered with the state it read
 * before: every change moves {@link #changes} on, and an entry made from a verification that began
 * before the latest change is dropped.
 */
final class VerifiedLogins {

    static final int MAX_ENTRIES = 5_000;
    private static final String HMAC = "HmacSHA256";

    private final Map<String, Login> logins = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;
    private final Duration lifetime;
    private final Clock clock;
    private volatile boolean watched;

    VerifiedLogins(Duration lifetime, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.macs = ThreadLocal.withInitial(this::newMac);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The user's groups and tenants as the engine knew them when it accepted this password, if still fresh. */
    Optional<Login> find(String engine, String userId, String password) {
        if (!enabled()) {
            return Optional.empty();
        }
        Login login = logins.get(fingerprint(engine, userId, password));
        if (login == null || !clock.instant().isBefore(login.expires())) {
            return Optional.empty();
        }
        return Optional.of(login);
    }

    /** Taken before verifying a password, handed to {@link #remember}: a change in between voids the result. */
    long beforeVerifying() {
        return changes.get();
    }

    void remember(long seenBeforeVerifying, String engine, String userId, String password, List<String> groupIds,
            List<String> tenantIds) {
        if (!enabled()) {
            return;
        }
        Instant now = clock.instant();
        if (logins.size() >= MAX_ENTRIES) {
            logins.values().removeIf(login -> !now.isBefore(login.expires()));
            if (logins.size() >= MAX_ENTRIES) {
                return; // full of live logins: verify the rest every time rather than grow
            }
        }
        String fingerprint = fingerprint(engine, userId, password);
        Login login = new Login(userId, List.copyOf(groupIds), List.copyOf(tenantIds), now.plus(lifetime));
        logins.put(fingerprint, login);
        if (changes.get() != seenBeforeVerifying) {
            logins.remove(fingerprint, login);
        }
    }

    /** After a committed change to this user's password, lock, groups or tenants. */
    void forget(String userId) {
        changes.incrementAndGet();
        logins.values().removeIf(login -> login.userId().equals(userId));
    }

    /** After a committed change that may touch many users (a group or tenant deleted). */
    void forgetAll() {
        changes.incrementAndGet();
        logins.clear();
    }

    /** Called once the engine reports identity changes here; until then nothing is remembered. */
    void watchedByEngine() {
        watched = true;
    }

    int size() {
        return logins.size();
    }

    private boolean enabled() {
        return watched && !lifetime.isZero() && !lifetime.isNegative();
    }

    private String fingerprint(String engine, String userId, String password) {
        Mac mac = macs.get();
        for (String part : new String[] {engine, userId, password}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            // the length first, so that ("ab", "c") and ("a", "bc") cannot meet
            mac.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8),
                    (byte) bytes.length});
            mac.update(bytes);
        }
        return Base64.getEncoder().encodeToString(mac.doFinal());
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is part of every Java runtime", e);
        }
    }

    record Login(String userId, List<String> groupIds, List<String> tenantIds, Instant expires) {
    }
}
