package id.go.mojokertokab.prokopim.inventory;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The documentation equipment the office inventories; the SOP's list is the default in application.yaml. */
@ConfigurationProperties("prokopim.inventory")
public record InventoryProperties(List<String> peralatan) {

    public InventoryProperties {
        peralatan = peralatan == null ? List.of() : List.copyOf(peralatan);
    }
}
