package id.go.mojokertokab.prokopim.sla;

import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Compresses every SOP time standard by {@code prokopim.sla.time-scale} through the engine's
 * business calendars, so the diagrams keep the SOP's literal durations ("PT1H") while a demo sees
 * a breach in seconds. Timers and due dates scale alike, because both resolve their duration
 * through these calendars. At scale 1.0 the engine keeps its own calendars.
 */
@Component
class TimeScalePlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(TimeScalePlugin.class);

    private final double scale;

    TimeScalePlugin(SlaProperties properties, Environment environment) {
        this.scale = properties.timeScale();
        if (scale != 1.0 && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("Refusing to start the prod profile with prokopim.sla.time-scale="
                    + scale + ": the SOP time standards apply in full in production (1.0).");
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (scale == 1.0) {
            return;
        }
        LOG.warn("SOP time standards are compressed: prokopim.sla.time-scale={} (a standard of 1 jam lasts {} s)",
                scale, Math.round(3600 * scale));
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new ScaledDuration(scale));
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new ScaledDueDate(scale));
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
    }

    private static Date scaled(Date start, Date end, double scale) {
        Date from = start == null ? ClockUtil.getCurrentTime() : start;
        return new Date(from.getTime() + Math.round((end.getTime() - from.getTime()) * scale));
    }

    /** Timer durations ("PT1H" on a boundary event). */
    private static final class ScaledDuration extends DurationBusinessCalendar {
        private final double scale;

        ScaledDuration(double scale) {
            this.scale = scale;
        }

        @Override
        public Date resolveDuedate(String duedate, Date startDate) {
            return scaled(startDate, super.resolveDuedate(duedate, startDate), scale);
        }
    }

    /** Task due dates, which SlaTaskPlugin takes from the same timer durations. */
    private static final class ScaledDueDate extends DueDateBusinessCalendar {
        private final double scale;

        ScaledDueDate(double scale) {
            this.scale = scale;
        }

        @Override
        public Date resolveDuedate(String duedate, Date startDate) {
            return scaled(startDate, super.resolveDuedate(duedate, startDate), scale);
        }
    }
}
