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
 * exits with 1. Nothing is written when the sheet has a problem, when another model in bpmn/
 * already holds the same process, or when a file of the same name exists (unless {@code --timpa}).
 */
public final class SopSheetCommand {

    /** Replace files of the same names that an earlier run wrote. */
    static final String OVERWRITE = "--timpa";

    private SopSheetCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command's work; its exit status: 0 written, 1 the sheet has problems, 2 wrong use or unreadable file. */
    static int run(String[] arguments, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(List.of(arguments));
        boolean overwrite = args.remove(OVERWRITE);
        if (args.size() < 1 || args.size() > 2) {
            err.println("Pemakaian: SopSheetCommand <berkas lembar SOP (.xlsx, .md, .txt)> [folder keluaran, bawaan .] [" + OVERWRITE + "]");
            return 2;
        }
        Path sheet = Path.of(args.get(0));
        Path target = Path.of(args.size() == 2 ? args.get(1) : ".");
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
        List<String> clashes;
        try {
            clashes = clashes(result.sops(), target, overwrite);
        } catch (IOException unreadable) {
            err.println("Folder " + target + " tidak dapat dibaca: " + unreadable.getMessage());
            return 2;
        }
        if (!clashes.isEmpty()) {
            err.println("Tidak ada yang ditulis:");
            clashes.forEach(clash -> err.println("  " + clash));
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

    /*
     * The application deploys every file of bpmn/ together: a second file with the same process
     * would stop it starting, and a hand-made model of the same name would be lost.
     */
    private static List<String> clashes(List<GeneratedSop> sops, Path target, boolean overwrite) throws IOException {
        List<String> clashes = new ArrayList<>();
        Path models = target.resolve("bpmn");
        for (GeneratedSop sop : sops) {
            Path own = models.resolve(sop.bpmnFileName());
            if (Files.isDirectory(models)) {
                try (var files = Files.list(models)) {
                    for (Path other : files.filter(file -> file.toString().endsWith(".bpmn") && !file.equals(own)).toList()) {
                        if (Files.readString(other).contains("<bpmn:process id=\"" + sop.plan().processKey() + "\"")) {
                            clashes.add(other + " sudah memuat proses " + sop.plan().processKey() + "; ubah proses itu di Camunda"
                                    + " Modeler, atau beri SOP \"" + sop.plan().sheet().header().nama() + "\" nama lain.");
                        }
                    }
                }
            }
            List<Path> files = new ArrayList<>(List.of(own));
            sop.forms().keySet().forEach(form -> files.add(target.resolve("forms").resolve(form)));
            if (!overwrite) {
                files.stream().filter(Files::exists).forEach(file -> clashes.add(file + " sudah ada; tambahkan " + OVERWRITE
                        + " bila berkas itu memang hasil impor yang boleh diganti."));
            }
        }
        return clashes;
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
