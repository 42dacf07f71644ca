package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command of the repository's workflow: a sheet in, bpmn/ and forms/ out, or its problems and exit status 1. */
class SopSheetCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SopSheetCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void a_sheet_becomes_its_bpmn_and_forms_in_the_repository_folders() throws IOException {
        int status = run(SheetUpload.TEST_SHEET.toString(), folder.toString());

        assertThat(status).isZero();
        Path bpmn = folder.resolve("bpmn/peminjaman-peralatan-dokumentasi.bpmn");
        assertThat(Files.readString(bpmn)).contains("id=\"peminjamanPeralatanDokumentasi\"", "Pengelola Gudang Peralatan");
        try (Stream<Path> forms = Files.list(folder.resolve("forms"))) {
            assertThat(forms.map(form -> form.getFileName().toString())).hasSize(10).allMatch(name -> name.endsWith(".form"));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ditulis: " + bpmn);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void a_sheet_with_mistakes_prints_them_by_row_writes_nothing_and_exits_with_1() throws IOException {
        Path broken = folder.resolve("rusak.md");
        Files.writeString(broken, SheetUpload.testSheet().replace("| 1 jam | Peralatan siap pinjam |", "| sebentar | Peralatan siap pinjam |"));
        Path target = folder.resolve("keluaran");

        int status = run(broken.toString(), target.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("belum dapat dijadikan proses", "Baris 26:", "sebentar");
        assertThat(target).doesNotExist();
    }

    @Test
    void the_office_sheet_is_not_written_over_the_hand_made_models_of_this_repository() throws IOException {
        Path repository = folder.resolve("repo");
        Files.createDirectories(repository.resolve("bpmn"));
        for (String model : List.of("inventarisasi-peralatan-dokumentasi.bpmn", "penyampaian-informasi-media-sosial.bpmn")) {
            Files.copy(Path.of("bpmn", model), repository.resolve("bpmn").resolve(model));
        }
        String handMade = Files.readString(repository.resolve("bpmn/inventarisasi-peralatan-dokumentasi.bpmn"));

        int status = run(Path.of("src/test/resources/sopsheet/sop-prokopim-2022.md").toString(), repository.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Tidak ada yang ditulis:",
                "inventarisasi-peralatan-dokumentasi.bpmn sudah ada; tambahkan --timpa",
                "penyampaian-informasi-media-sosial.bpmn sudah memuat proses penyampaianInformasiMediaSosial");
        assertThat(Files.readString(repository.resolve("bpmn/inventarisasi-peralatan-dokumentasi.bpmn"))).isEqualTo(handMade);
        assertThat(repository.resolve("forms")).doesNotExist();
    }

    @Test
    void a_second_run_replaces_its_own_files_only_when_told_to() throws IOException {
        assertThat(run(SheetUpload.TEST_SHEET.toString(), folder.toString())).isZero();

        assertThat(run(SheetUpload.TEST_SHEET.toString(), folder.toString())).isEqualTo(1);
        assertThat(run(SheetUpload.TEST_SHEET.toString(), folder.toString(), SopSheetCommand.OVERWRITE)).isZero();
    }

    @Test
    void wrong_use_and_a_missing_file_say_what_to_do_and_exit_with_2() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Pemakaian: SopSheetCommand <berkas lembar SOP");

        assertThat(run(folder.resolve("tidak-ada.xlsx").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tidak-ada.xlsx tidak dapat dibaca");
    }
}
