package id.go.mojokertokab.prokopim.notification;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The channels this server has (e-mail when a mail server is configured; none in the demo). */
@Component
class Channels {

    /** Not a channel: the notification is kept in the outbox, for the pages, because none reaches the person. */
    static final String PAGE_ONLY = "halaman";

    private final List<NotificationChannel> all;

    Channels(List<NotificationChannel> all) {
        this.all = List.copyOf(all);
    }

    List<NotificationChannel> all() {
        return all;
    }

    Optional<NotificationChannel> byId(String id) {
        return all.stream().filter(channel -> channel.id().equals(id)).findFirst();
    }

    /** The first channel that reaches the person now, with their address on it. */
    Optional<Reach> reaching(User recipient) {
        for (NotificationChannel channel : all) {
            Optional<String> address = channel.addressOf(recipient);
            if (address.isPresent()) {
                return Optional.of(new Reach(channel, address.get()));
            }
        }
        return Optional.empty();
    }

    /** Why a notification is only kept in the outbox. */
    String unreachable() {
        return all.isEmpty()
                ? "Tidak dikirim: belum ada server surat (demo); hanya disimpan di sini."
                : "Tidak dikirim: alamat e-mail penerima belum diisi (profilnya di halaman awal Camunda, atau di Admin).";
    }

    record Reach(NotificationChannel channel, String address) {
    }
}
