package id.go.mojokertokab.prokopim.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes notifications into the outbox ({@code notif_keluar}) in the caller's transaction: inside
 * an engine listener that is the engine's own (same DataSource, Spring's transaction manager), so
 * the row exists exactly when the task or breach that caused it does. Delivery is woken after
 * commit; a rollback leaves nothing to deliver.
 *
 * <p>One row per recipient and channel that reaches them. A recipient no channel reaches (no
 * mail server, as in the demo, or no e-mail address) gets one row on the "page" channel, kept
 * with status DISIMPAN when it is due, so Admin and Welcome show what would have been sent and to
 * whom it could not be; an administrator sends it once the person can be reached.
 */
@Component
public class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final JdbcClient jdbc;
    private final People people;
    private final Channels channels;
    private final ReminderPreferences preferences;
    private final OutboxDelivery delivery;

    Outbox(JdbcClient jdbc, People people, Channels channels, ReminderPreferences preferences,
            OutboxDelivery delivery) {
        this.jdbc = jdbc;
        this.people = people;
        this.channels = channels;
        this.preferences = preferences;
        this.delivery = delivery;
    }

    /** @return how many rows were written */
    public int write(Notice notice, Collection<String> recipientIds) {
        int written = 0;
        for (String userId : new LinkedHashSet<>(recipientIds)) {
            Optional<User> recipient = people.user(userId);
            if (recipient.isEmpty()) {
                LOG.warn("Notification {} not written for unknown user {}", notice.key(), userId);
                continue;
            }
            if (notice.kind().personal() && !preferences.wantsReminders(userId)) {
                continue;
            }
            written += writeFor(notice, recipient.get());
        }
        if (written > 0) {
            wakeDeliveryAfterCommit();
        }
        return written;
    }

    private int writeFor(Notice notice, User recipient) {
        int written = 0;
        for (NotificationChannel channel : channels.all()) {
            Optional<String> address = channel.addressOf(recipient);
            if (address.isPresent()) {
                insert(notice, recipient.getId(), channel.id(), address.get(), "MENUNGGU", null);
                written++;
            }
        }
        if (written == 0) {
            // kept on the page only; one due later (a second reminder) waits like any other, so it is
            // kept only if still wanted then
            boolean later = notice.sendAt() != null && notice.sendAt().isAfter(ClockUtil.getCurrentTime().toInstant());
            insert(notice, recipient.getId(), Channels.PAGE_ONLY, null, later ? "MENUNGGU" : "DISIMPAN", later ? null : channels.unreachable());
            written++;
        }
        return written;
    }



    private void insert(Notice notice, String recipientId, String channel, String address, String status, String why) {
        OffsetDateTime now = utc(ClockUtil.getCurrentTime().toInstant());
        jdbc.sql("""
                INSERT INTO notif_keluar (jenis, kunci, penerima, kanal, alamat, judul, isi, tautan, nama_kasus,
                    process_instance_id, task_id, status, galat_terakhir, dibuat, dicoba_lagi)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(notice.kind().name(), notice.key(), recipientId, channel, address, clip(oneLine(notice.subject()), 300),
                        clip(notice.body(), 8000), notice.link(), clip(notice.caseName(), 255), notice.processInstanceId(),
                        notice.taskId(), status, why, now, utc(notice.sendAt() == null ? now.toInstant() : notice.sendAt()))
                .update();
    }

    private void wakeDeliveryAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.wake();
                }
            });
        } else {
            delivery.wake();
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /* A subject is one header line: a case name with a line break in it must not start a second header. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ");
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
