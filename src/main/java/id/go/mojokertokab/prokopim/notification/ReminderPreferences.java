package id.go.mojokertokab.prokopim.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether a person wants reminders about their own tasks; on unless they switched it off. */
@Component
public class ReminderPreferences {

    private final JdbcClient jdbc;

    ReminderPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean wantsReminders(String userId) {
        return jdbc.sql("SELECT pengingat FROM notif_preferensi WHERE user_id = ?")
                .param(userId).query(Boolean.class).optional().orElse(true);
    }

    public void setReminders(String userId, boolean on) {
        OffsetDateTime now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE notif_preferensi SET pengingat = ?, diubah = ? WHERE user_id = ?")
                .params(on, now, userId).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO notif_preferensi (user_id, pengingat, diubah) VALUES (?, ?, ?)")
                        .params(userId, on, now).update();
            } catch (DuplicateKeyException sameMomentElsewhere) {
                jdbc.sql("UPDATE notif_preferensi SET pengingat = ?, diubah = ? WHERE user_id = ?").params(on, now, userId).update();
            }
        }
    }
}
