package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextSheetsTest {

    private static final List<String> OFFICE_PELAKSANA =
            List.of("Kabag Prokopim", "Sub Koordinator Dokpim", "Staf Sub Dokpim");
    private static final String UNIT = "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN";
    private static final List<String> DASAR_HUKUM = List.of(
            "Peraturan Daerah No. 9 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah Kabupaten Mojokerto",
            "Peraturan Bupati Mojokerto No. 57 Tahun 2016 tentang Kedudukan Susunan Organisasi, Tugas dan Fungsi"
                    + " serta Tata Kerja Sekretariat Daerah Kabupaten Mojokerto");
    private static final String DISAHKAN = "KEPALA BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN ALFIYAH ERNAWATI, S.Sos, MM"
            + " NIP. 19660419 198610 2 003";

    static String resource(String name) throws IOException {
        try (InputStream in = TextSheetsTest.class.getResourceAsStream("/sopsheet/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void office_file_holds_three_sheets_with_their_headers() throws IOException {
        SheetReading reading = TextSheets.read(resource("sop-prokopim-2022.md"));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.sheets()).extracting(sheet -> sheet.header().nama()).containsExactly(
                "Inventarisasi Peralatan Dokumentasi",
                "Pelayanan Dokumentasi Tugas Pimpinan",
                "Penyampaian Informasi Melalui Media Sosial (IG, You Tube dan FB)");
        for (SopSheet sheet : reading.sheets()) {
            assertThat(sheet.unit()).isEqualTo(UNIT);
            SheetHeader header = sheet.header();
            assertThat(header.nomor()).isEqualTo("/SOP/PKP/2022");
            assertThat(header.tanggalPembuatan()).isEqualTo("Januari 2022");
            assertThat(header.tanggalRevisi()).isEmpty();
            assertThat(header.tanggalEfektif()).isEqualTo("Januari 2022");
            assertThat(header.disahkanOleh()).isEqualTo(DISAHKAN);
            assertThat(header.dasarHukum()).isEqualTo(DASAR_HUKUM);
            assertThat(header.keterkaitan()).isEmpty();
            assertThat(header.pencatatan()).isEmpty();
        }
    }

    @Test
    void office_lists_are_split_into_their_items() throws IOException {
        List<SopSheet> sheets = TextSheets.read(resource("sop-prokopim-2022.md")).sheets();

        SheetHeader inventarisasi = sheets.get(0).header();
        assertThat(inventarisasi.kualifikasiPelaksana()).containsExactly(
                "Mampu mengoperasikan peralatan Kamera, Drone, dan peralatan dokumentasi lain",
                "Jujur, dan Bertanggung jawab");
        assertThat(inventarisasi.peralatan()).containsExactly(
                "Almari Terkunci", "Filling Kabinet terkunci", "Dry Cabinet terkunci");
        assertThat(inventarisasi.peringatan()).isEqualTo("Apabila tidak dilakukan maka peralatan yang ada, tidak"
                + " terawat dengan baik. Serta menumbuhkan tanggungjawab pemakai atas alat kerja yang telah digunakan");

        SheetHeader pelayanan = sheets.get(1).header();
        assertThat(pelayanan.peralatan()).containsExactly(
                "Kamera", "Drone", "Peralatan Studio dan Audio", "Komputer Grafis");
        assertThat(pelayanan.peringatan()).isEqualTo(
                "Apabila tidak dilakukan maka Kegiatan Pimpinan Daerah tidak akan terdokumentasikan dengan baik");

        SheetHeader media = sheets.get(2).header();
        assertThat(media.kualifikasiPelaksana()).containsExactly(
                "Mampu melaksanakan desain grafis, editing foto dan video",
                "Mampu mengilustrasikan kegiatan Pimpinan daerah dalam sebuah berita gambar serta memberikan release"
                        + " singkat kegiatan Pimpinan Daerah");
        assertThat(media.peralatan()).containsExactly(
                "Komputer", "Jaringan Internet", "Dokumentasi foto/Video", "Aplikasi Editing Foto dan Video");
    }

    @Test
    void inventarisasi_step_table_is_read_exactly() throws IOException {
        SopSheet sheet = TextSheets.read(resource("sop-prokopim-2022.md")).sheets().get(0);

        assertThat(sheet.pelaksana()).isEqualTo(OFFICE_PELAKSANA);
        assertThat(sheet.steps()).containsExactly(
                new SheetStep(28, "1", "Menugaskan Sub Koordinator Dokpim untuk inventarisasi peralatan dokumentasi",
                        "Kabag Prokopim", "Disposisi", "10 menit", "Disposisi", ""),
                new SheetStep(29, "2", "Menugaskan staf Sub Dokpim untuk inventarisasi peralatan dokumentasi",
                        "Sub Koordinator Dokpim", "Agenda Kerja", "10 menit", "Disposisi", ""),
                new SheetStep(30, "3", "Melakukan pengecekan peralatan dokumentasi terkait jumlah, kondisi, kesiapan"
                        + " alat (baterai dan memory)", "Staf Sub Dokpim", "Peralatan Dokumentasi", "1 jam",
                        "Hasil Peralatan dokumentasi yang siap dipergunakan", ""),
                new SheetStep(31, "4", "Mencatat dan melaporkan kepada Sub Koordinator", "Staf Sub Dokpim",
                        "Buku inventarisasi", "30 menit",
                        "Hasil Peralatan tercatat dan tersusun rapi (laporan, Selesai)", ""));
    }

    @Test
    void media_step_table_is_read_exactly() throws IOException {
        SopSheet sheet = TextSheets.read(resource("sop-prokopim-2022.md")).sheets().get(2);

        assertThat(sheet.pelaksana()).isEqualTo(OFFICE_PELAKSANA);
        assertThat(sheet.steps()).containsExactly(
                new SheetStep(76, "1", "Merujuk kepada Agenda Kegiatan Bupati, Wakil Bupati dan Sekretaris Daerah",
                        "Kabag Prokopim", "Disposisi, Agenda Kegiatan Bupati, Wakil Bupati dan Sekretaris Daerah",
                        "10 menit", "Disposisi", ""),
                new SheetStep(77, "2", "Menugaskan Sub Koordinator Dokpim untuk update media sosial",
                        "Kabag Prokopim", "Agenda Kerja", "10 menit", "Disposisi", ""),
                new SheetStep(78, "3", "Membagi tugas untuk desain konten media sosial, membalas pesan dan koordinasi"
                        + " dengan OPD", "Sub Koordinator Dokpim", "Agenda Kerja", "10 menit", "Rencana Kerja", ""),
                new SheetStep(79, "4", "Mendesain konten untuk media sosial", "Staf Sub Dokpim",
                        "Perangkat editing Bahan / hasil dokumentasi", "3 jam", "Konten Media Sosial", ""),
                new SheetStep(80, "5", "Menyerahkan hasil desain kepada Sub Koordinator dan tim yang telah dibentuk"
                        + " untuk di verifikasi sebelum tayang", "Staf Sub Dokpim", "Hasil desain / konten",
                        "30 menit", "Konten Media Sosial", ""),
                new SheetStep(81, "6", "Mengupload konten di media sosial", "Staf Sub Dokpim", "Hasil desain / konten",
                        "15 menit", "Konten terupload Media Sosial (Selesai)", ""));
    }

    @Test
    void pelayanan_sheet_has_no_step_table_yet() throws IOException {
        SopSheet sheet = TextSheets.read(resource("sop-prokopim-2022.md")).sheets().get(1);

        assertThat(sheet.pelaksana()).isEmpty();
        assertThat(sheet.steps()).isEmpty();
    }

    @Test
    void test_sheet_lists_written_with_numbers_breaks_and_list_items_are_split_there() throws IOException {
        SheetReading reading = TextSheets.read(resource("sop-uji-pelayanan-dokumentasi.md"));

        assertThat(reading.problems()).isEmpty();
        SopSheet sheet = reading.sheets().get(0);
        assertThat(sheet.header().tanggalRevisi()).isEqualTo("Desember 2026");
        assertThat(sheet.header().dasarHukum()).isEqualTo(DASAR_HUKUM);
        assertThat(sheet.header().kualifikasiPelaksana()).containsExactly(
                "Mampu mengoperasikan kamera, drone dan peralatan dokumentasi lain",
                "Mampu menyunting foto dan video",
                "Memahami tata kelola arsip digital");
        assertThat(sheet.header().keterkaitan()).containsExactly("SOP Penyampaian Informasi Melalui Media Sosial");
        assertThat(sheet.header().peralatan()).containsExactly("Kamera", "Drone",
                "Komputer Grafis dan aplikasi penyunting", "Media penyimpanan arsip digital");
        assertThat(sheet.header().pencatatan()).isEqualTo("Register arsip dokumentasi");
        assertThat(sheet.pelaksana()).containsExactly("Kabag Prokopim", "Sub Koordinator Dokpim", "Staf Sub Dokpim",
                "Pengelola Arsip");
        assertThat(sheet.steps()).hasSize(9);
        assertThat(sheet.steps().get(5)).isEqualTo(new SheetStep(35, "6", "Apakah hasil dokumentasi sesuai?",
                "Sub Koordinator Dokpim", "Hasil dokumentasi tersunting", "30 menit", "Hasil dokumentasi terverifikasi",
                "Ya: lanjut ke langkah 7; Tidak: kembali ke langkah 5"));
        assertThat(sheet.steps().get(8).pelaksana()).isEqualTo("Pengelola Arsip");
    }

    @Test
    void headings_are_read_whatever_their_case_spacing_and_spelling() {
        String text = """
                | | | |
                |--|--|--|
                | | nomor sop : | 12/SOP/2024 |
                | DINAS CONTOH | NAMA  SOP | Contoh |

                | No | Kegiatan | Pelaksana | | Mutu Baku | | | Keterangan |
                |---|---|---|---|---|---|---|---|
                | | | Operator  Media | Pengelola Arsip | Kelengkapan | Waktu | OUTPUT | |
                | 1. | Mengunggah | x |  | Berkas | 10mnt | Unggahan | catatan |
                """;

        SheetReading reading = TextSheets.read(text);

        assertThat(reading.problems()).isEmpty();
        SopSheet sheet = reading.sheets().get(0);
        assertThat(sheet.unit()).isEqualTo("DINAS CONTOH");
        assertThat(sheet.header().nomor()).isEqualTo("12/SOP/2024");
        assertThat(sheet.header().nama()).isEqualTo("Contoh");
        assertThat(sheet.pelaksana()).containsExactly("Operator Media", "Pengelola Arsip");
        assertThat(sheet.steps()).containsExactly(
                new SheetStep(9, "1.", "Mengunggah", "Operator Media", "Berkas", "10mnt", "Unggahan", "catatan"));
    }

    @Test
    void related_sops_run_together_are_split_before_each_sop() {
        String text = """
                | | Nama SOP | Contoh |
                | KETERKAITAN | PERALATAN/PERLENGKAPAN |
                | SOP Penyampaian Informasi Melalui Media Sosial SOP Inventarisasi Peralatan Dokumentasi | Kamera |
                """;

        SheetHeader header = TextSheets.read(text).sheets().get(0).header();

        assertThat(header.keterkaitan()).containsExactly("SOP Penyampaian Informasi Melalui Media Sosial",
                "SOP Inventarisasi Peralatan Dokumentasi");
        assertThat(header.peralatan()).containsExactly("Kamera");
    }

    @Test
    void a_row_that_numbers_the_columns_is_not_a_step() {
        String text = """
                | | Nama SOP | Contoh |
                | NO. | KEGIATAN | PELAKSANA | MUTU BAKU | | | KET |
                | | | A | KELENGKAPAN | WAKTU | OUTPUT | |
                | (1) | (2) | (3) | (4) | (5) | (6) | (7) |
                | 1 | Memeriksa | 1 | Berkas | 1 jam | Hasil | |
                """;

        List<SheetStep> steps = TextSheets.read(text).sheets().get(0).steps();

        assertThat(steps).extracting(SheetStep::row, SheetStep::number).containsExactly(tuple(5, "1"));
    }

    @Test
    void a_step_marked_in_two_columns_carries_both_for_the_check() {
        String text = """
                | | Nama SOP | Contoh |
                | NO. | KEGIATAN | PELAKSANA | | MUTU BAKU | | | KET |
                | | | A | B | KELENGKAPAN | WAKTU | OUT PUT | |
                | 1 | Memeriksa | 1 | 1 | Berkas | 1 jam | Hasil | |
                | 2 | Mencatat | | | Berkas | 1 jam | Hasil | |
                """;

        List<SheetStep> steps = TextSheets.read(text).sheets().get(0).steps();

        assertThat(PelaksanaMarks.split(steps.get(0).pelaksana())).containsExactly("A", "B");
        assertThat(steps.get(1).pelaksana()).isEmpty();
    }

    @Test
    void a_row_without_number_and_mark_continues_the_step_above() {
        String text = """
                | BAGIAN UJI | Nama SOP | Contoh |
                | NO. | KEGIATAN | A | B | KELENGKAPAN | WAKTU | OUTPUT | KET |
                | 1 | Menerima berkas | 1 | | Berkas | 10 menit | Agenda | |
                | 2 | Memeriksa berkas | | 2 | Berkas | 1 jam | Hasil | |
                | | dan mencatat hasilnya | | | Buku | | pemeriksaan | Jika tidak sesuai kembali ke langkah 1 |
                | | | | | | | | |
                | 3 | Melapor | 3 | | Buku | 1 jam | Laporan | |
                """;

        SheetReading reading = TextSheets.read(text);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.sheets().get(0).steps()).containsExactly(
                new SheetStep(3, "1", "Menerima berkas", "A", "Berkas", "10 menit", "Agenda", ""),
                new SheetStep(4, "2", "Memeriksa berkas dan mencatat hasilnya", "B", "Berkas Buku", "1 jam",
                        "Hasil pemeriksaan", "Jika tidak sesuai kembali ke langkah 1"),
                new SheetStep(7, "3", "Melapor", "A", "Buku", "1 jam", "Laporan", ""));
        assertThat(SheetCheck.plan(reading.sheets().get(0)).plan().steps().get(1).decision())
                .isEqualTo(new Decision("Berkas sesuai?", "1"));
    }

    @Test
    void a_continuation_row_before_any_step_is_a_problem_on_its_row() {
        String text = """
                | | Nama SOP | Contoh |
                | NO. | KEGIATAN | A | KELENGKAPAN | WAKTU | OUTPUT | KET |
                | | Menerima berkas | | Berkas | 10 menit | Agenda | |
                | 1 | Memeriksa berkas | 1 | Berkas | 1 jam | Hasil | |
                """;

        SheetReading reading = TextSheets.read(text);

        assertThat(reading.problems()).extracting(SheetProblem::toString).containsExactly(
                "Baris 3: baris ini tidak bernomor dan tidak menandai pelaksana, sehingga dibaca sebagai lanjutan"
                        + " langkah di atasnya, tetapi di atasnya belum ada langkah; isi kolom NO. dan tandai"
                        + " pelaksananya.");
        assertThat(reading.sheets().get(0).steps()).extracting(SheetStep::number).containsExactly("1");
    }

    @Test
    void a_step_table_continued_on_the_next_page_adds_its_rows_to_the_same_sop() {
        String text = """
                | | Nama SOP | Contoh |

                | NO. | KEGIATAN | A | B | KELENGKAPAN | WAKTU | OUTPUT | KET |
                | 1 | Memeriksa | 1 | | Berkas | 1 jam | Hasil | |

                Halaman 2

                | NO. | KEGIATAN | A | B | KELENGKAPAN | WAKTU | OUTPUT | KET |
                | 2 | Mencatat | | 2 | Buku | 1 jam | Catatan | |

                | NO. | KEGIATAN | A | C | KELENGKAPAN | WAKTU | OUTPUT | KET |
                | 3 | Melapor | | 3 | Buku | 1 jam | Laporan | |
                """;

        SheetReading reading = TextSheets.read(text);

        assertThat(reading.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.pelaksana()).containsExactly("A", "B");
            assertThat(sheet.steps()).extracting(SheetStep::number).containsExactly("1", "2");
        });
        assertThat(reading.problems()).extracting(SheetProblem::toString).containsExactly(
                "Baris 11: tabel langkah kedua untuk SOP yang sama memiliki kolom pelaksana yang berbeda (A, C"
                        + " dibanding A, B); satu SOP memiliki satu tabel langkah.");
    }

    @Test
    void a_step_table_without_waktu_or_pelaksana_columns_is_a_problem_on_its_header_row() {
        String text = """
                | | Nama SOP | Contoh |

                | NO. | KEGIATAN | OUTPUT |
                | 1 | Memeriksa | Hasil |
                """;

        SheetReading reading = TextSheets.read(text);

        assertThat(reading.problems()).extracting(SheetProblem::toString).containsExactly(
                "Baris 3: tabel langkah tidak memiliki kolom pelaksana; tulis nama setiap pelaksana di baris judul"
                        + " antara KEGIATAN dan KELENGKAPAN.",
                "Baris 3: tabel langkah tidak memiliki kolom WAKTU (bagian MUTU BAKU); tambahkan kolom itu di baris"
                        + " judul.");
    }

    @Test
    void a_file_saved_with_a_byte_order_mark_and_windows_line_ends_is_read() {
        String text = "\uFEFF| | Nama SOP | Contoh |\r\n| NO. | KEGIATAN | A | WAKTU | OUTPUT |\r\n"
                + "| 1 | Memeriksa | 1 | 1 jam | Hasil |\r\n";

        SheetReading reading = TextSheets.read(text);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.sheets().get(0).header().nama()).isEqualTo("Contoh");
        assertThat(reading.sheets().get(0).steps()).containsExactly(
                new SheetStep(3, "1", "Memeriksa", "A", "", "1 jam", "Hasil", ""));
    }

    @Test
    void text_without_sop_tables_is_a_problem() {
        assertThat(TextSheets.read("Hanya catatan, tanpa tabel.").problems()).extracting(SheetProblem::message)
                .containsExactly("Tidak ada tabel SOP di berkas ini; setiap SOP diawali tabel identitas dengan"
                        + " \"Nomor SOP\" dan \"Nama SOP\".");
        assertThat(TextSheets.read(" ").problems()).extracting(SheetProblem::message).containsExactly("Berkas kosong.");
    }

    @Test
    void a_file_too_long_or_too_large_is_refused_before_it_is_read() {
        String text = "|a|\n".repeat(TextSheets.MAX_LINES + 1);

        SheetReading reading = TextSheets.read(text);

        assertThat(reading.sheets()).isEmpty();
        assertThat(reading.problems()).singleElement().extracting(SheetProblem::message).asString()
                .startsWith("Berkas terlalu panjang");
        assertThat(TextSheets.read("|" + "x".repeat(TextSheets.MAX_CHARACTERS)).problems())
                .extracting(SheetProblem::message).containsExactly("Berkas terlalu besar; berkas SOP paling banyak 2"
                        + " juta karakter.");
    }
}
