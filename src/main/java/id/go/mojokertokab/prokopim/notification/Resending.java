package id.go.mojokertokab.prokopim.notification;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * An administrator's "Kirim ulang": a notification that failed, or was only kept because its
 * recipient could not be reached, goes out again on the channel that reaches them now, to their
 * address as it is now (just corrected, perhaps). Refused (409, changing nothing) for one that was
 * sent, dropped, is waiting for its first turn, or is being delivered at this moment.
 */
@Component
class Resending {

    private final OutboxRows rows;
    private final People people;
    private final Channels channels;
    private final OutboxDelivery delivery;

    Resending(OutboxRows rows, People people, Channels channels, OutboxDelivery delivery) {
        this.rows = rows;
        this.people = people;
        this.channels = channels;
        this.delivery = delivery;
    }

    OutboxRows.Row again(long id) {
        OutboxRows.Row row = rows.byId(id).orElseThrow(() -> new NotFoundException("Notifikasi " + id + " tidak ada."));
        switch (row.status()) {
            case "TERKIRIM" -> throw refused("Notifikasi " + id + " sudah terkirim, jadi tidak dikirim ulang.");
            case "DIBATALKAN" -> throw refused("Notifikasi " + id + " dibatalkan (" + row.galatTerakhir() + "), jadi tidak dikirim ulang.");
            case "MENUNGGU" -> {
                if (row.percobaan() == 0) {
                    throw refused("Notifikasi " + id + " masih menunggu gilirannya (" + row.dicobaLagi() + ").");
                }
            }
            default -> {
                // GAGAL and DISIMPAN go out again
            }
        }
        Channels.Reach reach = people.user(row.penerima())
                .flatMap(user -> Channels.PAGE_ONLY.equals(row.kanal())
                        ? channels.reaching(user)
                        : channels.byId(row.kanal()).flatMap(channel -> channel.addressOf(user)
                                .map(address -> new Channels.Reach(channel, address))))
                .orElseThrow(() -> refused("Notifikasi " + id + " belum dapat dikirim. " + channels.unreachable()));
        try {
            if (!rows.requeue(id, row.status(), reach.channel().id(), reach.address())) {
                throw refused("Notifikasi " + id + " sedang dikirim atau baru saja berubah; muat ulang halaman.");
            }
        } catch (DuplicateKeyException sameElsewhere) {
            throw refused("Notifikasi " + id + " sudah ada untuk kanal " + reach.channel().id() + " penerima ini.");
        }
        delivery.wake();
        return rows.byId(id).orElseThrow();
    }

    private static OptimisticLockingException refused(String message) {
        return new OptimisticLockingException(message);
    }
}
