package id.go.mojokertokab.prokopim.notification;

/**
 * What a notification is about. The personal ones are about the recipient's own work, and a
 * person may switch them off ("pengingat"); an escalation and the morning summary are part of a
 * supervisor's duty and always go out.
 */
public enum NotificationKind {

    TUGAS_BARU("Tugas baru", true),
    PELANGGARAN("Melewati standar waktu", true),
    PENGINGAT("Pengingat kedua", true),
    ESKALASI("Eskalasi ke atasan", false),
    ESKALASI_KEDUA("Eskalasi kedua", false),
    RINGKASAN_PAGI("Ringkasan pagi", false);

    private final String label;
    private final boolean personal;

    NotificationKind(String label, boolean personal) {
        this.label = label;
        this.personal = personal;
    }

    public String label() {
        return label;
    }

    /** About the recipient's own work, so switched off with their reminders. */
    public boolean personal() {
        return personal;
    }
}
