package id.go.mojokertokab.prokopim.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo profile's example items: there for a newcomer, added once, never over the office's own. */
@SpringBootTest(properties = "prokopim.demo.contoh-inventaris=true")
class DemoRegisterTest {

    @Autowired
    EquipmentRegister register;
    @Autowired
    DemoRegister demo;

    @Test
    void a_newcomer_sees_the_example_items_added_by_the_sub_koordinator() {
        assertThat(register.list(Item.AKTIF, null)).extracting(Item::kode)
                .containsExactly("AUD-001", "AUD-002", "DRN-001", "KAM-001", "KAM-002", "KOM-001");
        Item camera = register.get("KAM-001");
        assertThat(camera.nama()).isEqualTo("Kamera Canon EOS 90D");
        assertThat(camera.dibuatOlehNama()).isEqualTo("Bambang Setiawan (subkoor)");
        assertThat(register.historyOf("KAM-001")).hasSize(1);
    }

    @Test
    void seeding_again_adds_nothing() {
        demo.seed();

        assertThat(register.list(null, null)).hasSize(DemoRegister.ITEMS.size());
    }
}
