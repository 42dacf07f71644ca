package id.go.mojokertokab.prokopim.notification;

import java.util.Optional;

import org.camunda.bpm.engine.identity.User;

/**
 * A way of reaching people (e-mail; a chat bot would be one more implementation, a Spring bean
 * like {@link EmailChannel}). The outbox writes one row per recipient and channel that reaches
 * them, and the delivery hands each row to its channel after commit.
 */
public interface NotificationChannel {

    /** Stored with each row, e.g. "email". */
    String id();

    /** The recipient's address on this channel, or empty when it cannot reach them. */
    Optional<String> addressOf(User recipient);

    /**
     * Sends one notification. {@code deliveryId} is stable across retries, so a channel can mark
     * the message (e-mail: its Message-ID) and a resend after a crash is recognisable.
     *
     * @throws DeliveryFailed when it did not go out: permanently (a wrong address) or for now
     */
    void send(long deliveryId, String address, String subject, String body) throws DeliveryFailed;
}
