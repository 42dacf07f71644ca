package id.go.mojokertokab.prokopim.identity;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * Offers the current members of Staf Sub Dokpim on the task where the Sub Koordinator assigns
 * the work: the form's select reads them from the task-local {@value #OPTIONS_VARIABLE}
 * ({@code valuesKey}), so a new staff member added in Admin appears without editing the form.
 */
@Component
public class StaffOptionsListener implements TaskListener {

    public static final String OPTIONS_VARIABLE = "daftarStaf";

    private final IdentityService identityService;

    StaffOptionsListener(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Map<String, String>> options = identityService.createUserQuery()
                .memberOfGroup(OfficeRole.STAF.groupId())
                .orderByUserFirstName().asc()
                .list().stream()
                .map(user -> Map.of("label", PersonName.of(user), "value", user.getId()))
                .toList();
        task.setVariableLocal(OPTIONS_VARIABLE, Spin.JSON(options));
    }
}
