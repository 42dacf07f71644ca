package id.go.mojokertokab.prokopim.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One alarm, set at the earliest due date it has been told of: when it rings, the job executor is
 * woken ({@code wake}) and the alarm is set again at the next due date the database holds. Setting
 * it later than it already is changes nothing; a wake-up too many only costs one acquisition.
 * Times are the engine's clock ({@link ClockUtil}), which due dates are computed and compared with.
 */
final class DueDateAlarm implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DueDateAlarm.class);

    private final Runnable wake;
    private final Supplier<Optional<Instant>> nextDueDate;
    private final ScheduledThreadPoolExecutor clock = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "wake-at-due-date");
        thread.setDaemon(true);
        return thread;
    });

    {
        clock.setRemoveOnCancelPolicy(true);
    }
    private Instant setAt;
    private ScheduledFuture<?> ringing;

    DueDateAlarm(Runnable wake, Supplier<Optional<Instant>> nextDueDate) {
        this.wake = wake;
        this.nextDueDate = nextDueDate;
    }

    /** Rings at {@code dueDate} unless it is already set to ring earlier. */
    synchronized void setAt(Instant dueDate) {
        if (clock.isShutdown() || (setAt != null && !dueDate.isBefore(setAt))) {
            return;
        }
        if (ringing != null) {
            ringing.cancel(false);
        }
        setAt = dueDate;
        long delay = Math.max(0, Duration.between(ClockUtil.now().toInstant(), dueDate).toMillis());
        ringing = clock.schedule(this::ring, delay, TimeUnit.MILLISECONDS);
    }

    /** Sets the alarm at the next due date in the database, if there is one. */
    void setAtNextDueDate() {
        try {
            nextDueDate.get().ifPresent(this::setAt);
        } catch (RuntimeException e) {
            // the job executor's own polling still finds the job; this only makes it later
            LOG.warn("Could not read the next due date of a job: {}", e.toString());
        }
    }

    /** When it will ring next, or null. */
    synchronized Instant setAt() {
        return setAt;
    }

    private void ring() {
        synchronized (this) {
            setAt = null;
            ringing = null;
        }
        wake.run();
        setAtNextDueDate();
    }

    @Override
    public synchronized void close() {
        clock.shutdownNow();
    }
}
