package id.go.mojokertokab.prokopim.notification;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * Sends the morning summary to the Kabag's group at {@code prokopim.notifikasi.ringkasan-pagi.jadwal}
 * (a cron in the office's zone; 07:30 WIB on working days by default). Every node runs the
 * schedule; the outbox's unique key lets one of them write the day's summary, and the others find
 * it written.
 */
@Component
class MorningSummarySchedule {

    private static final Logger LOG = LoggerFactory.getLogger(MorningSummarySchedule.class);

    private final MorningSummary summary;
    private final Outbox outbox;
    private final People people;
    private final TransactionTemplate transaction;
    private final OfficeTime officeTime;
    private final String group;

    MorningSummarySchedule(MorningSummary summary, Outbox outbox, People people, TransactionTemplate transaction,
            OfficeTime officeTime, @Value("${prokopim.notifikasi.ringkasan-pagi.kelompok:kabag-prokopim}") String group) {
        this.summary = summary;
        this.outbox = outbox;
        this.people = people;
        this.transaction = transaction;
        this.officeTime = officeTime;
        this.group = group;
    }

    @Scheduled(cron = "${prokopim.notifikasi.ringkasan-pagi.jadwal:0 30 7 * * MON-FRI}", zone = "${prokopim.time-zone:Asia/Jakarta}")
    void sendToday() {
        send(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), officeTime.zone()));
    }

    /** @return how many notifications were written: 0 when another node wrote the day's summary first */
    int send(LocalDate day) {
        try {
            Notice notice = summary.of(day);
            return transaction.execute(status -> outbox.write(notice, people.membersOf(group)));
        } catch (DuplicateKeyException written) {
            LOG.info("The morning summary of {} was written by another node", day);
            return 0;
        }
    }
}
