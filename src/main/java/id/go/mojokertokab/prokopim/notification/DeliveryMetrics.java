package id.go.mojokertokab.prokopim.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Notifications as metrics for the administrator's monitoring: {@code prokopim_notifikasi_terkirim_total}
 * and {@code prokopim_notifikasi_gagal_total} (by channel; {@code permanen} true or false), and the
 * outbox as it stands, {@code prokopim_notifikasi_antrean{status="menunggu"|"tertunda"|"gagal"}}:
 * waiting, waiting after a failed attempt, refused for good.
 */
@Component
class DeliveryMetrics {

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        gauge(jdbc, "menunggu", "status = 'MENUNGGU' AND percobaan = 0");
        gauge(jdbc, "tertunda", "status = 'MENUNGGU' AND percobaan > 0");
        gauge(jdbc, "gagal", "status = 'GAGAL'");
    }

    private void gauge(JdbcClient jdbc, String status, String where) {
        Gauge.builder("prokopim.notifikasi.antrean",
                        () -> jdbc.sql("SELECT COUNT(*) FROM notif_keluar WHERE " + where).query(Long.class).single())
                .description("Notifikasi di kotak keluar menurut status")
                .tag("status", status)
                .register(registry);
    }

    void sent(String channel) {
        Counter.builder("prokopim.notifikasi.terkirim").tag("kanal", channel).register(registry).increment();
    }

    void failed(String channel, boolean permanent) {
        Counter.builder("prokopim.notifikasi.gagal").tag("kanal", channel).tag("permanen", String.valueOf(permanent))
                .register(registry).increment();
    }
}
