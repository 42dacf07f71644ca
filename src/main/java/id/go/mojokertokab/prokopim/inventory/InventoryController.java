package id.go.mojokertokab.prokopim.inventory;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.mojokertokab.prokopim.inventory.RegisterLists.Kind;

/**
 * {@code /api/inventaris}: the Buku inventarisasi over HTTP, for the Cockpit page (inventaris.js)
 * and other programs. Authenticated like the REST API; read by the Kabag, the Sub Koordinator,
 * staff and administrators, changed by the Sub Koordinator only (InventoryRoles). Every refusal
 * is a 4xx in Camunda's error shape with an Indonesian message, and changes nothing.
 */
@RestController
@RequestMapping(path = "/api/inventaris", produces = MediaType.APPLICATION_JSON_VALUE)
class InventoryController {

    private final EquipmentRegister register;
    private final RegisterLists lists;
    private final Proposals proposals;
    private final InventoryRoles roles;

    InventoryController(EquipmentRegister register, RegisterLists lists, Proposals proposals, InventoryRoles roles) {
        this.register = register;
        this.lists = lists;
        this.proposals = proposals;
        this.roles = roles;
    }

    /** A reason, and the version of the item the person saw. */
    record Reason(String alasan, Integer versi) {
    }

    record Name(String nama) {
    }

    @GetMapping("/akses")
    InventoryRoles.Access access() {
        return roles.access();
    }

    /** {@code status}: AKTIF (default), DIHAPUS or SEMUA; {@code kategori}: one category, or all. */
    @GetMapping("/barang")
    List<Item> items(@RequestParam(required = false) String status, @RequestParam(required = false) String kategori) {
        roles.requireReader();
        return register.list(itemStatus(status), kategori == null || kategori.isBlank() ? null : kategori.strip());
    }

    @GetMapping("/barang/{kode}")
    Item item(@PathVariable String kode) {
        roles.requireReader();
        return register.get(kode);
    }

    @GetMapping("/barang/{kode}/riwayat")
    List<HistoryEntry> history(@PathVariable String kode) {
        roles.requireReader();
        return register.historyOf(kode);
    }

    @PostMapping("/barang")
    ResponseEntity<Item> add(@RequestBody ItemInput input) {
        Item added = register.add(input, roles.requireMaintainer());
        return ResponseEntity.status(HttpStatus.CREATED).body(added);
    }

    @PutMapping("/barang/{kode}")
    Item edit(@PathVariable String kode, @RequestBody ItemInput input) {
        return register.edit(kode, input, roles.requireMaintainer());
    }

    @PostMapping("/barang/{kode}/hapus")
    Item retire(@PathVariable String kode, @RequestBody Reason reason) {
        return register.retire(kode, reason.alasan(), reason.versi(), roles.requireMaintainer());
    }

    @PostMapping("/barang/{kode}/aktifkan")
    Item reactivate(@PathVariable String kode, @RequestBody Reason reason) {
        return register.reactivate(kode, reason.alasan(), reason.versi(), roles.requireMaintainer());
    }

    @GetMapping("/kategori")
    List<String> categories() {
        roles.requireReader();
        return lists.of(Kind.KATEGORI);
    }

    @PostMapping("/kategori")
    ResponseEntity<List<String>> addCategory(@RequestBody Name name) {
        roles.requireMaintainer();
        lists.add(Kind.KATEGORI, name.nama());
        return ResponseEntity.status(HttpStatus.CREATED).body(lists.of(Kind.KATEGORI));
    }

    @GetMapping("/lokasi")
    List<String> locations() {
        roles.requireReader();
        return lists.of(Kind.LOKASI);
    }

    @PostMapping("/lokasi")
    ResponseEntity<List<String>> addLocation(@RequestBody Name name) {
        roles.requireMaintainer();
        lists.add(Kind.LOKASI, name.nama());
        return ResponseEntity.status(HttpStatus.CREATED).body(lists.of(Kind.LOKASI));
    }

    /** {@code status}: MENUNGGU (default), DITERIMA, DITOLAK or SEMUA. */
    @GetMapping("/usulan")
    List<Proposal> proposals(@RequestParam(required = false, defaultValue = Proposal.MENUNGGU) String status) {
        roles.requireReader();
        return proposals.list(Proposals.status(status));
    }

    @PostMapping("/usulan/{id}/terima")
    ResponseEntity<Item> accept(@PathVariable long id, @RequestBody ItemInput input) {
        Item added = proposals.accept(id, input, roles.requireMaintainer());
        return ResponseEntity.status(HttpStatus.CREATED).body(added);
    }

    @PostMapping("/usulan/{id}/tolak")
    Proposal decline(@PathVariable long id, @RequestBody Reason reason) {
        return proposals.decline(id, reason.alasan(), roles.requireMaintainer());
    }

    private static String itemStatus(String status) {
        if (status == null || status.isBlank()) {
            return Item.AKTIF;
        }
        String upper = status.strip().toUpperCase(Locale.ROOT);
        if ("SEMUA".equals(upper)) {
            return null;
        }
        if (!List.of(Item.AKTIF, Item.DIHAPUS).contains(upper)) {
            throw new NotValidException("Parameter 'status' harus AKTIF, DIHAPUS atau SEMUA.");
        }
        return upper;
    }
}
