package id.go.mojokertokab.prokopim.socialmedia;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SOP's three channels (IG, YouTube dan FB): the value step 3's checklist {@code kanalMedia}
 * records, the variable step 6 records the published link in, and the hosts such a link may
 * point to. Step 6's form (forms/unggah-konten.form) has the same hosts in its patterns.
 */
enum Channel {

    INSTAGRAM("instagram", "Instagram", "tautanInstagram", List.of("instagram.com", "www.instagram.com", "instagr.am")),
    YOUTUBE("youtube", "YouTube", "tautanYoutube",
            List.of("youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be")),
    FACEBOOK("facebook", "Facebook", "tautanFacebook",
            List.of("facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com", "fb.watch"));

    private final String id;
    private final String label;
    private final String linkVariable;
    private final List<String> hosts;

    Channel(String id, String label, String linkVariable, List<String> hosts) {
        this.id = id;
        this.label = label;
        this.linkVariable = linkVariable;
        this.hosts = hosts;
    }

    /** "instagram": the value in {@code kanalMedia}, the API's {@code kanal} and the database. */
    String id() {
        return id;
    }

    /** "Instagram": the name people read. */
    String label() {
        return label;
    }

    String linkVariable() {
        return linkVariable;
    }

    List<String> hosts() {
        return hosts;
    }

    static Optional<Channel> of(String id) {
        return id == null ? Optional.empty()
                : Arrays.stream(values()).filter(channel -> channel.id.equals(id.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
