package id.go.mojokertokab.prokopim.schedule;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * A cron timer in a diagram ({@code timeCycle} "0 0 8 1W * ?": 08:00 on the first working day of
 * each month) means the office's clock, WIB, whatever zone the server runs in: the engine's own
 * cycle calendar reads cron in the JVM's zone, so a server on UTC would start the monthly
 * inventory at 15:00 WIB. Cron is read as Camunda reads it (Spring's syntax, with {@code W} and
 * {@code L}); ISO repetitions ("R/P1D") are left to the engine.
 */
@Component
class OfficeCronPlugin extends AbstractProcessEnginePlugin {

    private final OfficeTime officeTime;

    OfficeCronPlugin(OfficeTime officeTime) {
        this.officeTime = officeTime;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // after init, so it also replaces the cycle calendar of a manager that another plugin set in preInit
        BusinessCalendarManager calendars = configuration.getBusinessCalendarManager();
        if (!(calendars instanceof MapBusinessCalendarManager map)) {
            throw new IllegalStateException("Cannot put the office's cron calendar into " + calendars);
        }
        map.addBusinessCalendar(CycleBusinessCalendar.NAME, new OfficeCycle(officeTime));
    }

    static final class OfficeCycle extends CycleBusinessCalendar {

        private final OfficeTime officeTime;

        OfficeCycle(OfficeTime officeTime) {
            this.officeTime = officeTime;
        }

        @Override
        public Date resolveDuedate(String cycle, Date startDate, long repeatOffset) {
            if (cycle.startsWith("R") || !CronExpression.isValidExpression(cycle)) {
                return super.resolveDuedate(cycle, startDate, repeatOffset); // the engine's answer, or its error
            }
            Date after = startDate == null ? ClockUtil.getCurrentTime() : startDate;
            ZonedDateTime next = CronExpression.parse(cycle).next(after.toInstant().atZone(officeTime.zone()));
            return next == null ? after : Date.from(next.toInstant());
        }
    }
}
