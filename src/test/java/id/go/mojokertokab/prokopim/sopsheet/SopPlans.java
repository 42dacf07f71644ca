package id.go.mojokertokab.prokopim.sopsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plans the tests write: the two office SOPs of src/test/resources/sopsheet/sop-prokopim-2022.md
 * and the test sheet sop-uji-pelayanan-dokumentasi.md, read by TextSheets and planned by SheetCheck;
 * and one plan built by hand (a decision whose loop crosses lanes, flows up across three lanes,
 * two working-day standards) for the layout.
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
        return fromSheet("sop-prokopim-2022.md", "Inventarisasi Peralatan Dokumentasi");
    }

    static SopPlan mediaSosial() {
        return fromSheet("sop-prokopim-2022.md", "Penyampaian Informasi Melalui Media Sosial (IG, You Tube dan FB)");
    }

    /** The test sheet: four roles, nine steps, step 6 "Apakah hasil dokumentasi sesuai?" back to step 5. */
    static SopPlan pelayananDokumentasi() {
        return fromSheet("sop-uji-pelayanan-dokumentasi.md", "Pelayanan Dokumentasi Tugas Pimpinan");
    }

    /** The sheet the import page and Tasklist tests use: two new roles, step 4 checks step 3's work. */
    static SopPlan peminjamanPeralatan() {
        return fromSheet("impor/peminjaman-peralatan-dokumentasi.md", "Peminjaman Peralatan Dokumentasi");
    }

    /** A sheet of src/test/resources/sopsheet/, read and checked as the importer does; it must have no problem. */
    static SopPlan fromSheet(String file, String nama) {
        try {
            SheetReading reading = TextSheets.read(Files.readString(Path.of("src/test/resources/sopsheet", file)));
            SopSheet sheet = reading.sheets().stream().filter(candidate -> candidate.header().nama().equals(nama))
                    .findFirst().orElseThrow(() -> new AssertionError(file + " has no sheet " + nama + ": " + reading.problems()));
            SheetCheck.Checked checked = SheetCheck.plan(sheet);
            if (!checked.ok()) {
                throw new AssertionError(nama + " has problems: " + checked.problems());
            }
            return checked.plan();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** {@link #siaranPers()} where the Kabag, like the Sub Koordinator, sends the naskah back to step 4. */
    static SopPlan siaranPersTwoChecks() {
        SopPlan plan = siaranPers();
        List<PlannedStep> steps = new ArrayList<>(plan.steps());
        PlannedStep approval = steps.get(5);
        steps.set(5, new PlannedStep(approval.step(), approval.role(), approval.standard(),
                new Decision("Apakah naskah disetujui?", "4")));
        return new SopPlan(plan.sheet(), plan.processKey(), plan.roles(), steps);
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
