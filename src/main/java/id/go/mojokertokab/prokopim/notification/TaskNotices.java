package id.go.mojokertokab.prokopim.notification;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;

/**
 * The words of the notifications about one task: short, Indonesian, readable on a phone, each
 * naming the SOP, the step, the case, the standard with its deadline in WIB, and a link that opens
 * the task in Tasklist.
 */
@Component
class TaskNotices {

    private static final String SIGNATURE = "\n\n— Pesan otomatis SOP Prokopim Kabupaten Mojokerto.";
    private static final int SHORT_ACTIVITY = 60;

    private final OfficeTime officeTime;
    private final Links links;

    TaskNotices(OfficeTime officeTime, Links links) {
        this.officeTime = officeTime;
        this.links = links;
    }

    Notice workArrived(OpenTask task) {
        String body = "Ada tugas baru untuk Anda.\n\n" + facts(task) + standardLine(task) + "\n\nBuka di Tasklist: "
                + links.task(task.id()) + footer();
        return notice(NotificationKind.TUGAS_BARU, task, "Tugas baru: " + shortTitle(task), body, null);
    }

    Notice breached(OpenTask task, String holder) {
        String body = "Tugas ini melewati standar waktu " + standard(task) + " (batas " + due(task)
                + "). Langkahnya tetap perlu diselesaikan" + supervisorsTold(task) + ".\n\n" + facts(task)
                + "\nDikerjakan oleh: " + holder + "\n\nBuka di Tasklist: " + links.task(task.id()) + footer();
        return notice(NotificationKind.PELANGGARAN, task, "Melewati standar waktu: " + shortTitle(task), body, null);
    }

    Notice escalated(OpenTask task, String holder, String supervisorGroup) {
        String body = "Untuk " + supervisorGroup + ": langkah di lajur " + task.step().role() + " melewati standar waktu "
                + standard(task) + " (batas " + due(task) + ").\n\n" + facts(task) + "\nDikerjakan oleh: " + holder
                + "\n\nLihat tugasnya: " + links.task(task.id()) + "\nPelanggaran yang masih terbuka: " + links.cockpit()
                + SIGNATURE;
        return notice(NotificationKind.ESKALASI, task, "Eskalasi: " + shortTitle(task) + " melewati standar waktu", body, null);
    }

    /** Due when the task has been open twice its standard ({@code at}). */
    Notice secondReminder(OpenTask task, String holder, Instant at) {
        String body = "Tugas ini sudah terbuka dua kali standar waktunya (" + standard(task) + ") dan belum selesai.\n\n"
                + facts(task) + "\nDikerjakan oleh: " + holder + "\n\nBuka di Tasklist: " + links.task(task.id()) + footer();
        return notice(NotificationKind.PENGINGAT, task, "Pengingat kedua: " + shortTitle(task), body, at);
    }

    /* Everyone may open the webapps' start page (Welcome); Admin is for administrators. */
    private String footer() {
        return SIGNATURE + "\nPengingat tentang tugas Anda sendiri dapat dimatikan di " + links.welcome() + " (Notifikasi saya).";
    }

    /** To the lane's supervisors, when the task has been open twice its standard ({@code at}). */
    Notice secondEscalation(OpenTask task, String holder, String supervisorGroup, Instant at) {
        String body = "Untuk " + supervisorGroup + ": langkah di lajur " + task.step().role()
                + " sudah terbuka dua kali standar waktunya (" + standard(task) + ") dan belum selesai.\n\n" + facts(task)
                + "\nDikerjakan oleh: " + holder + "\n\nLihat tugasnya: " + links.task(task.id())
                + "\nPelanggaran yang masih terbuka: " + links.cockpit() + SIGNATURE;
        return notice(NotificationKind.ESKALASI_KEDUA, task, "Eskalasi kedua: " + shortTitle(task) + " belum selesai", body, at);
    }

    private Notice notice(NotificationKind kind, OpenTask task, String subject, String body, Instant sendAt) {
        return new Notice(kind, kind.name() + ":" + task.id(), subject, body, links.task(task.id()), task.caseName(),
                task.processInstanceId(), task.id(), sendAt);
    }

    private static String facts(OpenTask task) {
        StringJoiner lines = new StringJoiner("\n");
        String sop = task.step().sop();
        lines.add(sop.startsWith("SOP ") ? sop : "SOP: " + sop);
        lines.add("Langkah: " + task.step().title());
        lines.add("Lajur: " + task.step().role());
        if (task.caseName() != null) {
            lines.add("Kasus: " + task.caseName());
        }
        return lines.toString();
    }

    private String standardLine(OpenTask task) {
        return task.step().standard().isEmpty() ? ""
                : "\nStandar waktu: " + standard(task) + (task.due() == null ? "" : ", paling lambat " + due(task));
    }

    private static String standard(OpenTask task) {
        return task.step().standardWording();
    }

    private String due(OpenTask task) {
        return task.due() == null ? "-" : officeTime.format(Date.from(task.due()));
    }

    private static String supervisorsTold(OpenTask task) {
        return task.step().nearestSupervisor().isPresent() ? "; atasan lajur ini juga diberi tahu" : "";
    }

    /** "3. Melakukan pengecekan peralatan … · Desember 2026": fits a phone's subject line. */
    private static String shortTitle(OpenTask task) {
        String title = task.step().title();
        if (title.length() > SHORT_ACTIVITY) {
            title = title.substring(0, SHORT_ACTIVITY).replaceAll("\\s+\\S*$", "") + " …";
        }
        return task.caseName() == null ? title : title + " · " + task.caseName();
    }

    /** An open task as the notifications need it. */
    record OpenTask(String id, String processInstanceId, Step step, String caseName, Instant created, Instant due,
            String assignee, List<String> candidateGroups) {
    }
}
