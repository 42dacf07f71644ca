package id.go.mojokertokab.prokopim.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete an assignment step unless {@value #VARIABLE} names a member of Staf Sub
 * Dokpim: the staff steps that follow are assigned to that user, and a typo sent over REST would
 * otherwise leave them with nobody able to see them. The REST API answers 400 with the message,
 * and the task stays open with nothing changed.
 */
@Component
public class AssignedStaffValidator implements TaskListener {

    public static final String VARIABLE = "stafPelaksana";

    private final IdentityService identityService;

    AssignedStaffValidator(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Object chosen = task.getVariable(VARIABLE);
        boolean isStaff = chosen instanceof String userId && !userId.isBlank()
                && identityService.createUserQuery().userId(userId).memberOfGroup(OfficeRole.STAF.groupId()).count() == 1;
        if (!isStaff) {
            throw new FormFieldValidationException(VARIABLE, chosen == null
                    ? "Staf pelaksana wajib dipilih."
                    : "Staf pelaksana '" + chosen + "' bukan anggota " + OfficeRole.STAF.laneName() + ".");
        }
    }
}
