package id.go.mojokertokab.prokopim.jobs;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * After every command, finds the jobs it created or whose due date it changed (a timer of a new
 * task, a due date set in Cockpit, a failed job's next retry) that fall due later, and once the
 * transaction has committed sets the {@link DueDateAlarm} at the earliest of them. It reads the
 * command's own entity cache, so it sees every way a job is written: the Java API, both REST trees
 * and the job executor itself.
 */
final class TimerWrites extends CommandInterceptor {

    private final DueDateAlarm alarm;

    TimerWrites(DueDateAlarm alarm) {
        this.alarm = alarm;
    }

    @Override
    public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        CommandContext context = Context.getCommandContext();
        if (context != null) {
            Instant earliest = earliestWrittenDueDate(context.getDbEntityManager().getDbEntityCache());
            if (earliest != null) {
                context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                        committed -> alarm.setAt(earliest));
            }
        }
        return result;
    }

    static Instant earliestWrittenDueDate(DbEntityCache cache) {
        Date now = ClockUtil.getCurrentTime();
        Date earliest = null;
        // not getEntitiesByType(JobEntity.class): jobs are cached under AcquirableJobEntity, which it misses
        for (CachedDbEntity cached : cache.getCachedEntities()) {
            if (!(cached.getEntity() instanceof JobEntity job) || !written(cached)) {
                continue;
            }
            Date due = job.getDuedate();
            if (due == null || !due.after(now) || job.isSuspended() || job.getRetries() <= 0) {
                continue;
            }
            if (earliest == null || due.before(earliest)) {
                earliest = due;
            }
        }
        return earliest == null ? null : earliest.toInstant();
    }

    private static boolean written(CachedDbEntity cached) {
        DbEntityState state = cached.getEntityState();
        return state == DbEntityState.TRANSIENT || (state == DbEntityState.PERSISTENT && cached.isDirty());
    }
}
