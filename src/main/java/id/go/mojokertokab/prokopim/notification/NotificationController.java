package id.go.mojokertokab.prokopim.notification;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.mojokertokab.prokopim.security.OfficeRefusal;

/**
 * {@code /api/notifikasi}: the outbox for administrators (members of camunda-admin), with "Kirim
 * ulang" for what failed; and for everyone their own notifications and their reminder switch.
 */
@RestController
@RequestMapping("/api/notifikasi")
class NotificationController {

    private static final int MAX_PAGE = 200;

    private final OutboxRows rows;
    private final ReminderPreferences preferences;
    private final IdentityService identityService;
    private final CommandExecutor commands;
    private final People people;
    private final Channels channels;
    private final Resending resending;

    NotificationController(OutboxRows rows, ReminderPreferences preferences, ProcessEngine engine, People people,
            Channels channels, Resending resending) {
        this.rows = rows;
        this.identityService = engine.getIdentityService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        this.preferences = preferences;
        this.people = people;
        this.channels = channels;
        this.resending = resending;
    }

    @GetMapping
    OutboxRows.Page outbox(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int firstResult,
            @RequestParam(defaultValue = "50") int maxResults) {
        requireAdministrator();
        if (status != null && !OutboxRows.STATUSES.contains(status)) {
            throw new NotValidException("Status '" + status + "' tidak dikenal; pilih salah satu dari " + OutboxRows.STATUSES + ".");
        }
        return rows.page(status, null, checkedFirst(firstResult), checkedMax(maxResults));
    }

    @GetMapping("/ringkasan")
    OutboxRows.Counts counts() {
        requireAdministrator();
        return rows.counts();
    }

    @PostMapping("/{id}/kirim-ulang")
    OutboxRows.Row sendAgain(@PathVariable long id) {
        requireAdministrator();
        return resending.again(id);
    }

    @GetMapping("/saya")
    OutboxRows.Page mine(@RequestParam(defaultValue = "0") int firstResult, @RequestParam(defaultValue = "20") int maxResults) {
        return rows.page(null, caller().getUserId(), checkedFirst(firstResult), checkedMax(maxResults));
    }

    @GetMapping("/preferensi")
    Preferences myPreferences() {
        return preferencesOf(caller().getUserId());
    }

    @PutMapping("/preferensi")
    Preferences setMyPreferences(@RequestBody Map<String, Boolean> body) {
        Boolean reminders = body == null ? null : body.get("pengingat");
        if (reminders == null || body.size() != 1) {
            throw new NotValidException("Kirim {\"pengingat\": true} atau {\"pengingat\": false}.");
        }
        String userId = caller().getUserId();
        preferences.setReminders(userId, reminders);
        return preferencesOf(userId);
    }

    private Preferences preferencesOf(String userId) {
        String email = people.user(userId).map(User::getEmail).filter(address -> !address.isBlank()).orElse(null);
        return new Preferences(preferences.wantsReminders(userId), email, channels.all().stream().map(NotificationChannel::id).toList());
    }

    private Authentication caller() {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            throw new OfficeRefusal(null, List.of(), "Silakan masuk terlebih dahulu.");
        }
        return caller;
    }

    /* An administrator as Camunda counts them: its admin groups and users (camunda-admin by default). */
    private void requireAdministrator() {
        Authentication caller = caller();
        if (!commands.execute(context -> context.getAuthorizationManager().isCamundaAdmin(caller))) {
            throw new OfficeRefusal(caller.getUserId(), List.of(new MissingAuthorization(Permissions.ALL.getName(),
                    Resources.USER.resourceName(), "*")), "Kotak keluar notifikasi hanya untuk administrator.");
        }
    }

    private static int checkedFirst(int first) {
        if (first < 0) {
            throw new NotValidException("firstResult tidak boleh negatif.");
        }
        return first;
    }

    private static int checkedMax(int max) {
        if (max < 1 || max > MAX_PAGE) {
            throw new NotValidException("maxResults harus 1 sampai " + MAX_PAGE + ".");
        }
        return max;
    }

    record Preferences(boolean pengingat, String email, List<String> kanal) {
    }
}
