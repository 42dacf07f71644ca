package id.go.mojokertokab.prokopim.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox's polling and the morning summary run on Spring's scheduler; tests switch it off
 * ({@code prokopim.notifikasi.pengiriman.aktif: false}) and drive both themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "prokopim.notifikasi.pengiriman.aktif", matchIfMissing = true)
class NotificationScheduling {
}
