package id.go.mojokertokab.prokopim.inventory.report;

import java.time.Instant;
import java.util.List;

/** A laporan with known rows, for the tests of its files and its API. */
final class Laporans {

    private Laporans() {
    }

    static Laporan triwulanIV(String processInstanceId) {
        return new Laporan(processInstanceId, "Triwulan IV 2026",
                List.of(new Laporan.Item("KAM-001", "Kamera Sony A7 III", "Kamera", 2, "Baik", true, true, ""),
                        new Laporan.Item("DRN-001", "Drone DJI Mavic 3", "Drone", 1, "Rusak ringan", true, false, "Baling-baling retak"),
                        new Laporan.Item("AUD-001", "Mikrofon Rode", "Peralatan Studio dan Audio", 0, "Hilang", false, false,
                                "=HYPERLINK(\"http://contoh\")")),
                List.of(new Laporan.Change("DRN-001", "Drone DJI Mavic 3", "Kondisi berubah dari Baik menjadi Rusak ringan"),
                        new Laporan.Change("AUD-001", "Mikrofon Rode", "Tidak ditemukan saat pemeriksaan"),
                        new Laporan.Change("KOM-001", "Komputer iMac", "Terdaftar, tetapi tidak termasuk daftar pemeriksaan ini")),
                List.of(new Laporan.Found("Tripod Manfrotto", 3, "Baik", false, false, "Tidak ada di buku")),
                "Semua peralatan tercatat; drone rusak ringan, mikrofon hilang.",
                "Dewi Lestari", Instant.parse("2026-12-02T02:30:00Z"));
    }
}
