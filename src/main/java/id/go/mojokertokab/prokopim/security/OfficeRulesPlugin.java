package id.go.mojokertokab.prokopim.security;

import java.time.Clock;
import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

    OfficeRulesPlugin(DeployedForms forms, OfficeTime officeTime) {
        this.forms = forms;
        this.officeTime = officeTime;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired()
                .add(new LoginThrottle(OfficeRulesPlugin::clientAddress, Clock.systemUTC()));
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new OfficeCommands(new StepContract(forms), officeTime));
    }

    /** The address of the HTTP client whose request runs on this thread (behind the proxy: the forwarded one). */
    private static String clientAddress() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request instanceof ServletRequestAttributes servlet ? servlet.getRequest().getRemoteAddr() : "-";
    }
}
