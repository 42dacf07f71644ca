package id.go.mojokertokab.prokopim.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class DueDateAlarmTest {

    private final AtomicInteger wakes = new AtomicInteger();

    @Test
    void an_earlier_due_date_moves_the_alarm_a_later_one_does_not() {
        try (DueDateAlarm alarm = new DueDateAlarm(wakes::incrementAndGet, Optional::empty)) {
            Instant inAnHour = Instant.now().plusSeconds(3600);
            alarm.setAt(inAnHour);
            alarm.setAt(inAnHour.plusSeconds(60));
            assertThat(alarm.setAt()).isEqualTo(inAnHour);

            alarm.setAt(inAnHour.minusSeconds(600));
            assertThat(alarm.setAt()).isEqualTo(inAnHour.minusSeconds(600));
            assertThat(wakes).hasValue(0);
        }
    }

    @Test
    void ringing_wakes_the_job_executor_then_sets_the_alarm_at_the_next_due_date() throws InterruptedException {
        Instant later = Instant.now().plusSeconds(3600);
        Deque<Instant> nextDueDates = new ArrayDeque<>();
        nextDueDates.add(later);
        CountDownLatch rung = new CountDownLatch(1);
        try (DueDateAlarm alarm = new DueDateAlarm(() -> {
            wakes.incrementAndGet();
            rung.countDown();
        }, () -> Optional.ofNullable(nextDueDates.poll()))) {
            long setAtNanos = System.nanoTime();
            alarm.setAt(Instant.now().plusMillis(150));

            assertThat(rung.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - setAtNanos)).isGreaterThanOrEqualTo(140);
            awaitSetAt(alarm, later);
            assertThat(wakes).hasValue(1);
        }
    }

    @Test
    void a_due_date_already_past_rings_at_once() throws InterruptedException {
        CountDownLatch rung = new CountDownLatch(1);
        try (DueDateAlarm alarm = new DueDateAlarm(rung::countDown, Optional::empty)) {
            alarm.setAt(Instant.now().minusSeconds(5));
            assertThat(rung.await(2, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void a_database_that_cannot_be_read_leaves_the_alarm_as_it_was_and_it_still_rings() throws InterruptedException {
        CountDownLatch rung = new CountDownLatch(2);
        try (DueDateAlarm alarm = new DueDateAlarm(rung::countDown, () -> {
            throw new IllegalStateException("database down");
        })) {
            alarm.setAtNextDueDate();
            assertThat(alarm.setAt()).isNull();

            alarm.setAt(Instant.now().plusMillis(50));
            Thread.sleep(300);
            alarm.setAt(Instant.now().plusMillis(50));
            assertThat(rung.await(2, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void a_closed_alarm_is_set_no_more() {
        DueDateAlarm alarm = new DueDateAlarm(wakes::incrementAndGet, Optional::empty);
        alarm.close();
        alarm.setAt(Instant.now().plusSeconds(1));
        assertThat(alarm.setAt()).isNull();
    }

    private static void awaitSetAt(DueDateAlarm alarm, Instant expected) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!expected.equals(alarm.setAt()) && System.nanoTime() < giveUp) {
            Thread.sleep(10);
        }
        assertThat(alarm.setAt()).isEqualTo(expected);
    }
}
