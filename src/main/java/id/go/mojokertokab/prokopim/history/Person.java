package id.go.mojokertokab.prokopim.history;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import id.go.mojokertokab.prokopim.identity.PersonName;

/** Who did something: the login and the full name (the login alone when the caller may not read the user). */
record Person(String userId, String name) {

    /** Looks people up as the caller, each once per answer. */
    static final class Names {

        private final IdentityService identityService;
        private final Map<String, Person> known = new HashMap<>();

        Names(IdentityService identityService) {
            this.identityService = identityService;
        }

        Person of(String userId) {
            if (userId == null) {
                return null;
            }
            return known.computeIfAbsent(userId, id -> {
                User user = identityService.createUserQuery().userId(id).singleResult();
                return new Person(id, user == null ? id : PersonName.fullName(user));
            });
        }
    }
}
