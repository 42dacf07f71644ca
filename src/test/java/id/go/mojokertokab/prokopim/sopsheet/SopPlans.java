package id.go.mojokertokab.prokopim.sopsheet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans built by hand, as the sheet check would plan them: the two office SOPs of
 * ../shared/sop/sop-prokopim-2022.md and a test sheet of four roles and nine steps with a checked
 * decision and standards in menit, jam, hari and hari kerja.
 */
final class SopPlans {

    static final String UNIT = "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN";
    static final Role KABAG = new Role("Kabag Prokopim", "kabag-prokopim");
    static final Role SUBKOOR = new Role("Sub Koordinator Dokpim", "subkoor-dokpim");
    static final Role STAF = new Role("Staf Sub Dokpim", "staf-dokpim");
    static final Role STAF_KOMPIM = new Role("Staf Sub Kompim", "staf-kompim");

    private SopPlans() {
    }

    static SopPlan inventarisasi() {
        SheetHeader header = header("Inventarisasi Peralatan Dokumentasi",
                List.of("Mampu mengoperasikan peralatan Kamera, Drone, dan peralatan dokumentasi lain", "Jujur, dan Bertanggung jawab"),
                List.of("Almari Terkunci", "Filling Kabinet terkunci", "Dry Cabinet terkunci"),
                "Apabila tidak dilakukan maka peralatan yang ada, tidak terawat dengan baik. Serta menumbuhkan tanggungjawab pemakai atas alat kerja yang telah digunakan");
        return plan(header, "inventarisasiPeralatanDokumentasi", List.of(KABAG, SUBKOOR, STAF), List.of(
                step("1", "Menugaskan Sub Koordinator Dokpim untuk inventarisasi peralatan dokumentasi", KABAG, "Disposisi", "10 menit", "Disposisi", null),
                step("2", "Menugaskan staf Sub Dokpim untuk inventarisasi peralatan dokumentasi", SUBKOOR, "Agenda Kerja", "10 menit", "Disposisi", null),
                step("3", "Melakukan pengecekan peralatan dokumentasi terkait jumlah, kondisi, kesiapan alat (baterai dan memory)", STAF,
                        "Peralatan Dokumentasi", "1 jam", "Hasil Peralatan dokumentasi yang siap dipergunakan", null),
                step("4", "Mencatat dan melaporkan kepada Sub Koordinator", STAF, "Buku inventarisasi", "30 menit",
                        "Hasil Peralatan tercatat dan tersusun rapi (laporan, Selesai)", null)));
    }

    static SopPlan mediaSosial() {
        SheetHeader header = header("Penyampaian Informasi Melalui Media Sosial (IG, You Tube dan FB)",
                List.of("Mampu melaksanakan desain grafis, editing foto dan video",
                        "Mampu mengilustrasikan kegiatan Pimpinan daerah dalam sebuah berita gambar serta memberikan release singkat kegiatan Pimpinan Daerah"),
                List.of("Komputer", "Jaringan Internet", "Dokumentasi foto/Video", "Aplikasi Editing Foto dan Video"),
                "Apabila tidak dilakukan maka acara Penyampaian informasi Kegiatan Pimpinan Daerah tidak tersampaikan kepada masyarakat");
        return plan(header, "penyampaianInformasiMediaSosial", List.of(KABAG, SUBKOOR, STAF), List.of(
                step("1", "Merujuk kepada Agenda Kegiatan Bupati, Wakil Bupati dan Sekretaris Daerah", KABAG,
                        "Disposisi, Agenda Kegiatan Bupati, Wakil Bupati dan Sekretaris Daerah", "10 menit", "Disposisi", null),
                step("2", "Menugaskan Sub Koordinator Dokpim untuk update media sosial", KABAG, "Agenda Kerja", "10 menit", "Disposisi", null),
                step("3", "Membagi tugas untuk desain konten media sosial, membalas pesan dan koordinasi dengan OPD", SUBKOOR,
                        "Agenda Kerja", "10 menit", "Rencana Kerja", null),
                step("4", "Mendesain konten untuk media sosial", STAF, "Perangkat editing Bahan / hasil dokumentasi", "3 jam",
                        "Konten Media Sosial", null),
                step("5", "Menyerahkan hasil desain kepada Sub Koordinator dan tim yang telah dibentuk untuk di verifikasi sebelum tayang",
                        STAF, "Hasil desain / konten", "30 menit", "Konten Media Sosial", null),
                step("6", "Mengupload konten di media sosial", STAF, "Hasil desain / konten", "15 menit",
                        "Konten terupload Media Sosial (Selesai)", null)));
    }

