package id.go.mojokertokab.prokopim.identity;

import org.camunda.bpm.engine.identity.User;

/** How the office names a person in lists and messages: "Dewi Lestari (staf1)", or the login alone. */
public final class PersonName {

    private PersonName() {
    }

    public static String of(User user) {
        String name = fullName(user);
        return name.equals(user.getId()) ? name : name + " (" + user.getId() + ")";
    }

    /** "Dewi Lestari", as a signature reads; the login when the user has no name. */
    public static String fullName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
