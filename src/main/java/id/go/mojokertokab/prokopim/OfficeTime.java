package id.go.mojokertokab.prokopim;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Times as the office reads them: in WIB (Asia/Jakarta), whatever the server's own time zone. */
public final class OfficeTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm 'WIB'").withZone(ZONE);

    private OfficeTime() {
    }

    /** "01-12-2026 09:30 WIB". */
    public static String format(Date time) {
        return DATE_TIME.format(time.toInstant());
    }
}
