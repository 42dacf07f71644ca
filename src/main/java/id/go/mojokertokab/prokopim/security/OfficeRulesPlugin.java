package id.go.mojokertokab.prokopim.security;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.form.DeployedForms;

/**
 * Puts the office's rules into the engine's command chain: {@link LoginThrottle} before the
 * transaction (a refused guess costs no database work), {@link OfficeCommands} inside the command
 * context.
 */
@Component
class OfficeRulesPlugin extends AbstractProcessEnginePlugin {

    private final DeployedForms forms;
    private final OfficeTime officeTime;
    private final LoginThrottle loginThrottle;

    OfficeRulesPlugin(DeployedForms forms, OfficeTime officeTime, LoginThrottle loginThrottle) {
        this.forms = forms;
        this.officeTime = officeTime;
        this.loginThrottle = loginThrottle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(loginThrottle);
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new OfficeCommands(new StepContract(forms), officeTime));
    }
}
