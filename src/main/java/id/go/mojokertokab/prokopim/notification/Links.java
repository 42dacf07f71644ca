package id.go.mojokertokab.prokopim.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a notification's reader goes: the office's own address ({@code prokopim.alamat-publik},
 * {@code PROKOPIM_PUBLIC_URL} in production), never the address a server happens to see itself at.
 */
@Component
class Links {

    private final String webapps;

    Links(@Value("${prokopim.alamat-publik}") String publicAddress,
            @Value("${server.servlet.context-path:}") String contextPath,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        this.webapps = publicAddress.replaceAll("/+$", "") + contextPath + applicationPath;
    }

    /** Opens the task in Tasklist (after login, if needed). */
    String task(String taskId) {
        return webapps + "/app/tasklist/default/#/?task=" + taskId;
    }

    /** The webapps' start page, where everyone finds their profile and Notifikasi saya. */
    String welcome() {
        return webapps + "/app/welcome/default/";
    }

    /** Cockpit's dashboard, where the SLA view is. */
    String cockpit() {
        return webapps + "/app/cockpit/default/#/dashboard";
    }
}
