package id.go.mojokertokab.prokopim.socialmedia;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a published link really points to its channel: https, a host of the channel itself
 * (not one that only contains its name, such as instagram.com.evil.net, nor its name in the
 * path), no user part or port, and a path to the content. The server's own check, whatever
 * step 6's form pattern says; the words name the channel, so a person knows which link to fix.
 */
final class ChannelLink {

    static final int MAX_LENGTH = 2000;

    private ChannelLink() {
    }

    /** @return what is wrong with the link, in Indonesian; empty when it is a link of the channel */
    static Optional<String> problem(Channel channel, String link) {
        String expected = "Tautan " + channel.label() + " harus tautan https:// ke " + hosts(channel);
        if (link == null || link.isBlank()) {
            return Optional.of("Tautan " + channel.label() + " wajib diisi karena " + channel.label() + " dipilih sebagai kanal");
        }
        if (link.length() > MAX_LENGTH) {
            return Optional.of("Tautan " + channel.label() + " paling banyak " + MAX_LENGTH + " karakter");
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException unreadable) {
            return Optional.of(expected + " ('" + link + "' bukan tautan yang sah)");
        }
        boolean https = "https".equals(uri.getScheme());
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean channelHost = channel.hosts().contains(host);
        boolean plain = uri.getRawUserInfo() == null && uri.getPort() == -1;
        boolean content = uri.getRawPath() != null && uri.getRawPath().length() > 1;
        if (!https || !channelHost || !plain || !content) {
            return Optional.of(expected + " ('" + link + "' bukan tautan konten " + channel.label() + ")");
        }
        return Optional.empty();
    }

    private static String hosts(Channel channel) {
        List<String> hosts = channel.hosts().stream().filter(host -> !host.startsWith("www.")).toList();
        return hosts.size() == 1 ? hosts.get(0)
                : String.join(", ", hosts.subList(0, hosts.size() - 1)) + " atau " + hosts.get(hosts.size() - 1);
    }
}
