package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SheetCheckTest {

    private static final List<String> OFFICE = List.of("Kabag Prokopim", "Sub Koordinator Dokpim", "Staf Sub Dokpim");

    // --- the office's sheets -------------------------------------------------------------------

    @Test
    void inventarisasi_is_planned_with_the_hand_made_key_lanes_groups_and_standards() throws IOException {
        SopSheet sheet = officeSheet(0);

        SheetCheck.Checked checked = SheetCheck.plan(sheet);

        assertThat(checked.problems()).isEmpty();
        SopPlan plan = checked.plan();
        assertThat(plan.processKey()).isEqualTo("inventarisasiPeralatanDokumentasi");
        assertThat(plan.roles()).containsExactly(
                new Role("Kabag Prokopim", "kabag-prokopim"),
                new Role("Sub Koordinator Dokpim", "subkoor-dokpim"),
                new Role("Staf Sub Dokpim", "staf-dokpim"));
        assertThat(plan.steps()).extracting(step -> step.role().groupId())
                .containsExactly("kabag-prokopim", "subkoor-dokpim", "staf-dokpim", "staf-dokpim");
        assertThat(plan.steps()).extracting(step -> step.standard().duration())
                .containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofHours(1),
                        Duration.ofMinutes(30));
        assertThat(plan.steps()).extracting(PlannedStep::decision).containsOnlyNulls();
        assertThat(plan.steps()).extracting(PlannedStep::step).isEqualTo(sheet.steps());
    }

    @Test
    void media_is_planned_under_the_hand_made_key() throws IOException {
        SheetCheck.Checked checked = SheetCheck.plan(officeSheet(2));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.plan().processKey()).isEqualTo("penyampaianInformasiMediaSosial");
        assertThat(checked.plan().roles()).extracting(Role::groupId)
                .containsExactly("kabag-prokopim", "subkoor-dokpim", "staf-dokpim");
        assertThat(checked.plan().steps()).extracting(step -> step.standard().text())
                .containsExactly("10 menit", "10 menit", "10 menit", "3 jam", "30 menit", "15 menit");
    }

    @Test
    void the_sheet_without_a_step_table_is_not_planned() throws IOException {
        SheetCheck.Checked checked = SheetCheck.plan(officeSheet(1));

        assertThat(checked.plan()).isNull();
        assertThat(checked.problems()).extracting(SheetProblem::toString).containsExactly(
                "SOP \"Pelayanan Dokumentasi Tugas Pimpinan\" belum memiliki langkah; tambahkan tabel langkah"
                        + " (NO. | KEGIATAN | pelaksana … | KELENGKAPAN | WAKTU | OUTPUT | KET).");
    }

    // --- the test sheet of our own ---------------------------------------------------------------

    @Test
    void test_sheet_plans_four_roles_nine_steps_a_loop_and_each_kind_of_standard() throws IOException {
        SheetReading reading = TextSheets.read(TextSheetsTest.resource("sop-uji-pelayanan-dokumentasi.md"));
        assertThat(reading.problems()).isEmpty();

        SheetCheck.Checked checked = SheetCheck.plan(reading.sheets().get(0));

        assertThat(checked.problems()).isEmpty();
        SopPlan plan = checked.plan();
        assertThat(plan.processKey()).isEqualTo("pelayananDokumentasiTugasPimpinan");
        assertThat(plan.roles()).containsExactly(
                new Role("Kabag Prokopim", "kabag-prokopim"),
                new Role("Sub Koordinator Dokpim", "subkoor-dokpim"),
                new Role("Staf Sub Dokpim", "staf-dokpim"),
                new Role("Pengelola Arsip", "pengelola-arsip"));
        assertThat(plan.steps()).hasSize(9);
        List<PlannedStep> decisions = plan.steps().stream().filter(step -> step.decision() != null).toList();
        assertThat(decisions).singleElement().satisfies(step -> {
            assertThat(step.step().number()).isEqualTo("6");
            assertThat(step.decision()).isEqualTo(new Decision("Apakah hasil dokumentasi sesuai?", "5"));
        });
        assertThat(plan.steps()).extracting(step -> step.standard().workingDays()).contains(1);
        assertThat(plan.steps()).extracting(PlannedStep::standard).extracting(StandardTime::text)
                .anyMatch(text -> text.contains("menit"))
                .anyMatch(text -> text.contains("jam"))
                .anyMatch(text -> text.equals("1 hari"));
    }

    // --- problems, each with its row ------------------------------------------------------------

    @Test
    void a_sheet_without_name_is_refused() {
        SheetCheck.Checked checked = SheetCheck.plan(sheet("", OFFICE, step(5, "1", "Kabag Prokopim")));

        assertThat(checked.plan()).isNull();
        assertThat(problems(checked)).containsExactly(
                "Nama SOP kosong; isi sel di sebelah kanan \"Nama SOP\" pada tabel identitas.");
    }

    @Test
    void a_sheet_without_unit_is_refused() {
        SopSheet noUnit = new SopSheet(" ", sheet("Contoh", OFFICE).header(), OFFICE,
                List.of(step(5, "1", "Kabag Prokopim")));

        SheetCheck.Checked checked = SheetCheck.plan(noUnit);

        assertThat(checked.plan()).isNull();
        assertThat(problems(checked)).containsExactly("Nama unit kerja kosong; tulis unit pemilik SOP (misalnya"
                + " \"BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN\") di sel paling kiri tabel identitas, di sebelah kiri"
                + " \"Nomor SOP\".");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SOP Pengarsipan Surat Masuk", "sop: Pengarsipan Surat Masuk", "SOP - Pengarsipan Surat Masuk",
            "Pengarsipan Surat Masuk"})
    void a_leading_sop_is_not_part_of_the_name_so_nothing_prints_sop_twice(String nama) {
        SheetCheck.Checked checked = SheetCheck.plan(sheet(nama, OFFICE, step(5, "1", "Kabag Prokopim")));

        assertThat(checked.plan().sheet().header().nama()).isEqualTo("Pengarsipan Surat Masuk");
        assertThat(checked.plan().processKey()).isEqualTo("pengarsipanSuratMasuk");
        assertThat(SheetCheck.plan(sheet(nama, OFFICE)).problems()).extracting(SheetProblem::toString)
                .containsExactly("SOP \"Pengarsipan Surat Masuk\" belum memiliki langkah; tambahkan tabel langkah"
                        + " (NO. | KEGIATAN | pelaksana … | KELENGKAPAN | WAKTU | OUTPUT | KET).");
    }

    @Test
    void a_name_that_only_starts_like_sop_keeps_its_words() {
        assertThat(SheetCheck.sopName("Sopir Dinas")).isEqualTo("Sopir Dinas");
        assertThat(SheetCheck.sopName("SOP")).isEqualTo("SOP");
    }

    @Test
    void a_step_without_pelaksana_or_with_two_is_refused_on_its_row() {
        SheetCheck.Checked checked = SheetCheck.plan(sheet("Contoh", OFFICE,
                step(10, "1", ""),
                step(11, "2", PelaksanaMarks.join(List.of("Kabag Prokopim", "Staf Sub Dokpim"))),
                step(12, "3", "Operator Media")));

        assertThat(problems(checked)).containsExactly(
                "Baris 10: langkah 1 tidak memiliki pelaksana; beri tanda (misalnya nomor langkah) di kolom satu"
                        + " pelaksana: Kabag Prokopim, Sub Koordinator Dokpim, Staf Sub Dokpim.",
                "Baris 11: langkah 2 ditandai di lebih dari satu kolom pelaksana (Kabag Prokopim, Staf Sub Dokpim);"
                        + " satu langkah dikerjakan satu pelaksana, pecah menjadi beberapa langkah.",
                "Baris 12: pelaksana \"Operator Media\" tidak ada di baris judul tabel langkah (Kabag Prokopim, Sub"
                        + " Koordinator Dokpim, Staf Sub Dokpim).");
    }

    @Test
    void steps_of_a_table_without_pelaksana_columns_are_refused() {
        SheetCheck.Checked checked = SheetCheck.plan(sheet("Contoh", List.of(), step(10, "1", "")));

        assertThat(problems(checked)).containsExactly("Baris 10: langkah 1 tidak memiliki pelaksana; beri tanda"
                + " (misalnya nomor langkah) di kolom pelaksananya; tabel ini belum memiliki kolom pelaksana.");
    }

    @Test
    void step_numbers_must_run_one_two_three() {
        SheetCheck.Checked checked = SheetCheck.plan(sheet("Contoh", OFFICE,
                step(10, "1", "Kabag Prokopim"),
                step(11, "", "Kabag Prokopim"),
                step(12, "3", "Kabag Prokopim"),
                step(13, "3", "Kabag Prokopim"),
                step(14, "6", "Kabag Prokopim"),
                step(15, "7a", "Kabag Prokopim")));

        assertThat(problems(checked)).containsExactly(
                "Baris 11: nomor langkah kosong; isi kolom NO. dengan 2.",
                "Baris 13: nomor langkah 3 sudah dipakai di baris 12; setiap langkah bernomor lain.",
                "Baris 14: nomor langkah 6 tidak berurutan; langkah ini seharusnya bernomor 5.",
                "Baris 15: nomor langkah \"7a\" bukan angka; tulis nomor urut 6.");
    }

    @Test
    void a_number_with_a_trailing_dot_is_a_number() {
        SheetCheck.Checked checked = SheetCheck.plan(sheet("Contoh", OFFICE,
                step(10, "1.", "Kabag Prokopim"), step(11, "2.", "Staf Sub Dokpim")));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.plan().roles()).extracting(Role::groupId).containsExactly("kabag-prokopim", "staf-dokpim");
    }

    @Test
    void empty_kegiatan_waktu_and_output_and_an_unreadable_waktu_are_refused() {
        SheetCheck.Checked checked = SheetCheck.plan(sheet("Contoh", OFFICE,
                new SheetStep(20, "1", " ", "Kabag Prokopim", "Disposisi", "10 menit", "Disposisi", ""),
                new SheetStep(21, "2", "Memeriksa", "Kabag Prokopim", "Berkas", "", "Hasil", ""),
                new SheetStep(22, "3", "Memeriksa", "Kabag Prokopim", "Berkas", "sebentar", "Hasil", ""),
                new SheetStep(23, "4", "Mencatat", "Kabag Prokopim", "Buku", "30 menit", "", "")));

        assertThat(problems(checked)).containsExactly(
                "Baris 20: kegiatan langkah 1 kosong; tulis apa yang dikerjakan pada langkah ini.",
                "Baris 21: waktu langkah 2 kosong; tulis misalnya \"10 menit\", \"1 jam\", \"2 hari\" atau"
                        + " \"3 hari kerja\".",
                "Baris 22: waktu \"sebentar\" tidak dapat dibaca; tulis misalnya \"10 menit\", \"1 jam\", \"2 hari\""
                        + " atau \"3 hari kerja\".",
                "Baris 23: output langkah 4 kosong; mutu baku OUTPUT wajib diisi dengan hasil langkah ini (misalnya"
                        + " \"Disposisi\").");
    }

    @Test
    void texts_longer_than_camunda_keeps_are_refused_before_a_case_gets_stuck_on_them() {
        String kegiatan = "Memeriksa " + "berkas permohonan dan lampirannya ".repeat(8);
        SheetHeader header = new SheetHeader("/SOP/" + "PKP/".repeat(17), "Contoh", "", "", "", "", List.of(), List.of(), List.of(),
                List.of(), "", "");
        SopSheet tooLong = new SopSheet("BAGIAN UJI", header, OFFICE, List.of(
                new SheetStep(20, "1", kegiatan, "Kabag Prokopim", "Berkas", "10 menit", "Hasil", ""),
                new SheetStep(21, "2", "Mencatat", "Kabag Prokopim", "Buku", "30 menit", "Hasil", "")));

        assertThat(problems(SheetCheck.plan(tooLong))).containsExactly(
                "Nomor SOP \"SOP/" + "PKP/".repeat(17) + "\" terlalu panjang (72 karakter); paling banyak 64 karakter, karena"
                        + " nomor itu menjadi versi proses.",
                "Baris 20: kegiatan langkah 1 terlalu panjang (" + kegiatan.strip().length() + " karakter); nama langkah paling"
                        + " banyak 255 karakter termasuk nomornya. Ringkas kegiatannya; rinciannya dapat ditulis di kolom KET.");
    }

    @Test
    void a_pelaksana_column_written_twice_is_refused() {
        SheetCheck.Checked checked = SheetCheck.plan(sheet("Contoh", List.of("Kabag Prokopim", "kabag  prokopim"),
                step(10, "1", "Kabag Prokopim")));

        assertThat(problems(checked)).containsExactly("Kolom pelaksana \"kabag  prokopim\" ditulis dua kali pada"
                + " tabel langkah; setiap pelaksana cukup satu kolom.");
    }

    @Test
    void a_jump_to_a_missing_or_later_step_is_refused() {
        SheetCheck.Checked checked = SheetCheck.plan(sheet("Contoh", OFFICE,
                step(10, "1", "Kabag Prokopim"),
                decisionStep(11, "2", "Memeriksa berkas", "jika tidak sesuai kembali ke langkah 9"),
                decisionStep(12, "3", "Memeriksa berkas", "Tidak: kembali ke no. 3"),
                decisionStep(13, "4", "Memeriksa berkas", "Ya: lanjut ke 6; Tidak: ke 1"),
                decisionStep(14, "5", "Apakah berkas lengkap?", "Ya: lanjut"),
                step(15, "6", "Kabag Prokopim")));

        assertThat(problems(checked)).containsExactly(
                "Baris 11: langkah 2 kembali ke langkah 9, tetapi langkah 9 tidak ada; perbaiki nomor pada kolom KET.",
                "Baris 12: langkah 3 kembali ke langkah 3, padahal hanya bisa kembali ke langkah sebelumnya (1 sampai"
                        + " 2); lompatan ke depan tidak didukung.",
                "Baris 13: langkah 4 melanjutkan \"Ya\" ke langkah 6; bila jawabannya Ya, kasus hanya dapat lanjut ke"
                        + " langkah berikutnya (5). Ubah urutan langkah atau tulis \"Ya: lanjut\".",
                "Baris 14: langkah 5 berupa pertanyaan, tetapi kolom KET tidak menyebut langkah yang diulang bila"
                        + " jawabannya Tidak; tulis misalnya \"Ya: lanjut; Tidak: kembali ke langkah 4\".");
    }

    // --- decisions ------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "Memeriksa hasil dokumentasi | jika tidak sesuai kembali ke langkah 2 | Hasil dokumentasi sesuai? | 2",
            "Memeriksa hasil dokumentasi | Tidak: kembali ke no. 1 | Hasil dokumentasi sesuai? | 1",
            "Menyerahkan hasil desain kepada Sub Koordinator | bila ditolak kembali ke 2 | Hasil desain disetujui? | 2",
            "Memverifikasi konten, lalu mengarsip | Ya: lanjut ke 4; Tidak: ke 2 | Konten sesuai? | 2",
            "Memverifikasi konten | Ya: lanjut ke langkah 4 Tidak: kembali ke langkah ke-1 | Konten sesuai? | 1",
            "Apakah hasil dokumentasi sesuai? | Ya: lanjut; Tidak: kembali ke langkah 2 | Apakah hasil dokumentasi sesuai? | 2",
            "apakah berkas lengkap | Tidak, kembali ke 1 | apakah berkas lengkap? | 1",
            "Verifikasi | kembali ke langkah 2 bila perlu revisi | Verifikasi sesuai? | 2"})
    void decisions_are_read_from_keterangan_or_a_question(String kegiatan, String keterangan, String question,
            String backTo) {
        SheetCheck.Checked checked = SheetCheck.plan(sheet("Contoh", OFFICE,
                step(10, "1", "Kabag Prokopim"),
                step(11, "2", "Kabag Prokopim"),
                new SheetStep(12, "3", kegiatan, "Kabag Prokopim", "Berkas", "1 jam", "Hasil", keterangan),
                step(13, "4", "Kabag Prokopim")));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.plan().steps().get(2).decision()).isEqualTo(new Decision(question, backTo));
        assertThat(checked.plan().steps()).extracting(PlannedStep::decision).filteredOn(d -> d != null).hasSize(1);
    }

    @ParameterizedTest(name = "step {0}: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "7 | Memeriksa hasil | Jika sesuai lanjut ke langkah 8; jika tidak sesuai kembali ke langkah 5 | Hasil sesuai? | 5",
            "6 | Memeriksa konsep | Jika disetujui lanjut ke langkah 7, jika ditolak kembali ke langkah 3 | Konsep disetujui? | 3",
            "6 | Memeriksa konsep | Ya: 7, Tidak: 5 | Konsep sesuai? | 5",
            "6 | Memeriksa konsep | Tidak -> 5 | Konsep sesuai? | 5",
            "6 | Memeriksa konsep | Tidak → 5 | Konsep sesuai? | 5",
            "6 | Memeriksa konsep | Tidak sesuai: langkah 4 | Konsep sesuai? | 4",
            "6 | Memeriksa konsep | T: 4, Y: 7 | Konsep sesuai? | 4",
            "6 | Memeriksa konsep | Jika tidak sesuai kembali ke Staf (langkah 4) | Konsep sesuai? | 4",
            "6 | Memeriksa hasil dokumentasi, jika tidak sesuai kembali ke langkah 4 | '' | Hasil dokumentasi sesuai? | 4",
            "6 | Memeriksa hasil dokumentasi jika tidak sesuai kembali ke langkah 4 | '' | Hasil dokumentasi sesuai? | 4",
            "6 | Memverifikasi dan memvalidasi data | jika tidak sesuai kembali ke langkah 2 | Data sesuai? | 2",
            "6 | Memverifikasi, memvalidasi data | jika tidak sesuai kembali ke langkah 2 | Data sesuai? | 2",
            "6 | Memeriksa berkas dan mencatat hasilnya | jika tidak sesuai kembali ke langkah 2 | Berkas sesuai? | 2",
            "6 | Memeriksa berkas lalu menyerahkan kepada Kabag | Tidak: 2 | Berkas sesuai? | 2"})
    void the_office_ways_of_writing_a_check_are_read(String number, String kegiatan, String keterangan,
            String question, String backTo) {
        SheetCheck.Checked checked = SheetCheck.plan(eightSteps(Integer.parseInt(number), kegiatan, keterangan));

        assertThat(problems(checked)).isEmpty();
        assertThat(checked.plan().steps()).extracting(PlannedStep::decision).filteredOn(d -> d != null)
                .containsExactly(new Decision(question, backTo));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Rapat diulang 2 kali dalam sebulan", "Bila belum ada jawaban, kirim ulang ke 3 alamat",
            "Ya: lanjut ke langkah 7", "tembusan ke 2 bidang", "lanjut ke langkah 7"})
    void remarks_that_only_count_or_go_on_make_no_decision_and_no_problem(String keterangan) {
        SheetCheck.Checked checked = SheetCheck.plan(eightSteps(6, "Memeriksa konsep", keterangan));

        assertThat(problems(checked)).isEmpty();
        assertThat(checked.plan().steps()).extracting(PlannedStep::decision).containsOnlyNulls();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Tidak perlu kembali ke 1 apabila lengkap | tidak perlu kembali ke 1",
            "kembali ke langkah 2 | kembali ke langkah 2",
            "Jika tidak sesuai kembali ke langkah 5, lihat juga langkah 2 | langkah 2",
            "Jika tidak lengkap dikembalikan, 4 | tidak lengkap dikembalikan, 4"})
    void a_step_number_that_gives_no_clear_jump_is_a_problem_not_a_loop(String keterangan, String quoted) {
        SheetCheck.Checked checked = SheetCheck.plan(eightSteps(6, "Memeriksa konsep", keterangan));

        assertThat(checked.plan()).isNull();
        assertThat(problems(checked)).containsExactly("Baris 15: langkah 6 menulis \"" + quoted + "\", tetapi tidak"
                + " jelas ke langkah mana kasus pergi dan kapan; tulis misalnya \"Ya: lanjut; Tidak: kembali ke langkah"
                + " 2\" di kolom KET, atau hapus angka itu bila bukan nomor langkah.");
    }

    @Test
    void a_yes_that_skips_a_step_is_refused_whichever_way_it_is_written() {
        SheetCheck.Checked checked = SheetCheck.plan(eightSteps(6, "Memeriksa konsep",
                "Jika sesuai lanjut ke langkah 8; jika tidak sesuai kembali ke langkah 5"));

        assertThat(problems(checked)).containsExactly("Baris 15: langkah 6 melanjutkan \"Ya\" ke langkah 8; bila"
                + " jawabannya Ya, kasus hanya dapat lanjut ke langkah berikutnya (7). Ubah urutan langkah atau tulis"
                + " \"Ya: lanjut\".");
    }

    @Test
    void a_keterangan_that_is_a_plain_note_makes_no_decision() {
        SheetCheck.Checked checked = SheetCheck.plan(sheet("Contoh", OFFICE,
                new SheetStep(10, "1", "Mencatat", "Kabag Prokopim", "Buku", "1 jam", "Catatan", "Selesai"),
                new SheetStep(11, "2", "Melaporkan", "Kabag Prokopim", "Buku", "1 jam", "Laporan",
                        "tembusan ke 2 bidang")));

        assertThat(checked.plan().steps()).extracting(PlannedStep::decision).containsOnlyNulls();
    }

    // --- roles and keys -------------------------------------------------------------------------

    @Test
    void roles_follow_the_columns_that_do_a_step_and_new_ones_get_unique_slug_groups() {
        List<String> pelaksana = List.of("Operator Média (Humas)", "KABAG  PROKOPIM", "Sekretaris Daerah",
                "Operator Media Humas", "subkoor-dokpim");
        SheetCheck.Checked checked = SheetCheck.plan(sheet("Contoh", pelaksana,
                step(10, "1", "Operator Média (Humas)"),
                step(11, "2", "KABAG  PROKOPIM"),
                step(12, "3", "Operator Media Humas"),
                step(13, "4", "subkoor-dokpim")));

        assertThat(checked.plan().roles()).containsExactly(
                new Role("Operator Média (Humas)", "operator-media-humas"),
                new Role("KABAG  PROKOPIM", "kabag-prokopim"),
                new Role("Operator Media Humas", "operator-media-humas-2"),
                new Role("subkoor-dokpim", "subkoor-dokpim-2"));
    }

    @Test
    void a_long_pelaksana_name_gives_a_group_of_at_most_64_characters() {
        String name = "Pejabat Pengelola Informasi dan Dokumentasi Pembantu Sekretariat Daerah Kabupaten Mojokerto";
        SheetCheck.Checked checked = SheetCheck.plan(sheet("Contoh", List.of(name), step(10, "1", name)));

        String group = checked.plan().roles().get(0).groupId();
        assertThat(group).hasSizeLessThanOrEqualTo(64).matches("[a-z0-9]+(-[a-z0-9]+)*")
                .startsWith("pejabat-pengelola-informasi-dan-dokumentasi-pembantu");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Inventarisasi Peralatan Dokumentasi | inventarisasiPeralatanDokumentasi",
            "Penyampaian Informasi Melalui Media Sosial (IG, You Tube dan FB) | penyampaianInformasiMediaSosial",
            "Pelayanan Dokumentasi Tugas Pimpinan | pelayananDokumentasiTugasPimpinan",
            "SOP Pengarsipan Surat Masuk & Keluar | pengarsipanSuratMasukKeluar",
            "2 Pelayanan Tamu | sop2PelayananTamu",
            "Dan Atau | danAtau"})
    void process_keys(String nama, String key) {
        assertThat(SheetCheck.plan(sheet(nama, OFFICE, step(10, "1", "Kabag Prokopim"))).plan().processKey())
                .isEqualTo(key);
    }

    // --- helpers --------------------------------------------------------------------------------

    private static SopSheet officeSheet(int index) throws IOException {
        return TextSheets.read(TextSheetsTest.resource("sop-prokopim-2022.md")).sheets().get(index);
    }

    /** Eight steps on rows 10 to 17; step {@code number} has the kegiatan and keterangan given. */
    private static SopSheet eightSteps(int number, String kegiatan, String keterangan) {
        List<SheetStep> steps = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            steps.add(n == number
                    ? new SheetStep(9 + n, String.valueOf(n), kegiatan, "Kabag Prokopim", "Berkas", "1 jam", "Hasil",
                            keterangan)
                    : step(9 + n, String.valueOf(n), "Kabag Prokopim"));
        }
        return sheet("Contoh", OFFICE, steps.toArray(SheetStep[]::new));
    }

    private static SheetStep step(int row, String number, String pelaksana) {
        return new SheetStep(row, number, "Kegiatan " + number, pelaksana, "Berkas", "10 menit", "Hasil", "");
    }

    private static SheetStep decisionStep(int row, String number, String kegiatan, String keterangan) {
        return new SheetStep(row, number, kegiatan, "Sub Koordinator Dokpim", "Berkas", "10 menit", "Hasil", keterangan);
    }

    private static SopSheet sheet(String nama, List<String> pelaksana, SheetStep... steps) {
        SheetHeader header = new SheetHeader("/SOP/2024", nama, "", "", "", "", List.of(), List.of(), List.of(),
                List.of(), "", "");
        return new SopSheet("BAGIAN UJI", header, pelaksana, new ArrayList<>(List.of(steps)));
    }

    private static List<String> problems(SheetCheck.Checked checked) {
        return checked.problems().stream().map(SheetProblem::toString).toList();
    }
}
