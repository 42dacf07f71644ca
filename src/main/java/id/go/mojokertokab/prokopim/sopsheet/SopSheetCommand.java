package id.go.mojokertokab.prokopim.sopsheet;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The importer for the repository's own workflow, without the application:
 * {@code <sheet file> [output folder, default .]} writes each SOP of the sheet as
 * {@code bpmn/<name>.bpmn} and {@code forms/<id>.form} under the output folder (the repository's
 * root puts them where the application deploys them from), or prints the sheet's problems and
 * exits with 1. Existing files of the same names are replaced; nothing is written when the sheet
 * has a problem.
 */
public final class SopSheetCommand {

    private SopSheetCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command's work; its exit status: 0 written, 1 the sheet has problems, 2 wrong use or unreadable file. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println("Pemakaian: SopSheetCommand <berkas lembar SOP (.xlsx, .md, .txt)> [folder keluaran, bawaan .]");
            return 2;
        }
        Path sheet = Path.of(args[0]);
        Path target = Path.of(args.length == 2 ? args[1] : ".");
        byte[] content;
        try {
            content = Files.readAllBytes(sheet);
        } catch (IOException unreadable) {
            err.println("Berkas " + sheet + " tidak dapat dibaca: " + unreadable.getMessage());
            return 2;
        }
        ImportResult result = new SopSheetImporter().importFile(sheet.getFileName().toString(), content);
        if (!result.ok()) {
            err.println("Lembar SOP " + sheet + " belum dapat dijadikan proses (" + result.problems().size() + " masalah):");
            result.problems().forEach(problem -> err.println("  " + problem));
            return 1;
        }
        try {
            for (Path written : write(result.sops(), target)) {
                out.println("ditulis: " + written);
            }
        } catch (IOException unwritable) {
            err.println("Tidak dapat menulis ke " + target + ": " + unwritable.getMessage());
            return 2;
        }
        return 0;
    }

    private static List<Path> write(List<GeneratedSop> sops, Path target) throws IOException {
        List<Path> written = new ArrayList<>();
        for (GeneratedSop sop : sops) {
            written.add(writeFile(target.resolve("bpmn"), sop.bpmnFileName(), sop.bpmnXml()));
            for (Map.Entry<String, String> form : sop.forms().entrySet()) {
                written.add(writeFile(target.resolve("forms"), form.getKey(), form.getValue()));
            }
        }
        return written;
    }

    private static Path writeFile(Path folder, String name, String content) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name).normalize();
        if (!folder.normalize().equals(file.getParent())) {
            throw new IOException("nama berkas " + name + " keluar dari folder " + folder);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
