package id.go.mojokertokab.prokopim.sopsheet;

import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * A SOP sheet file made into processes: the reader its kind asks for (a spreadsheet, .xlsx, or a
 * text table, .md or .txt), every sheet with a step table checked and planned, then written as
 * BPMN and forms. Sheets without a step table (an identity page alone) are skipped. One problem
 * anywhere and nothing is written; each problem names its SOP when the file holds several.
 * Needs no Spring: the command line ({@link SopSheetCommand}) uses it as it is.
 */
@Component
public class SopSheetImporter {

    /** Larger than any sheet (the office's XLSX sheets weigh tens of kilobytes), and the server's request limit. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    public ImportResult importFile(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.trim();
        if (content == null || content.length == 0) {
            return refused("Berkas “" + name + "” kosong.");
        }
        if (content.length > MAX_BYTES) {
            return refused("Berkas “" + name + "” terlalu besar (" + megabytes(content.length) + " MB); batasnya "
                    + megabytes(MAX_BYTES) + " MB. Satu lembar SOP jauh lebih kecil: periksa apakah berkasnya benar.");
        }
        SheetReading reading;
        try {
            reading = read(name, content);
        } catch (UnreadableFile unreadable) {
            return refused(unreadable.getMessage());
        }
        if (!reading.problems().isEmpty()) {
            return new ImportResult(List.of(), reading.problems());
        }
        List<SopSheet> withSteps = reading.sheets().stream().filter(sheet -> !sheet.steps().isEmpty()).toList();
        if (withSteps.isEmpty()) {
            return refused("Berkas “" + name + "” tidak memuat tabel langkah (kolom NO., KEGIATAN, PELAKSANA dan MUTU BAKU),"
                    + " jadi tidak ada yang dapat dijadikan proses.");
        }
        return planAndWrite(withSteps);
    }

    private ImportResult planAndWrite(List<SopSheet> sheets) {
        boolean several = sheets.size() > 1;
        List<SopPlan> plans = new ArrayList<>();
        List<SheetProblem> problems = new ArrayList<>();
        Map<String, String> sheetOfKey = new HashMap<>();
        for (SopSheet sheet : sheets) {
            SheetCheck.Checked checked = SheetCheck.plan(sheet);
            checked.problems().forEach(problem -> problems.add(several ? inSheet(sheet, problem) : problem));
            if (checked.problems().isEmpty() && checked.plan() != null) {
                SopPlan plan = checked.plan();
                String earlier = sheetOfKey.putIfAbsent(plan.processKey(), sheet.header().nama());
                if (earlier != null) {
                    problems.add(new SheetProblem(0, "SOP “" + sheet.header().nama() + "” dan “" + earlier
                            + "” menjadi proses yang sama (" + plan.processKey() + "); beri nama SOP yang berbeda."));
                }
                plans.add(plan);
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(List.of(), problems);
        }
        List<GeneratedSop> sops = plans.stream().map(SopWriter::write).toList();
        Map<String, String> sopOfFile = new HashMap<>();
        for (GeneratedSop sop : sops) {
            String nama = sop.plan().sheet().header().nama();
            String earlier = sopOfFile.putIfAbsent(sop.bpmnFileName(), nama);
            if (earlier != null) {
                problems.add(new SheetProblem(0, "SOP “" + nama + "” dan “" + earlier + "” menjadi berkas yang sama ("
                        + sop.bpmnFileName() + "); beri nama SOP yang berbeda."));
            }
        }
        return problems.isEmpty() ? new ImportResult(sops, List.of()) : new ImportResult(List.of(), problems);
    }

    private static SheetProblem inSheet(SopSheet sheet, SheetProblem problem) {
        String nama = sheet.header().nama().isBlank() ? "tanpa nama" : SheetCheck.sopName(sheet.header().nama());
        return new SheetProblem(problem.row(), "SOP “" + nama + "”: " + problem.message());
    }

    /* The content decides before the name: an .xlsx renamed .txt is still a spreadsheet. */
    private static SheetReading read(String name, byte[] content) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String foreign : List.of(".xls", ".ods", ".docx", ".doc", ".pdf")) {
            if (lower.endsWith(foreign)) {
                throw new UnreadableFile("Berkas “" + name + "” berbentuk " + foreign + ", yang tidak dapat dibaca. Simpan lembar"
                        + " SOP sebagai Excel .xlsx, atau tulis tabelnya sebagai teks (.md).");
            }
        }
        if (startsWith(content, ZIP_MAGIC) || lower.endsWith(".xlsx")) {
            return readSpreadsheet(name, content);
        }
        if (lower.endsWith(".md") || lower.endsWith(".txt")) {
            return TextSheets.read(text(name, content));
        }
        throw new UnreadableFile("Berkas “" + name + "” bukan lembar SOP yang dikenal: kirim Excel .xlsx atau tabel teks .md/.txt.");
    }

    private static SheetReading readSpreadsheet(String name, byte[] content) {
        if (!startsWith(content, ZIP_MAGIC)) {
            throw new UnreadableFile("Berkas “" + name + "” bernama .xlsx tetapi isinya bukan Excel .xlsx; simpan ulang dari Excel.");
        }
        try {
            return XlsxSheets.read(new ByteArrayInputStream(content));
        } catch (Exception broken) {
            // a damaged or foreign zip: the library's own words are English and technical
            throw new UnreadableFile("Berkas “" + name + "” tidak dapat dibuka sebagai Excel .xlsx (rusak atau bukan buatan"
                    + " Excel/LibreOffice); simpan ulang lalu unggah lagi.");
        }
    }

    private static String text(String name, byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw new UnreadableFile("Berkas “" + name + "” bukan teks UTF-8; simpan ulang sebagai teks UTF-8.");
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.format(new Locale("id", "ID"), "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static ImportResult refused(String message) {
        return new ImportResult(List.of(), List.of(new SheetProblem(0, message)));
    }

    private static final class UnreadableFile extends RuntimeException {
        UnreadableFile(String message) {
            super(message, null, false, false);
        }
    }
}
