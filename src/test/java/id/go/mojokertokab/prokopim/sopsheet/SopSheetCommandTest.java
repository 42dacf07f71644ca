package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void wrong_use_and_a_missing_file_say_what_to_do_and_exit_with_2() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Pemakaian: SopSheetCommand <berkas lembar SOP");

        assertThat(run(folder.resolve("tidak-ada.xlsx").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tidak-ada.xlsx tidak dapat dibaca");
    }
}
