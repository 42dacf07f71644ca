package id.go.mojokertokab.prokopim.socialmedia;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.identity.PersonName;
import id.go.mojokertokab.prokopim.sla.SlaBreach;

/**
 * The Rekap publikasi of one month as people read it: the month is the office's (WIB) calendar
 * month of the upload, people are named, times are the office's, and the totals (publications
 * per channel, on time against the standard) are computed here once for the API, the CSV, the
 * PDF and the Cockpit page.
 */
@Component
class PublicationReport {

    private final PublicationLog log;
    private final IdentityService identityService;
    private final OfficeTime officeTime;

    PublicationReport(PublicationLog log, IdentityService identityService, OfficeTime officeTime) {
        this.log = log;
        this.identityService = identityService;
        this.officeTime = officeTime;
    }

    Report of(YearMonth month, String pimpinan, Channel channel) {
        Instant from = officeTime.startOf(month.atDay(1));
        Instant to = officeTime.startOf(month.plusMonths(1).atDay(1));
        Map<String, Person> people = new HashMap<>();
        List<Row> rows = log.uploaded(from, to, pimpinan, channel).stream().map(found -> row(found, people)).toList();
        Map<String, Integer> perChannel = new LinkedHashMap<>();
        for (Channel each : Channel.values()) {
            perChannel.put(each.id(), (int) rows.stream()
                    .filter(row -> row.channels().stream().anyMatch(link -> link.kanal().equals(each.id()))).count());
        }
        int onTime = (int) rows.stream().filter(Row::onTime).count();
        Totals totals = new Totals(rows.size(), perChannel, onTime, rows.size() - onTime,
                rows.stream().mapToInt(Row::breaches).sum(), rows.stream().mapToInt(Row::revisions).sum());
        return new Report(month.toString(), monthName(month), pimpinan, channel == null ? null : channel.id(), from, to,
                rows, totals);
    }

    private Row row(Publication publication, Map<String, Person> people) {
        List<Link> links = publication.links().entrySet().stream()
                .map(link -> new Link(link.getKey().id(), link.getKey().label(), link.getValue())).toList();
        return new Row(publication.processInstanceId(), publication.caseName(), publication.kegiatan(),
                publication.pimpinan(),
                publication.waktuKegiatan() == null ? null : officeTime.format(Date.from(publication.waktuKegiatan().toInstant())),
                publication.lokasi(), publication.judul(), links, person(publication.designer(), people),
                person(publication.verifier(), people), publication.revisions(), publication.started(),
                officeTime.format(Date.from(publication.started())), publication.uploaded(),
                officeTime.format(Date.from(publication.uploaded())), publication.durationMinutes(),
                inIndonesian(publication.durationMinutes()), publication.standardMinutes(),
                inIndonesian(publication.standardMinutes()), publication.onTime(), publication.breaches());
    }

    private Person person(String userId, Map<String, Person> people) {
        if (userId == null) {
            return null;
        }
        return people.computeIfAbsent(userId, id -> {
            User user = identityService.createUserQuery().userId(id).singleResult();
            return new Person(id, user == null ? id : PersonName.of(user));
        });
    }

    /** "4 jam 15 menit", "25 menit": the SLA's one wording of a duration ({@link SlaBreach#inIndonesian}). */
    static String inIndonesian(int minutes) {
        return SlaBreach.inIndonesian(Duration.ofMinutes(minutes));
    }

    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember");

    /** "Desember 2026". */
    static String monthName(YearMonth month) {
        return MONTHS.get(month.getMonthValue() - 1) + " " + month.getYear();
    }

    record Report(String month, String monthName, String pimpinan, String kanal, Instant from, Instant to,
            List<Row> rows, Totals totals) {
    }

    record Row(String processInstanceId, String caseName, String kegiatan, String pimpinan, String waktuKegiatan,
            String lokasi, String judul, List<Link> channels, Person designer, Person verifier, int revisions,
            Instant started, String startedText, Instant uploaded, String uploadedText, int durationMinutes,
            String duration, int standardMinutes, String standard, boolean onTime, int breaches) {

        /** The link of a channel, or null: for the CSV's and the PDF's fixed columns. */
        String link(String kanal) {
            return channels.stream().filter(link -> link.kanal().equals(kanal)).map(Link::tautan).findFirst().orElse(null);
        }
    }

    record Link(String kanal, String label, String tautan) {
    }

    record Person(String id, String name) {
    }

    /** {@code perChannel}: publications per channel (one publication on two channels counts on both). */
    record Totals(int publications, Map<String, Integer> perChannel, int onTime, int late, int breaches, int revisions) {
    }
}
