package id.go.mojokertokab.prokopim.notification;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * database exactly one of them sends it; a claim lapses after {@link #CLAIM}, so a node that dies
 * mid-delivery delays a notification, never loses it. A failure is retried with doubling pauses
 * (an SMTP outage delays mail, loses none); a permanent one (a wrong address) waits for an
 * administrator's "Kirim ulang".
 *
 * <p>A node that dies after the SMTP server accepted a message but before recording it sends it
 * again once the claim lapses: at least once, and the e-mail's Message-ID is the same both times.
 */
@Component
public class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
    static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final Map<String, NotificationChannel> channels;
    private final TaskService taskService;
    private final DeliveryMetrics metrics;
    private final boolean enabled;
    private final Duration firstPause;
    private final Duration longestPause;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService wakeups = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notifikasi");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeupPending = new AtomicBoolean();

    OutboxDelivery(JdbcClient jdbc, List<NotificationChannel> channels, @Lazy TaskService taskService, DeliveryMetrics metrics,
            @Value("${prokopim.notifikasi.pengiriman.aktif:true}") boolean enabled,
            @Value("${prokopim.notifikasi.pengiriman.jeda-awal:PT30S}") Duration firstPause,
            @Value("${prokopim.notifikasi.pengiriman.jeda-terlama:PT15M}") Duration longestPause) {
        this.jdbc = jdbc;
        this.channels = channels.stream().collect(Collectors.toMap(NotificationChannel::id, Function.identity()));
        this.taskService = taskService;
        this.metrics = metrics;
        this.enabled = enabled;
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
        if (enabled) {
            wakeups.execute(this::deliverDueSafely);
        }
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
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<Long> due = jdbc.sql("""
                SELECT id FROM notif_keluar
                WHERE status = 'MENUNGGU' AND dicoba_lagi <= ? AND (diklaim_sampai IS NULL OR diklaim_sampai < ?)
                ORDER BY dicoba_lagi, id FETCH FIRST %d ROWS ONLY""".formatted(BATCH))
                .params(Outbox.utc(now), Outbox.utc(now)).query(Long.class).list();
        int sent = 0;
        for (long id : due) {
            if (claim(id, now) && deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(long id, Instant now) {
        return jdbc.sql("""
                UPDATE notif_keluar SET diklaim_oleh = ?, diklaim_sampai = ?
                WHERE id = ? AND status = 'MENUNGGU' AND dicoba_lagi <= ? AND (diklaim_sampai IS NULL OR diklaim_sampai < ?)""")
                .params(node, Outbox.utc(now.plus(CLAIM)), id, Outbox.utc(now), Outbox.utc(now)).update() == 1;
    }

    private boolean deliver(long id) {
        Claimed row = jdbc.sql("SELECT kanal, alamat, judul, isi, task_id, percobaan FROM notif_keluar WHERE id = ?")
                .param(id).query((rs, n) -> new Claimed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .single();
        if (row.taskId() != null && taskService.createTaskQuery().taskId(row.taskId()).count() == 0) {
            finish(id, "DIBATALKAN", "Tidak dikirim: tugasnya sudah selesai lebih dulu.");
            return false;
        }
        NotificationChannel channel = channels.get(row.channel());
        try {
            if (channel == null) {
                throw new DeliveryFailed("Kanal '" + row.channel() + "' tidak aktif di server " + node + ".", false, null);
            }
            channel.send(id, row.address(), row.subject(), row.body());
        } catch (DeliveryFailed failed) {
            failed(id, row, failed);
            return false;
        }
        int recorded = jdbc.sql("""
                UPDATE notif_keluar SET status = 'TERKIRIM', terkirim = ?, percobaan = percobaan + 1, galat_terakhir = NULL,
                    diklaim_oleh = NULL, diklaim_sampai = NULL
                WHERE id = ? AND diklaim_oleh = ?""")
                .params(Outbox.utc(ClockUtil.getCurrentTime().toInstant()), id, node).update();
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
        Instant retry = ClockUtil.getCurrentTime().toInstant().plus(pauseAfter(attempts));
        LOG.info("Notification {} not delivered (attempt {}), retrying at {}: {}", id, attempts, retry, failed.getMessage());
        jdbc.sql("""
                UPDATE notif_keluar SET percobaan = ?, galat_terakhir = ?, dicoba_lagi = ?, diklaim_oleh = NULL,
                    diklaim_sampai = NULL WHERE id = ? AND diklaim_oleh = ?""")
                .params(attempts, clip(failed.getMessage()), Outbox.utc(retry), id, node).update();
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

    private record Claimed(String channel, String address, String subject, String body, String taskId, int attempts) {
    }
}
