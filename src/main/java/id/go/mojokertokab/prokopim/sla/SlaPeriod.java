package id.go.mojokertokab.prokopim.sla;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.exception.NotValidException;

import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * The period [from, to) of an SLA request. {@code from} and {@code to} take either days of the
 * office ({@code 2026-12-01}: whole days in its time zone, both included, so {@code to=<today>}
 * counts today's work) or instants ({@code 2026-12-01T09:00:00+07:00}, {@code to} excluded). A
 * parameter left out takes the caller's default.
 */
record SlaPeriod(Instant from, Instant to) {

    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z").plusSeconds(1);

    /**
     * @param defaultTo   {@code to} when none is given
     * @param defaultDays how many days before {@code to} the period starts when no {@code from} is given
     * @throws NotValidException (400) for a text that is no day or instant, or a period that ends before it starts
     */
    static SlaPeriod of(String from, String to, OfficeTime officeTime, Instant defaultTo, int defaultDays) {
        Instant end = to == null || to.isBlank() ? defaultTo : instant(officeTime, to, "to", 1);
        Instant start = from == null || from.isBlank()
                ? officeTime.startOf(LocalDate.ofInstant(end.minusMillis(1), officeTime.zone()).minusDays(defaultDays - 1))
                : instant(officeTime, from, "from", 0);
        if (!start.isBefore(end)) {
            throw new NotValidException("Periode tidak valid: 'from' harus sebelum 'to'.");
        }
        return new SlaPeriod(start, end);
    }

    /**
     * An instant as given, or the start of the office's day {@code text} plus {@code daysLater};
     * only years the engine's dates can hold (1970 to 9999).
     */
    private static Instant instant(OfficeTime officeTime, String text, String name, int daysLater) {
        Instant instant;
        try {
            instant = text.length() == 10
                    ? officeTime.startOf(LocalDate.parse(text).plusDays(daysLater))
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new NotValidException("Parameter '" + name + "' bukan tanggal (YYYY-MM-DD) atau waktu ISO-8601: " + text);
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new NotValidException("Parameter '" + name + "' di luar tahun 1970 sampai 9999: " + text);
        }
        return instant;
    }

    /** The office's first day of the period, "2026-11-03", for a date field. */
    LocalDate firstDay(OfficeTime officeTime) {
        return LocalDate.ofInstant(from, officeTime.zone());
    }

    /** The office's last day of the period (the day of the instant just before {@code to}). */
    LocalDate lastDay(OfficeTime officeTime) {
        return LocalDate.ofInstant(to.minusMillis(1), officeTime.zone());
    }
}
