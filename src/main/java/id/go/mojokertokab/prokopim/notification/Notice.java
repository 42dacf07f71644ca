package id.go.mojokertokab.prokopim.notification;

import java.time.Instant;

/**
 * One thing to tell people: the same text goes to each recipient on each channel. {@code key}
 * names the event ("TUGAS_BARU:<task id>"), so writing the same notice twice for a person keeps one.
 * {@code sendAt} is when it is due (now, or later for a second reminder); {@code taskId}, when set,
 * is the task it is about: if that task is done before delivery, the notice is dropped.
 */
public record Notice(NotificationKind kind, String key, String subject, String body, String link, String caseName,
        String processInstanceId, String taskId, Instant sendAt) {
}
