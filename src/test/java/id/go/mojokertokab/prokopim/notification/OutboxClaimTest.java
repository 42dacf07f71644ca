package id.go.mojokertokab.prokopim.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox's claim between nodes, in the two races an independent review found: a row claimed
 * late in a long delivery round (a slow mail server) must not carry a claim that has already
 * lapsed, and an administrator's "Kirim ulang" must not free a row a node is sending right now.
 * Each node here is an {@link OutboxDelivery} of its own on the one database, with a channel that
 * records what it was handed.
 */
@SpringBootTest
class OutboxClaimTest {

    private final Instant start = Instant.parse("2031-03-17T01:00:00Z");
    private final List<String> sent = new ArrayList<>();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    DeliveryMetrics metrics;
    @Autowired
    ReminderPreferences preferences;
    @Autowired
    OutboxRows rows;
    @Autowired
    People people;

    @BeforeEach
    void twoDueRows() {
        ClockUtil.setCurrentTime(Date.from(start));
        jdbc.sql("DELETE FROM notif_keluar").update();
        OffsetDateTime now = OffsetDateTime.ofInstant(start, ZoneOffset.UTC);
        for (String key : List.of("a", "b")) {
            jdbc.sql("""
                    INSERT INTO notif_keluar (jenis, kunci, penerima, kanal, alamat, judul, isi, status, dibuat, dicoba_lagi)
                    VALUES ('ESKALASI', ?, 'kabag', 'uji', 'kabag@example.go.id', 'judul', 'isi', 'MENUNGGU', ?, ?)""")
                    .params(key, now, now).update();
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        jdbc.sql("DELETE FROM notif_keluar").update();
    }

    @Test
    void a_row_claimed_late_in_a_long_round_is_not_sent_by_a_second_node_as_well() {
        OutboxDelivery nodeB = node(recording("B", () -> { }));
        // node A's first send takes 3 minutes (a slow mail server, within its timeouts); while it
        // sends the second row, node B runs a round of its own
        int[] calls = {0};
        OutboxDelivery nodeA = node(recording("A", () -> {
            calls[0]++;
            if (calls[0] == 1) {
                ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(3))));
            } else if (calls[0] == 2) {
                nodeB.deliverDue();
            }
        }));

        nodeA.deliverDue();

        assertThat(sent).extracting(entry -> entry.substring(2)).as("rows handed to a channel").doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void kirim_ulang_while_the_row_is_being_sent_is_refused_and_the_row_goes_out_once() {
        jdbc.sql("UPDATE notif_keluar SET percobaan = 1, galat_terakhir = 'Server surat tidak dapat dihubungi' WHERE kunci = 'a'")
                .update();
        jdbc.sql("DELETE FROM notif_keluar WHERE kunci = 'b'").update();
        long id = jdbc.sql("SELECT id FROM notif_keluar").query(Long.class).single();
        List<Throwable> refusals = new ArrayList<>();
        Resending[] administrator = new Resending[1];
        NotificationChannel channel = recording("A", () -> {
            // the administrator clicks "Kirim ulang" on the row while this node sends it
            try {
                administrator[0].again(id);
            } catch (OptimisticLockingException refused) {
                refusals.add(refused);
            }
        });
        OutboxDelivery node = node(channel);
        administrator[0] = new Resending(rows, people, new Channels(List.of(channel)), node);

        node.deliverDue();
        node.deliverDue();

        assertThat(sent).hasSize(1);
        assertThat(refusals).singleElement().extracting(Throwable::getMessage).asString().contains("sedang dikirim");
        assertThat(jdbc.sql("SELECT status FROM notif_keluar WHERE id = ?").param(id).query(String.class).single()).isEqualTo("TERKIRIM");
    }

    @Test
    void a_channel_that_throws_fails_its_row_with_a_pause_and_the_round_goes_on() {
        NotificationChannel broken = recording("X", () -> {
            throw new IllegalStateException("bot down");
        });

        assertThat(node(broken).deliverDue()).isZero();

        assertThat(sent).hasSize(2);
        assertThat(jdbc.sql("SELECT status, percobaan, galat_terakhir FROM notif_keluar ORDER BY id").query().listOfRows())
                .allSatisfy(row -> assertThat(row).containsEntry("STATUS", "MENUNGGU").containsEntry("PERCOBAAN", 1)
                        .hasEntrySatisfying("GALAT_TERAKHIR", error -> assertThat((String) error).contains("bot down")));
    }

    private OutboxDelivery node(NotificationChannel channel) {
        return new OutboxDelivery(jdbc, new Channels(List.of(channel)), preferences, taskService, metrics, false,
                Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofMinutes(15));
    }

    private NotificationChannel recording(String node, Runnable whileSending) {
        return new NotificationChannel() {
            @Override
            public String id() {
                return "uji";
            }

            @Override
            public Optional<String> addressOf(User recipient) {
                return Optional.of("x@example.go.id");
            }

            @Override
            public void send(long deliveryId, String address, String subject, String body) {
                sent.add(node + ":" + deliveryId);
                whileSending.run();
            }
        };
    }
}
