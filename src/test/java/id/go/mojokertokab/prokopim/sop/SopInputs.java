package id.go.mojokertokab.prokopim.sop;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/** Variables as the SOP forms produce them, so a test can enter or finish any step. */
public final class SopInputs {

    private SopInputs() {
    }

    /** What the SOP's start form records. */
    public static Map<String, Object> starting(SopStep.Sop sop) {
        return sop == SopStep.Sop.INVENTARISASI ? new HashMap<>(Map.of("periodeInventarisasi", "Triwulan IV 2026")) : agenda();
    }

    /** The name the office knows a case started with these inputs by (its business key). */
    public static String caseName(SopStep.Sop sop) {
        return sop == SopStep.Sop.INVENTARISASI ? "Triwulan IV 2026" : "01-12-2026 · Peresmian pasar desa";
    }

    /** What the steps before {@code step} would have recorded (staff chosen: staf1). */
    public static Map<String, Object> before(SopStep step) {
        Map<String, Object> variables = new HashMap<>();
        if (step.sop == SopStep.Sop.INVENTARISASI) {
            variables.put("periodeInventarisasi", "Triwulan IV 2026");
            variables.put("disposisiKabag", "Mohon segera inventarisasi peralatan dokumentasi.");
            variables.put("stafPelaksana", "staf1");
            variables.put("disposisiSubkoor", "Cek semua peralatan di almari dan dry cabinet.");
        } else {
            variables.putAll(agenda());
            variables.put("disposisiAgenda", "Liput dan publikasikan.");
            variables.put("disposisiKabag", "Update media sosial hari ini.");
            variables.put("stafPelaksana", "staf1");
            variables.put("kanalMedia", Spin.JSON(List.of("instagram", "facebook")));
            variables.put("rencanaKerja", "Desain: staf1. Balas pesan: staf2. Koordinasi OPD: Sub Koordinator.");
            variables.put("judulKonten", "Bupati resmikan pasar desa");
            variables.put("naskahKonten", "Bupati Mojokerto meresmikan pasar desa ...");
            variables.put("tautanDesain", "https://drive.example.go.id/desain/1");
        }
        return variables;
    }

    /** The start form of the media SOP: one item of the leaders' agenda. */
    public static Map<String, Object> agenda() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("kegiatan", "Peresmian pasar desa");
        variables.put("pimpinan", "Bupati");
        variables.put("waktuKegiatan", "2026-12-01T09:00+07:00");
        variables.put("lokasi", "Desa Jabon, Kecamatan Mojoanyar");
        return variables;
    }

    /** A valid completion of {@code step}, the way its form submits it. */
    public static Map<String, Object> completing(SopStep step) {
        return switch (step) {
            case INVENTARIS_1 -> Map.of("disposisiKabag", "Mohon segera inventarisasi peralatan dokumentasi.");
            case INVENTARIS_2 -> Map.of("stafPelaksana", "staf1", "disposisiSubkoor", "Cek semua peralatan.");
            case INVENTARIS_3 -> Map.of("peralatanTakTerdaftar", checkedEquipment());
            case INVENTARIS_4 -> Map.of("laporanInventarisasi", "Semua peralatan tercatat; drone rusak ringan.");
            case MEDIA_1 -> Map.of("disposisiAgenda", "Liput dan publikasikan.");
            case MEDIA_2 -> Map.of("disposisiKabag", "Update media sosial hari ini.");
            case MEDIA_3 -> Map.of("stafPelaksana", "staf1",
                    "kanalMedia", Spin.JSON(List.of("instagram", "facebook")),
                    "rencanaKerja", "Desain: staf1. Balas pesan: staf2.");
            case MEDIA_4 -> Map.of("judulKonten", "Bupati resmikan pasar desa",
                    "naskahKonten", "Bupati Mojokerto meresmikan pasar desa ...",
                    "tautanDesain", "https://drive.example.go.id/desain/1");
            case MEDIA_5 -> Map.of("catatanPenyerahan", "Siap diverifikasi.");
            case MEDIA_5A -> Map.of("kontenDisetujui", true);
            case MEDIA_6 -> Map.of("tautanInstagram", "https://www.instagram.com/p/abc",
                    "tautanFacebook", "https://www.facebook.com/prokopim/posts/1");
        };
    }

    /**
     * The SOP's four kinds of equipment, counted and judged, as rows of equipment found that is not
     * in the register (step 3's second list; the tests start with an empty Buku inventarisasi): the
     * drone is slightly damaged.
     */
    public static SpinJsonNode checkedEquipment() {
        return Spin.JSON(List.of(
                item("Kamera", 3, "Baik", true, true),
                item("Drone", 1, "Rusak ringan", true, false),
                item("Peralatan Studio dan Audio", 5, "Baik", true, true),
                item("Komputer Grafis", 2, "Baik", false, false)));
    }

    /**
     * Step 3's rows from the Buku inventarisasi as staff fill them in: every listed item counted
     * once, in good order and ready. The register is shared by the tests of one Spring context,
     * so a test that completes step 3 fills in whatever the step listed.
     */
    public static SpinJsonNode checkedAsListed(SpinJsonNode listed) {
        SpinJsonNode rows = Spin.JSON(listed.toString());
        for (SpinJsonNode row : rows.elements()) {
            row.prop("jumlah", 1);
            row.prop("kondisi", "Baik");
            row.prop("bateraiSiap", true);
            row.prop("memoriSiap", true);
        }
        return rows;
    }

    private static Map<String, Object> item(String nama, int jumlah, String kondisi, boolean baterai, boolean memori) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("nama", nama);
        row.put("jumlah", jumlah);
        row.put("kondisi", kondisi);
        row.put("bateraiSiap", baterai);
        row.put("memoriSiap", memori);
        row.put("catatan", "");
        return row;
    }
}
