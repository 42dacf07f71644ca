package id.go.mojokertokab.prokopim.socialmedia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A published link is accepted only for its own channel, by the server and by step 6's form
 * pattern alike: the form's patterns (forms/unggah-konten.form) are checked against the same table.
 */
class ChannelLinkTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "instagram, https://www.instagram.com/p/C0abc123/, true",
            "instagram, https://instagram.com/reel/xyz?igsh=abc, true",
            "instagram, https://instagr.am/p/abc, true",
            "youtube, https://www.youtube.com/watch?v=dQw4w9WgXcQ, true",
            "youtube, https://m.youtube.com/watch?v=abc, true",
            "youtube, https://youtu.be/dQw4w9WgXcQ, true",
            "youtube, https://youtube.com/shorts/abc, true",
            "facebook, https://www.facebook.com/prokopim.mojokerto/posts/123, true",
            "facebook, https://m.facebook.com/story.php?id=1, true",
            "facebook, https://fb.watch/abcDEF/, true",
            // another site that only mentions the channel
            "instagram, https://evil.example/instagram.com/x, false",
            "instagram, https://instagram.com.evil.net/p/x, false",
            "instagram, https://eviLinstagram.com/p/x, false",
            "instagram, https://instagram.com@evil.net/p/x, false",
            "instagram, https://user@instagram.com/p/x, false",
            "instagram, https://instagram.com:8443/p/x, false",
            // not https, or no content
            "instagram, http://www.instagram.com/p/abc, false",
            "instagram, ftp://instagram.com/p/abc, false",
            "instagram, https://www.instagram.com/, false",
            "instagram, https://www.instagram.com, false",
            "instagram, www.instagram.com/p/abc, false",
            "youtube, https://www.youtube.com.evil.net/watch?v=1, false",
            "youtube, https://evil.example/youtu.be/x, false",
            // the right site for another channel
            "youtube, https://www.instagram.com/p/abc, false",
            "facebook, https://youtu.be/abc, false",
            "facebook, https://fb.watch.evil.net/x, false",
            "facebook, https://www.facebook.com/a b, false"
    })
    void a_link_is_accepted_only_for_its_channel_by_the_server_and_the_form(String kanal, String link, boolean accepted) throws IOException {
        Channel channel = Channel.of(kanal).orElseThrow();

        assertThat(ChannelLink.problem(channel, link)).as("server").matches(problem -> problem.isEmpty() == accepted);
        // form-js tests the pattern like RegExp.test, as form/StepSubmission does
        assertThat(Pattern.compile(formPattern(channel)).matcher(link).find()).as("form pattern").isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({"instagram, Instagram", "youtube, YouTube", "facebook, Facebook"})
    void a_refusal_names_the_channel_and_its_sites(String kanal, String label) {
        Channel channel = Channel.of(kanal).orElseThrow();

        assertThat(ChannelLink.problem(channel, "http://evil.example/x")).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("Tautan " + label + " harus tautan https:// ke ").contains("http://evil.example/x"));
        assertThat(ChannelLink.problem(channel, " ")).hasValue("Tautan " + label + " wajib diisi karena " + label
                + " dipilih sebagai kanal");
    }

    @ParameterizedTest
    @CsvSource({"instagram", "youtube", "facebook"})
    void the_forms_pattern_comes_with_an_indonesian_message_naming_the_channel(String kanal) throws IOException {
        Channel channel = Channel.of(kanal).orElseThrow();

        assertThat(field(channel).path("properties").path("pesanPola").asText())
                .startsWith("Isi dengan tautan konten " + channel.label() + " yang diawali https://");
    }

    private static String formPattern(Channel channel) throws IOException {
        return field(channel).path("validate").path("pattern").asText();
    }

    private static JsonNode field(Channel channel) throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms/unggah-konten.form").toFile());
        for (JsonNode component : form.path("components")) {
            if (component.path("key").asText().equals(channel.linkVariable())) {
                return component;
            }
        }
        throw new AssertionError("step 6's form has no field " + channel.linkVariable());
    }
}
