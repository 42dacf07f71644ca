package id.go.mojokertokab.prokopim.identity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Demo accounts, one per office role; only the demo profile defines any. */
@ConfigurationProperties("prokopim.demo")
public record DemoUsersProperties(List<DemoUser> users) {

    public DemoUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record DemoUser(String id, String firstName, String lastName, String password, OfficeRole role) {
    }
}
