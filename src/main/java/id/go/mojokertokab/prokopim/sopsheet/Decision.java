package id.go.mojokertokab.prokopim.sopsheet;

/**
 * A check made by a step: after it, the case goes on when the answer is yes and goes back to
 * step {@code backToStep} when it is no ("jika tidak sesuai kembali ke langkah 4", or a kegiatan
 * "Apakah … ?" with Ya/Tidak).
 *
 * @param question the question as shown on the gateway and on the step's form, ending in "?"
 * @param backToStep the number of the step the case returns to (as written in the sheet)
 */
public record Decision(String question, String backToStep) {
}
