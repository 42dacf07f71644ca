package id.go.mojokertokab.prokopim.inventory.report;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;

/** Dates the way a letter of the office writes them: "2 Desember 2026", "2 Desember 2026 pukul 09:30 WIB". */
@Component
public class IndonesianDates {

    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember");

    private final OfficeTime officeTime;

    IndonesianDates(OfficeTime officeTime) {
        this.officeTime = officeTime;
    }

    public String date(Instant instant) {
        ZonedDateTime local = instant.atZone(officeTime.zone());
        return local.getDayOfMonth() + " " + MONTHS.get(local.getMonthValue() - 1) + " " + local.getYear();
    }

    public String dateTime(Instant instant) {
        // "dd-MM-yyyy HH:mm WIB": the time and the office's zone name as OfficeTime writes them
        String clock = officeTime.format(Date.from(instant)).substring("dd-MM-yyyy ".length());
        return date(instant) + " pukul " + clock;
    }
}
