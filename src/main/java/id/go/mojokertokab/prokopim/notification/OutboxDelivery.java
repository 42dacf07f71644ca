package id.go.mojokertokab.prokopim.notification;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Delivers the outbox: woken after each commit that wrote to it, and every
 * {@code prokopim.notifikasi.pengiriman.interval} as a safety net (a node that was down, a retry
 * coming due). Each row is first claimed with one conditional UPDATE, so with several nodes on one
 * database exactly one of them sends it; a claim lapses after {@code prokopim.notifikasi.pengiriman.klaim}
 * (2 minutes), so a node that dies
 * mid-delivery delays a notification, never loses it. A failure is retried with doubling pauses
 * (an SMTP outage delays mail, loses none); a permanent one (a wrong address) waits for an
 * administrator's "Kirim ulang". Anything that goes wrong with one notification (a channel's own
 * error included) is that notification's failure, recorded on its row; the mail server's
 * timeouts ({@code spring.mail.properties.mail.smtp.*timeout}) keep a silent server from holding a
 * claim past its lapse.
 *
 * <p>A node that dies after the SMTP server accepted a message but before recording it sends it
 * again once the claim lapses: at least once, and the e-mail's Message-ID is the same both times.
 */
@Component
public class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final Channels channels;
    private final ReminderPreferences preferences;
    private final TaskService taskService;
    private final DeliveryMetrics metrics;
    private final boolean enabled;
    private final Duration claim;
    private final Duration firstPause;
    private final Duration longestPause;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService wakeups = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notifikasi");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeupPending = new AtomicBoolean();

    OutboxDelivery(JdbcClient jdbc, Channels channels, ReminderPreferences preferences, @Lazy TaskService taskService,
            DeliveryMetrics metrics,
            @Value("${prokopim.notifikasi.pengiriman.aktif:true}") boolean enabled,
            @Value("${prokopim.notifikasi.pengiriman.klaim:PT2M}") Duration claim,
            @Value("${prokopim.notifikasi.pengiriman.jeda-awal:PT30S}") Duration firstPause,
            @Value("${prokopim.notifikasi.pengiriman.jeda-terlama:PT15M}") Duration longestPause) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.preferences = preferences;
        this.taskService = taskService;
        this.metrics = metrics;
        this.enabled = enabled;
        this.claim = claim;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
    }

    /** Asks for a delivery round soon, on this node's delivery thread; wake-ups while one is pending merge. */
    void wake() {
        if (enabled && wakeupPending.compareAndSet(false, true)) {
            wakeups.execute(() -> {
                wakeupPending.set(false);
                deliverDueSafely();
            });
        }
    }

    @Scheduled(fixedDelayString = "${prokopim.notifikasi.pengiriman.interval:PT10S}",
            initialDelayString = "${prokopim.notifikasi.pengiriman.interval:PT10S}")
    void poll() {
        wake();
    }

    private void deliverDueSafely() {
        try {
            deliverDue();
        } catch (RuntimeException failed) {
            LOG.error("Notification delivery round failed; the next round retries", failed);
        }
    }

    /** Delivers what is due and not claimed by another node. @return how many were handed to a channel successfully */
    public synchronized int deliverDue() {
        Instant roundStart = now();
        List<Long> due = jdbc.sql("""
                SELECT id FROM notif_keluar
                WHERE status = 'MENUNGGU' AND dicoba_lagi <= ? AND (diklaim_sampai IS NULL OR diklaim_sampai < ?)
                ORDER BY dicoba_lagi, id FETCH FIRST %d ROWS ONLY""".formatted(BATCH))
                .params(Outbox.utc(roundStart), Outbox.utc(roundStart)).query(Long.class).list();
        int sent = 0;
        for (long id : due) {
            // each claim from the clock as it is now: a round slowed by a slow mail server never hands
            // out a claim that has already lapsed
            if (claim(id, now()) && deliverClaimed(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(long id, Instant now) {
        return jdbc.sql("""
                UPDATE notif_keluar SET diklaim_oleh = ?, diklaim_sampai = ?
                WHERE id = ? AND status = 'MENUNGGU' AND dicoba_lagi <= ? AND (diklaim_sampai IS NULL OR diklaim_sampai < ?)""")
                .params(node, Outbox.utc(now.plus(claim)), id, Outbox.utc(now), Outbox.utc(now)).update() == 1;
    }

    /* Whatever goes wrong with one notification is its failure, retried with its pause, never the round's. */
    private boolean deliverClaimed(long id) {
        Claimed row = jdbc.sql("SELECT jenis, penerima, kanal, alamat, judul, isi, task_id, percobaan FROM notif_keluar WHERE id = ?")
                .param(id).query((rs, n) -> new Claimed(NotificationKind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8)))
                .single();
        try {
            return deliver(id, row);
        } catch (DeliveryFailed failed) {
            failed(id, row, failed);
        } catch (RuntimeException unexpected) {
            LOG.error("Notification {} could not be delivered", id, unexpected);
            failed(id, row, new DeliveryFailed("Galat saat mengirim: " + unexpected, false, unexpected));
        }
        return false;
    }

    private boolean deliver(long id, Claimed row) throws DeliveryFailed {
        if (row.taskId() != null && taskService.createTaskQuery().taskId(row.taskId()).count() == 0) {
            finish(id, "DIBATALKAN", "Tidak dikirim: tugasnya sudah selesai lebih dulu.");
            return false;
        }
        if (row.kind().personal() && !preferences.wantsReminders(row.recipient())) {
            finish(id, "DIBATALKAN", "Tidak dikirim: penerima mematikan pengingatnya.");
            return false;
        }
        if (Channels.PAGE_ONLY.equals(row.channel())) {
            finish(id, "DISIMPAN", channels.unreachable());
            return false;
        }
        NotificationChannel channel = channels.byId(row.channel()).orElseThrow(() -> new DeliveryFailed(
                "Kanal '" + row.channel() + "' tidak aktif di server " + node + ".", false, null));
        channel.send(id, row.address(), row.subject(), row.body());
        int recorded = jdbc.sql("""
                UPDATE notif_keluar SET status = 'TERKIRIM', terkirim = ?, percobaan = percobaan + 1, galat_terakhir = NULL,
                    diklaim_oleh = NULL, diklaim_sampai = NULL
                WHERE id = ? AND diklaim_oleh = ?""")
                .params(Outbox.utc(now()), id, node).update();
        if (recorded == 0) {
            LOG.warn("Notification {} was sent after this node's claim had lapsed; another node may send it again", id);
        }
        metrics.sent(row.channel());
        return true;
    }

    private void failed(long id, Claimed row, DeliveryFailed failed) {
        int attempts = row.attempts() + 1;
        metrics.failed(row.channel(), failed.permanent());
        if (failed.permanent()) {
            LOG.warn("Notification {} refused for good: {}", id, failed.getMessage());
            jdbc.sql("""
                    UPDATE notif_keluar SET status = 'GAGAL', percobaan = ?, galat_terakhir = ?, diklaim_oleh = NULL,
                        diklaim_sampai = NULL WHERE id = ? AND diklaim_oleh = ?""")
                    .params(attempts, clip(failed.getMessage()), id, node).update();
            return;
        }
        Instant retry = now().plus(pauseAfter(attempts));
        LOG.info("Notification {} not delivered (attempt {}), retrying at {}: {}", id, attempts, retry, failed.getMessage());
        jdbc.sql("""
                UPDATE notif_keluar SET percobaan = ?, galat_terakhir = ?, dicoba_lagi = ?, diklaim_oleh = NULL,
                    diklaim_sampai = NULL WHERE id = ? AND diklaim_oleh = ?""")
                .params(attempts, clip(failed.getMessage()), Outbox.utc(retry), id, node).update();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** 30 s, 1 min, 2 min, … up to the longest pause. */
    Duration pauseAfter(int attempts) {
        Duration pause = firstPause;
        for (int i = 1; i < attempts && pause.compareTo(longestPause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }

    private void finish(long id, String status, String why) {
        jdbc.sql("""
                UPDATE notif_keluar SET status = ?, galat_terakhir = ?, diklaim_oleh = NULL, diklaim_sampai = NULL
                WHERE id = ? AND diklaim_oleh = ?""")
                .params(status, why, id, node).update();
    }

    private static String clip(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    @PreDestroy
    void stop() {
        wakeups.shutdownNow();
    }

    private record Claimed(NotificationKind kind, String recipient, String channel, String address, String subject, String body,
            String taskId, int attempts) {
    }
}
