package id.go.mojokertokab.prokopim.schedule;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * The schedule's step (bpmn/jadwal-inventarisasi-peralatan-dokumentasi.bpmn): starts the inventory
 * SOP with what the Kabag's start form asks for, the period (the office's month, "Desember 2026",
 * which also names the case) and a note saying the schedule started it. Camunda 7 allows no timer
 * start beside the none start event the Kabag starts from in Tasklist, hence a process of its own.
 * It runs in the timer's transaction: if the start fails, the timer retries and no half case is left.
 */
@Component("inventarisasiTerjadwal")
class ScheduledInventory implements JavaDelegate {

    static final String SOP = "inventarisasiPeralatanDokumentasi";
    static final String NOTE = "Dimulai otomatis sesuai jadwal inventarisasi berkala.";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("id"));

    private final OfficeTime officeTime;

    ScheduledInventory(OfficeTime officeTime) {
        this.officeTime = officeTime;
    }

    @Override
    public void execute(DelegateExecution schedule) {
        String period = MONTH.format(ClockUtil.getCurrentTime().toInstant().atZone(officeTime.zone()));
        schedule.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(SOP,
                Map.of("periodeInventarisasi", period, "keteranganInventarisasi", NOTE));
    }
}
