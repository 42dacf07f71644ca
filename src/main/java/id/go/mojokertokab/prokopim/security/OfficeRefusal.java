package id.go.mojokertokab.prokopim.security;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;

/**
 * A refusal of one of the office's rules, in Camunda's own shape: an {@link AuthorizationException}
 * naming the user and the authorizations that would have allowed the action (the REST API answers
 * 403 with both), with a message in Indonesian that says what was refused and why.
 */
public class OfficeRefusal extends AuthorizationException {

    private final String indonesianMessage;

    public OfficeRefusal(String userId, List<MissingAuthorization> missing, String message) {
        super(userId, missing);
        this.indonesianMessage = message;
    }

    /** Camunda's refusal of the same action, told in Indonesian. */
    static OfficeRefusal of(AuthorizationException camunda, String message) {
        return new OfficeRefusal(camunda.getUserId(), camunda.getMissingAuthorizations(), message);
    }

    @Override
    public String getMessage() {
        return indonesianMessage;
    }
}
