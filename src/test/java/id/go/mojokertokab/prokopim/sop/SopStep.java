package id.go.mojokertokab.prokopim.sop;

import java.time.Duration;

import id.go.mojokertokab.prokopim.identity.OfficeRole;

/**
 * The step tables of the two SOP sheets, transcribed by hand from
 * shared/sop/sop-prokopim-2022.md: the yardstick the deployed models are checked against.
 * Step 5a is not a row of the sheet: it is the verification that row 5 hands over to, and it
 * takes row 5's standard.
 */
public enum SopStep {

    INVENTARIS_1(Sop.INVENTARISASI, "1", "UserTask_MenugaskanSubkoordinator",
            "Menugaskan Sub Koordinator Dokpim untuk inventarisasi peralatan dokumentasi",
            OfficeRole.KABAG, "10 menit", Duration.ofMinutes(10)),
    INVENTARIS_2(Sop.INVENTARISASI, "2", "UserTask_MenugaskanStaf",
            "Menugaskan staf Sub Dokpim untuk inventarisasi peralatan dokumentasi",
            OfficeRole.SUBKOOR, "10 menit", Duration.ofMinutes(10)),
    INVENTARIS_3(Sop.INVENTARISASI, "3", "UserTask_PeriksaPeralatan",
            "Melakukan pengecekan peralatan dokumentasi terkait jumlah, kondisi, kesiapan alat (baterai dan memory)",
            OfficeRole.STAF, "1 jam", Duration.ofHours(1)),
    INVENTARIS_4(Sop.INVENTARISASI, "4", "UserTask_CatatDanLaporkan",
            "Mencatat dan melaporkan kepada Sub Koordinator",
            OfficeRole.STAF, "30 menit", Duration.ofMinutes(30)),

    MEDIA_1(Sop.MEDIA_SOSIAL, "1", "UserTask_MerujukAgenda",
            "Merujuk kepada Agenda Kegiatan Bupati, Wakil Bupati dan Sekretaris Daerah",
            OfficeRole.KABAG, "10 menit", Duration.ofMinutes(10)),
    MEDIA_2(Sop.MEDIA_SOSIAL, "2", "UserTask_MenugaskanSubkoordinator",
            "Menugaskan Sub Koordinator Dokpim untuk update media sosial",
            OfficeRole.KABAG, "10 menit", Duration.ofMinutes(10)),
    MEDIA_3(Sop.MEDIA_SOSIAL, "3", "UserTask_MembagiTugas",
            "Membagi tugas untuk desain konten media sosial, membalas pesan dan koordinasi dengan OPD",
            OfficeRole.SUBKOOR, "10 menit", Duration.ofMinutes(10)),
    MEDIA_4(Sop.MEDIA_SOSIAL, "4", "UserTask_MendesainKonten",
            "Mendesain konten untuk media sosial",
            OfficeRole.STAF, "3 jam", Duration.ofHours(3)),
    MEDIA_5(Sop.MEDIA_SOSIAL, "5", "UserTask_MenyerahkanDesain",
            "Menyerahkan hasil desain kepada Sub Koordinator dan tim yang telah dibentuk untuk di verifikasi sebelum tayang",
            OfficeRole.STAF, "30 menit", Duration.ofMinutes(30)),
    MEDIA_5A(Sop.MEDIA_SOSIAL, "5a", "UserTask_VerifikasiKonten",
            "Memverifikasi konten sebelum tayang",
            OfficeRole.SUBKOOR, "30 menit", Duration.ofMinutes(30)),
    MEDIA_6(Sop.MEDIA_SOSIAL, "6", "UserTask_MengunggahKonten",
            "Mengupload konten di media sosial",
            OfficeRole.STAF, "15 menit", Duration.ofMinutes(15));

    public enum Sop {
        INVENTARISASI("inventarisasiPeralatanDokumentasi", "SOP Inventarisasi Peralatan Dokumentasi"),
        MEDIA_SOSIAL("penyampaianInformasiMediaSosial",
                "SOP Penyampaian Informasi Melalui Media Sosial (IG, YouTube dan FB)");

        public final String processKey;
        public final String name;

        Sop(String processKey, String name) {
            this.processKey = processKey;
            this.name = name;
        }
    }

    public final Sop sop;
    public final String number;
    public final String taskId;
    public final String kegiatan;
    public final OfficeRole role;
    public final String waktu;
    public final Duration standard;

    SopStep(Sop sop, String number, String taskId, String kegiatan, OfficeRole role, String waktu, Duration standard) {
        this.sop = sop;
        this.number = number;
        this.taskId = taskId;
        this.kegiatan = kegiatan;
        this.role = role;
        this.waktu = waktu;
        this.standard = standard;
    }

    public String taskName() {
        return number + ". " + kegiatan;
    }
}