    /** Four roles, nine steps, step 5 checks step 4's work and sends it back when it is not right. */
    static SopPlan siaranPers() {
        SheetHeader header = header("Penerbitan Siaran Pers Kegiatan Pimpinan",
                List.of("Mampu menulis berita", "Mampu berkomunikasi dengan media massa"),
                List.of("Komputer", "Kamera", "Jaringan Internet"),
                "Apabila tidak dilakukan maka kegiatan Pimpinan Daerah tidak diketahui masyarakat");
        return plan(header, "penerbitanSiaranPersKegiatanPimpinan", List.of(KABAG, SUBKOOR, STAF, STAF_KOMPIM), List.of(
                step("1", "Menugaskan Sub Koordinator Dokpim untuk peliputan kegiatan pimpinan", KABAG, "Disposisi", "10 menit", "Disposisi", null),
                step("2", "Membagi tugas peliputan kepada staf", SUBKOOR, "Agenda Kerja", "15 menit", "Rencana liputan", null),
                step("3", "Meliput kegiatan pimpinan", STAF, "Kamera, buku catatan", "3 jam", "Foto dan catatan kegiatan", null),
                step("4", "Menyusun naskah siaran pers", STAF, "Foto dan catatan kegiatan", "1 hari", "Naskah siaran pers", null),
                step("5", "Memeriksa naskah siaran pers", SUBKOOR, "Naskah siaran pers", "30 menit", "Naskah diperiksa",
                        new Decision("Apakah naskah sudah sesuai?", "4")),
                step("6", "Menyetujui naskah siaran pers", KABAG, "Naskah diperiksa", "1 jam", "Naskah disetujui", null),
                step("7", "Mengirim siaran pers kepada media massa", STAF_KOMPIM, "Daftar media massa", "2 jam", "Siaran pers terkirim", null),
                step("8", "Mengarsipkan siaran pers dan tanggapan media", STAF_KOMPIM, "Kliping media", "2 hari kerja", "Arsip siaran pers", null),
                step("9", "Melaporkan hasil publikasi kepada Kabag Prokopim", SUBKOOR, "Arsip siaran pers", "1 hari kerja",
                        "Laporan publikasi (Selesai)", null)));
    }

    private static SheetHeader header(String nama, List<String> kualifikasi, List<String> peralatan, String peringatan) {
        return new SheetHeader("/SOP/PKP/2022", nama, "Januari 2022", "", "Januari 2022",
                "Kepala Bagian Protokol dan Komunikasi Pimpinan",
                List.of("Peraturan Daerah No. 9 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah Kabupaten Mojokerto",
                        "Peraturan Bupati Mojokerto No. 57 Tahun 2016 tentang Kedudukan Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Sekretariat Daerah Kabupaten Mojokerto"),
                kualifikasi, List.of(), peralatan, peringatan, "");
    }

    private record Row(String number, String kegiatan, Role role, String kelengkapan, String waktu, String output, Decision decision) {
    }

    private static Row step(String number, String kegiatan, Role role, String kelengkapan, String waktu, String output, Decision decision) {
        return new Row(number, kegiatan, role, kelengkapan, waktu, output, decision);
    }

    private static SopPlan plan(SheetHeader header, String processKey, List<Role> roles, List<Row> rows) {
        List<SheetStep> sheetSteps = new ArrayList<>();
        List<PlannedStep> planned = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String keterangan = row.decision() == null ? "" : "Jika tidak sesuai kembali ke langkah " + row.decision().backToStep();
            SheetStep step = new SheetStep(20 + i, row.number(), row.kegiatan(), row.role().laneName(), row.kelengkapan(),
                    row.waktu(), row.output(), keterangan);
            sheetSteps.add(step);
            planned.add(new PlannedStep(step, row.role(), standard(row.waktu()), row.decision()));
        }
        SopSheet sheet = new SopSheet(UNIT, header, roles.stream().map(Role::laneName).toList(), sheetSteps);
        return new SopPlan(sheet, processKey, roles, planned);
    }

    private static final Map<String, Duration> UNITS = Map.of("menit", Duration.ofMinutes(1), "jam", Duration.ofHours(1),
            "hari", Duration.ofDays(1));

    static StandardTime standard(String waktu) {
        String[] parts = waktu.split(" ", 2);
        int amount = Integer.parseInt(parts[0]);
        if (parts[1].equals("hari kerja")) {
            return new StandardTime(waktu, null, amount);
        }
        return new StandardTime(waktu, UNITS.get(parts[1]).multipliedBy(amount), 0);
    }
}
