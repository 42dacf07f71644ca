package id.go.mojokertokab.prokopim.sla;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * Standards in working days ("2 hari kerja"): a timer's {@code timeDate} {@code ${hariKerja.setelah(2)}}
 * is due the same clock time, in the office's time zone, two working days (Monday to Friday) from
 * now. A step started on Saturday is due on Tuesday at the same time. Public holidays are not known
 * to the engine and count as working days. Under a demo's {@code prokopim.sla.time-scale} the time
 * until then shrinks like every other standard.
 */
@Component("hariKerja")
public class HariKerja {

    private static final Pattern EXPRESSION = Pattern.compile("^\\$\\{\\s*hariKerja\\.setelah\\(\\s*(\\d+)\\s*\\)\\s*}$");

    private final OfficeTime officeTime;
    private final double timeScale;

    HariKerja(OfficeTime officeTime, SlaProperties properties) {
        this.officeTime = officeTime;
        this.timeScale = properties.timeScale();
    }

    public Date setelah(int workingDays) {
        Date now = ClockUtil.getCurrentTime();
        ZonedDateTime due = now.toInstant().atZone(officeTime.zone());
        int counted = 0;
        while (counted < workingDays) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        if (timeScale == 1.0) {
            return Date.from(due.toInstant());
        }
        long scaled = Math.round((due.toInstant().toEpochMilli() - now.getTime()) * timeScale);
        return new Date(now.getTime() + scaled);
    }

    /** The number of working days a timer's {@code timeDate} stands for, if it is this bean's. */
    public static OptionalInt workingDaysOf(String timeDate) {
        Matcher matcher = EXPRESSION.matcher(timeDate.trim());
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }
}
