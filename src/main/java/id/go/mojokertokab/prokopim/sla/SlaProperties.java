package id.go.mojokertokab.prokopim.sla;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeScale how much of each SOP time standard really passes: 1.0 in production; 0.01
 *                  turns "1 jam" into 36 seconds for a demo or a browser test
 */
@ConfigurationProperties("prokopim.sla")
public record SlaProperties(@DefaultValue("1.0") double timeScale) {

    public SlaProperties {
        if (!(timeScale > 0 && timeScale <= 1.0)) {
            throw new IllegalArgumentException("prokopim.sla.time-scale must be in (0, 1], was " + timeScale);
        }
    }
}
