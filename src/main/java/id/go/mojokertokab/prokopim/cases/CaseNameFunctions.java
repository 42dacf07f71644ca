package id.go.mojokertokab.prokopim.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * Functions for the case-name expressions of the BPMN ({@code ${kasus.tanggal(waktuKegiatan)}}):
 * the bean is named {@code kasus} so the expressions read as the office speaks.
 */
@Component("kasus")
public class CaseNameFunctions {

    private final OfficeTime officeTime;

    CaseNameFunctions(OfficeTime officeTime) {
        this.officeTime = officeTime;
    }

    /**
     * The office's day of a date or date-time, "10-12-2026": from a Date, or from the text a
     * form-js date ("2026-12-10") or date-time field ("2026-12-10T09:00+07:00") stores. Any other
     * text is returned as it is.
     */
    public String tanggal(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Date date) {
            return officeTime.formatDate(date.toInstant());
        }
        String text = value.toString().strip();
        Instant instant = instantOf(text);
        return instant == null ? text : officeTime.formatDate(instant);
    }

    private Instant instantOf(String text) {
        List<Function<String, Instant>> forms = List.of(
                dateTime -> OffsetDateTime.parse(dateTime).toInstant(),
                dateTime -> LocalDateTime.parse(dateTime).atZone(officeTime.zone()).toInstant(),
                day -> officeTime.startOf(LocalDate.parse(day)));
        for (Function<String, Instant> form : forms) {
            try {
                return form.apply(text);
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return null;
    }
}
