package id.go.mojokertokab.prokopim.inventory;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.cluster.StartupLock;

/**
 * In the demo profile, a register a newcomer can look at: the office's usual equipment, added by
 * the demo Sub Koordinator when the register has no row at all. Items are never deleted, so once
 * the register has any (examples retired included) nothing is added again. Tests start from an
 * empty register ({@code prokopim.demo.contoh-inventaris: false} in the test configuration).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "prokopim.demo.contoh-inventaris", havingValue = "true", matchIfMissing = true)
class DemoRegister {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRegister.class);
    static final String SUBKOOR = "subkoor";

    static final List<ItemInput> ITEMS = List.of(
            new ItemInput("KAM-001", "Kamera Canon EOS 90D", "Kamera", "Canon EOS 90D", "093021004512", 1, "Dry cabinet terkunci", null),
            new ItemInput("KAM-002", "Kamera Sony Alpha 7 III", "Kamera", "Sony ILCE-7M3", "4127735", 1, "Dry cabinet terkunci", null),
            new ItemInput("DRN-001", "Drone DJI Mavic 3", "Drone", "DJI Mavic 3 Classic", "1581F5FHD23C", 1, "Almari terkunci", null),
            new ItemInput("AUD-001", "Mikrofon nirkabel Rode Wireless GO II", "Peralatan Studio dan Audio", "Rode Wireless GO II", null, 2,
                    "Filling kabinet terkunci", null),
            new ItemInput("AUD-002", "Lampu studio LED Godox", "Peralatan Studio dan Audio", "Godox SL60W", null, 2, "Almari terkunci", null),
            new ItemInput("KOM-001", "Komputer grafis iMac 24 inci", "Komputer Grafis", "Apple iMac 24 M3", "C02H8XYZQ6X", 1,
                    "Almari terkunci", null));

    private final EquipmentRegister register;

    DemoRegister(EquipmentRegister register) {
        this.register = register;
    }

    /* Before StartupLock's release, like IdentitySeeder: two nodes never both seed. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupLock.RELEASE_ORDER - 1)
    void seed() {
        if (!register.isEmpty()) {
            return;
        }
        ITEMS.forEach(item -> register.add(item, SUBKOOR));
        LOG.info("Buku inventarisasi: {} barang contoh ditambahkan (profil demo).", ITEMS.size());
    }
}
