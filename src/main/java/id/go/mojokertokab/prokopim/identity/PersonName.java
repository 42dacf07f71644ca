package id.go.mojokertokab.prokopim.identity;

import org.camunda.bpm.engine.identity.User;

/** How the office names a person in lists and messages: "Dewi Lestari (staf1)", or the login alone. */
public final class PersonName {

    private PersonName() {
    }

    public static String of(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
    }
}
