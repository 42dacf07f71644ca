package id.go.mojokertokab.prokopim.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

/**
 * With delivery switched on, as outside the tests: the outbox is polled every 10 seconds, and the
 * morning summary is due at 07:30 in the office's zone (WIB) on working days, whatever the server's
 * own zone.
 */
@SpringBootTest(properties = "prokopim.notifikasi.pengiriman.aktif=true")
class NotificationScheduleTest {

    @Autowired
    List<ScheduledTaskHolder> holders;

    @Test
    void the_morning_summary_is_due_at_half_past_seven_wib_on_working_days() {
        CronTrigger summary = (CronTrigger) tasks().stream()
                .map(ScheduledTask::getTask)
                .filter(CronTask.class::isInstance).map(CronTask.class::cast)
                .filter(task -> task.getExpression().equals("0 30 7 * * MON-FRI"))
                .findFirst().orElseThrow().getTrigger();

        // Friday 14-03-2031 08:00 WIB: the next one is Monday 17-03-2031 07:30 WIB, 00:30 UTC
        Instant friday = Instant.parse("2031-03-14T01:00:00Z");
        assertThat(summary.nextExecution(new SimpleTriggerContext(Clock.fixed(friday, ZoneOffset.UTC))))
                .isEqualTo(Instant.parse("2031-03-17T00:30:00Z"));
        // Thursday 13-03-2031 07:29 WIB: the same morning
        Instant thursday = Instant.parse("2031-03-13T00:29:00Z");
        assertThat(summary.nextExecution(new SimpleTriggerContext(Clock.fixed(thursday, ZoneOffset.UTC))))
                .isEqualTo(Instant.parse("2031-03-13T00:30:00Z"));
    }

    @Test
    void the_outbox_is_polled_every_ten_seconds() {
        assertThat(tasks()).map(ScheduledTask::getTask)
                .filteredOn(FixedDelayTask.class::isInstance).map(FixedDelayTask.class::cast)
                .anySatisfy(task -> assertThat(task.getIntervalDuration()).hasSeconds(10));
    }

    private List<ScheduledTask> tasks() {
        return holders.stream().flatMap(holder -> holder.getScheduledTasks().stream()).toList();
    }
}
