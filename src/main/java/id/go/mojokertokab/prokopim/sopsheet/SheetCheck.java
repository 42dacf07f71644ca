package id.go.mojokertokab.prokopim.sopsheet;

import id.go.mojokertokab.prokopim.identity.OfficeRole;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a sheet read by TextSheets or XlsxSheets and plans it as a process: the
 * key from its name, one role per pelaksana that does a step, each step's standard and decision.
 * Every mistake is listed with its row, in Indonesian, for the person who fixes the sheet; a sheet
 * with any mistake has no plan.
 */
public final class SheetCheck {

    /* Camunda's columns: a task's and a process's name hold 255 characters, a version tag 64. */
    static final int MAX_TASK_NAME = 255;
    static final int MAX_NAME = 240;
    static final int MAX_NOMOR = 64;
    static final int MAX_PELAKSANA = 255;

    /** The plan, or null when there is any problem. */
    public record Checked(SopPlan plan, List<SheetProblem> problems) {

        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    static final String WAKTU_EXAMPLES = "tulis misalnya \"10 menit\", \"1 jam\", \"2 hari\" atau \"3 hari kerja\".";

    private final SopSheet sheet;
    private final List<SheetProblem> problems = new ArrayList<>();

    private SheetCheck(SopSheet sheet) {
        this.sheet = sheet;
    }

    public static Checked plan(SopSheet sheet) {
        return new SheetCheck(sheet).check();
    }

