package id.go.mojokertokab.prokopim.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.mojokertokab.prokopim.OfficeTime;
import id.go.mojokertokab.prokopim.form.StepForm;

/** How a recorded value reads, for each kind of form field, without the engine. */
class ValueWordingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StepForm FORM = StepForm.of(json("""
            {"id": "contoh", "components": [
              {"type": "text", "text": "Judul"},
              {"type": "textfield", "key": "tautan", "label": "Tautan"},
              {"type": "textfield", "key": "bukanTautan", "label": "Bukan tautan"},
              {"type": "textarea", "key": "catatan", "label": "Catatan"},
              {"type": "textfield", "key": "dibaca", "label": "Hanya dibaca", "readonly": true},
              {"type": "checkbox", "key": "setuju", "label": "Setuju"},
              {"type": "datetime", "key": "tanggal", "subtype": "date", "dateLabel": "Tanggal"},
              {"type": "datetime", "key": "waktu", "subtype": "datetime", "dateLabel": "Waktu"},
              {"type": "datetime", "key": "lokal", "subtype": "datetime", "timeSerializingFormat": "no_timezone", "dateLabel": "Lokal"},
              {"type": "select", "key": "staf", "label": "Staf", "valuesKey": "daftarStaf"},
              {"type": "select", "key": "lain", "label": "Pilihan lain", "values": [{"label": "Satu", "value": "1"}]},
              {"type": "group", "path": "alamat", "label": "Alamat", "components": [
                {"type": "textfield", "key": "desa", "label": "Desa"},
                {"type": "number", "key": "rt", "label": "RT"}]}
            ]}"""));

    private final ValueWording wording = new ValueWording(new OfficeTime(ZoneId.of("Asia/Jakarta")),
            key -> key.equals("daftarStaf") ? json("[{\"label\": \"Dewi Lestari (staf1)\", \"value\": \"staf1\"}]") : null);

    @Test
    void each_kind_of_field_reads_as_a_person_expects() {
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("catatan", "Baris satu\nBaris dua");
        recorded.put("tautan", " https://www.youtube.com/watch?v=1 ");
        recorded.put("bukanTautan", "javascript:alert(1)");
        recorded.put("dibaca", "tidak dicatat langkah ini");
        recorded.put("setuju", false);
        recorded.put("tanggal", "2026-12-01");
        recorded.put("waktu", "2026-12-01T02:00Z");
        recorded.put("lokal", "2026-12-01T09:30");
        recorded.put("staf", "staf1");
        recorded.put("lain", "9");
        recorded.put("alamat", Map.of("desa", "Jabon", "rt", 3));
        recorded.put("bukanKolom", "diabaikan");

        List<RecordedValue> values = wording.of(FORM, recorded);

        // in the form's order, read-only fields and variables of no field left out
        assertThat(values).extracting(RecordedValue::label).containsExactly("Tautan", "Bukan tautan", "Catatan", "Setuju",
                "Tanggal", "Waktu", "Lokal", "Staf", "Pilihan lain", "Alamat");
        assertThat(values.get(0).value()).isEqualTo(Shown.link("https://www.youtube.com/watch?v=1"));
        assertThat(values.get(1).value()).isEqualTo(Shown.text("javascript:alert(1)"));
        assertThat(values.get(2).value().text()).isEqualTo("Baris satu\nBaris dua");
        assertThat(values.get(3).value().text()).isEqualTo("Tidak");
        assertThat(values.get(4).value().text()).isEqualTo("01-12-2026");
        assertThat(values.get(5).value().text()).isEqualTo("01-12-2026 09:00 WIB");
        assertThat(values.get(6).value().text()).isEqualTo("01-12-2026 09:30");
        assertThat(values.get(7).value().text()).isEqualTo("Dewi Lestari (staf1)");
        // a value no longer among the options is shown as it was recorded
        assertThat(values.get(8).value().text()).isEqualTo("9");
        assertThat(values.get(9).value().items()).extracting(Shown::text).containsExactly("Desa: Jabon", "RT: 3");
    }

    @Test
    void nothing_recorded_reads_as_a_dash_and_a_date_value_in_wib() {
        FormWithOneField empty = new FormWithOneField();
        assertThat(wording.shown(empty.field, null).text()).isEqualTo("–");
        assertThat(wording.shown(empty.field, "  ").text()).isEqualTo("–");
        assertThat(wording.shown(empty.field, Date.from(java.time.Instant.parse("2026-12-01T17:30:00Z"))).text())
                .isEqualTo("02-12-2026 00:30 WIB");
    }

    private static final class FormWithOneField {
        final id.go.mojokertokab.prokopim.form.FormField field =
                StepForm.of(json("{\"components\": [{\"type\": \"textfield\", \"key\": \"a\", \"label\": \"A\"}]}")).field("a");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