    private Checked check() {
        String processKey = checkName();
        checkUnit();
        Map<String, Integer> columns = checkColumns();
        if (sheet.steps().isEmpty()) {
            problems.add(new SheetProblem(0, "SOP \"" + sopName(sheet.header().nama()) + "\" belum memiliki langkah;"
                    + " tambahkan tabel langkah (NO. | KEGIATAN | pelaksana … | KELENGKAPAN | WAKTU | OUTPUT | KET)."));
        }
        Map<String, String> stepRows = checkNumbers();
        List<Planned> planned = new ArrayList<>();
        for (SheetStep step : sheet.steps()) {
            planned.add(new Planned(step, checkPelaksana(step, columns), checkWaktu(step), checkDecision(step, stepRows)));
            checkText(step);
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        Map<String, Role> roles = roles(planned);
        List<PlannedStep> steps = planned.stream()
                .map(p -> new PlannedStep(p.step(), roles.get(p.pelaksana()), p.standard(), p.decision()))
                .toList();
        return new Checked(new SopPlan(named(sheet), processKey, List.copyOf(roles.values()), steps), problems);
    }

    /**
     * A SOP's name without the "SOP" some sheets write before it ("SOP Pengarsipan Surat" →
     * "Pengarsipan Surat"), since diagrams and forms print "SOP " + name.
     */
    static String sopName(String nama) {
        String stripped = nama.strip().replaceFirst("(?i)^sop\\b[\\s.:\\-–]*", "");
        return stripped.isEmpty() ? nama.strip() : stripped;
    }

    private static SopSheet named(SopSheet sheet) {
        SheetHeader h = sheet.header();
        String nama = sopName(h.nama());
        if (nama.equals(h.nama())) {
            return sheet;
        }
        SheetHeader header = new SheetHeader(h.nomor(), nama, h.tanggalPembuatan(), h.tanggalRevisi(),
                h.tanggalEfektif(), h.disahkanOleh(), h.dasarHukum(), h.kualifikasiPelaksana(), h.keterkaitan(),
                h.peralatan(), h.peringatan(), h.pencatatan());
        return new SopSheet(sheet.unit(), header, sheet.pelaksana(), sheet.steps());
    }

    private record Planned(SheetStep step, String pelaksana, StandardTime standard, Decision decision) {
    }

    private void checkUnit() {
        if (sheet.unit().isBlank()) {
            problems.add(new SheetProblem(0, "Nama unit kerja kosong; tulis unit pemilik SOP (misalnya \"BAGIAN"
                    + " PROTOKOL DAN KOMUNIKASI PIMPINAN\") di sel paling kiri tabel identitas, di sebelah kiri"
                    + " \"Nomor SOP\"."));
        }
    }

    private String checkName() {
        String nama = sopName(sheet.header().nama());
        if (nama.isEmpty()) {
            problems.add(new SheetProblem(0, "Nama SOP kosong; isi sel di sebelah kanan \"Nama SOP\" pada tabel"
                    + " identitas."));
            return "";
        }
        if (nama.length() > MAX_NAME) {
            problems.add(new SheetProblem(0, "Nama SOP terlalu panjang (" + nama.length() + " karakter); paling banyak "
                    + MAX_NAME + " karakter, karena nama itu menjadi nama proses dan deployment."));
        }
        String nomor = sheet.header().nomor().strip().replaceAll("^/+", "");
        if (nomor.length() > MAX_NOMOR) {
            problems.add(new SheetProblem(0, "Nomor SOP \"" + nomor + "\" terlalu panjang (" + nomor.length()
                    + " karakter); paling banyak " + MAX_NOMOR + " karakter, karena nomor itu menjadi versi proses."));
        }
        String key = SopNames.processKey(nama);
        if (key.isEmpty()) {
            problems.add(new SheetProblem(0, "Nama SOP \"" + nama + "\" tidak memuat huruf atau angka; tulis nama"
                    + " SOP dengan kata-kata."));
        }
        return key;
    }

    /** Each pelaksana heading with its column, in order; a heading written twice is a problem. */
    private Map<String, Integer> checkColumns() {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (String name : sheet.pelaksana()) {
            if (!seen.add(comparable(name))) {
                problems.add(new SheetProblem(0, "Kolom pelaksana \"" + name + "\" ditulis dua kali pada tabel langkah;"
                        + " setiap pelaksana cukup satu kolom."));
            }
            if (name.length() > MAX_PELAKSANA) {
                problems.add(new SheetProblem(0, "Nama pelaksana \"" + name.substring(0, 40) + "…\" terlalu panjang ("
                        + name.length() + " karakter); paling banyak " + MAX_PELAKSANA + " karakter, karena nama itu menjadi nama"
                        + " lajur dan grup."));
            }
            columns.putIfAbsent(name, columns.size());
        }
        return columns;
    }

    /** Numbers run 1, 2, 3, … without gaps or repeats; returns each valid number with its row. */
    private Map<String, String> checkNumbers() {
        Map<String, String> rows = new HashMap<>();
        int expected = 1;
        for (SheetStep step : sheet.steps()) {
            Optional<Integer> number = number(step.number());
            if (step.number().isBlank()) {
                problems.add(new SheetProblem(step.row(), "nomor langkah kosong; isi kolom NO. dengan " + expected + "."));
            } else if (number.isEmpty()) {
                problems.add(new SheetProblem(step.row(), "nomor langkah \"" + step.number() + "\" bukan angka; tulis"
                        + " nomor urut " + expected + "."));
            } else if (rows.containsKey(String.valueOf(number.get()))) {
                problems.add(new SheetProblem(step.row(), "nomor langkah " + number.get() + " sudah dipakai di baris "
                        + rows.get(String.valueOf(number.get())) + "; setiap langkah bernomor lain."));
            } else if (number.get() != expected) {
                problems.add(new SheetProblem(step.row(), "nomor langkah " + number.get() + " tidak berurutan; langkah"
                        + " ini seharusnya bernomor " + expected + "."));
            }
            number.ifPresent(n -> rows.putIfAbsent(String.valueOf(n), String.valueOf(step.row())));
            expected++;
        }
        return rows;
    }

    private String checkPelaksana(SheetStep step, Map<String, Integer> columns) {
        List<String> marked = PelaksanaMarks.split(step.pelaksana());
        String names = String.join(", ", sheet.pelaksana());
        if (marked.isEmpty()) {
            String where = names.isEmpty() ? "kolom pelaksananya; tabel ini belum memiliki kolom pelaksana"
                    : "kolom satu pelaksana: " + names;
            problems.add(new SheetProblem(step.row(), "langkah " + label(step) + " tidak memiliki pelaksana; beri tanda"
                    + " (misalnya nomor langkah) di " + where + "."));
            return null;
        }
        if (marked.size() > 1) {
            problems.add(new SheetProblem(step.row(), "langkah " + label(step) + " ditandai di lebih dari satu kolom"
                    + " pelaksana (" + String.join(", ", marked) + "); satu langkah dikerjakan satu pelaksana, pecah"
                    + " menjadi beberapa langkah."));
            return null;
        }
        if (!columns.containsKey(marked.get(0))) {
            problems.add(new SheetProblem(step.row(), "pelaksana \"" + marked.get(0) + "\" tidak ada di baris judul"
                    + " tabel langkah (" + names + ")."));
            return null;
        }
        return marked.get(0);
    }

    private StandardTime checkWaktu(SheetStep step) {
        if (step.waktu().isBlank()) {
            problems.add(new SheetProblem(step.row(), "waktu langkah " + label(step) + " kosong; " + WAKTU_EXAMPLES));
            return null;
        }
        Optional<StandardTime> standard = StandardTimes.parse(step.waktu());
        if (standard.isEmpty()) {
            problems.add(new SheetProblem(step.row(), "waktu \"" + step.waktu() + "\" tidak dapat dibaca; "
                    + WAKTU_EXAMPLES));
            return null;
        }
        return standard.get();
    }

    private void checkText(SheetStep step) {
        if (step.kegiatan().isBlank()) {
            problems.add(new SheetProblem(step.row(), "kegiatan langkah " + label(step) + " kosong; tulis apa yang"
                    + " dikerjakan pada langkah ini."));
        }
        // the task's name is "N. kegiatan", and Camunda keeps a task's name in 255 characters
        int taskName = step.number().strip().length() + 2 + step.kegiatan().strip().length();
        if (taskName > MAX_TASK_NAME) {
            problems.add(new SheetProblem(step.row(), "kegiatan langkah " + label(step) + " terlalu panjang ("
                    + step.kegiatan().strip().length() + " karakter); nama langkah paling banyak " + MAX_TASK_NAME
                    + " karakter termasuk nomornya. Ringkas kegiatannya; rinciannya dapat ditulis di kolom KET."));
        }
        if (step.output().isBlank()) {
            problems.add(new SheetProblem(step.row(), "output langkah " + label(step) + " kosong; mutu baku OUTPUT"
                    + " wajib diisi dengan hasil langkah ini (misalnya \"Disposisi\")."));
        }
    }

    private Decision checkDecision(SheetStep step, Map<String, String> stepRows) {
        Decisions.Found decision = Decisions.find(step);
        for (String unclear : decision.unclear()) {
            problems.add(new SheetProblem(step.row(), "langkah " + label(step) + " menulis \"" + unclear + "\", tetapi"
                    + " tidak jelas ke langkah mana kasus pergi dan kapan; tulis misalnya \"Ya: lanjut; Tidak: kembali"
                    + " ke langkah 2\" di kolom KET, atau hapus angka itu bila bukan nomor langkah."));
        }
        Optional<Integer> own = number(step.number());
        boolean ok = decision.unclear().isEmpty();
        if (decision.yesTo() != null && own.isPresent() && Integer.parseInt(decision.yesTo()) != own.get() + 1) {
            problems.add(new SheetProblem(step.row(), "langkah " + label(step) + " melanjutkan \"Ya\" ke langkah "
                    + decision.yesTo() + "; bila jawabannya Ya, kasus hanya dapat lanjut ke langkah berikutnya ("
                    + (own.get() + 1) + "). Ubah urutan langkah atau tulis \"Ya: lanjut\"."));
            ok = false;
        }
        if (!decision.decides()) {
            return null;
        }
        if (decision.backTo() == null) {
            problems.add(new SheetProblem(step.row(), "langkah " + label(step) + " berupa pertanyaan, tetapi kolom KET"
                    + " tidak menyebut langkah yang diulang bila jawabannya Tidak; tulis misalnya"
                    + " \"Ya: lanjut; Tidak: kembali ke langkah 4\"."));
            return null;
        }
        int target = Integer.parseInt(decision.backTo());
        if (!stepRows.containsKey(String.valueOf(target))) {
            problems.add(new SheetProblem(step.row(), "langkah " + label(step) + " kembali ke langkah " + target
                    + ", tetapi langkah " + target + " tidak ada; perbaiki nomor pada kolom KET."));
            ok = false;
        } else if (own.isPresent() && target >= own.get()) {
            problems.add(new SheetProblem(step.row(), "langkah " + label(step) + " kembali ke langkah " + target
                    + ", padahal hanya bisa kembali ke langkah sebelumnya (1 sampai " + (own.get() - 1)
                    + "); lompatan ke depan tidak didukung."));
            ok = false;
        }
        return ok ? new Decision(decision.question(), String.valueOf(target)) : null;
    }

    /** One role per pelaksana column that does a step, in column order. */
    private Map<String, Role> roles(List<Planned> planned) {
        Set<String> doing = new HashSet<>();
        planned.forEach(p -> doing.add(p.pelaksana()));
        Set<String> taken = new HashSet<>();
        for (OfficeRole office : OfficeRole.values()) {
            taken.add(office.groupId());
        }
        Map<String, Role> roles = new LinkedHashMap<>();
        for (String name : sheet.pelaksana()) {
            if (!doing.contains(name) || roles.containsKey(name)) {
                continue;
            }
            String group = officeGroup(name).orElseGet(() -> SopNames.groupId(name, taken));
            taken.add(group);
            roles.put(name, new Role(name, group));
        }
        return roles;
    }

    private static Optional<String> officeGroup(String pelaksana) {
        for (OfficeRole office : OfficeRole.values()) {
            if (comparable(office.laneName()).equals(comparable(pelaksana))) {
                return Optional.of(office.groupId());
            }
        }
        return Optional.empty();
    }

    private static String comparable(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static String label(SheetStep step) {
        return step.number().isBlank() ? "tanpa nomor" : step.number();
    }

    private static Optional<Integer> number(String written) {
        String digits = written.strip().replaceAll("\\.$", "");
        if (!digits.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }
}
