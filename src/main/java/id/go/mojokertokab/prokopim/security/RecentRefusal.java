package id.go.mojokertokab.prokopim.security;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The refusal the office's rules raised on this thread, for the REST layer: some of Camunda's
 * resources (e.g. a job's retries) re-throw an engine exception as a new 500 error carrying only
 * its message. With this the answer can still be the refusal itself, with its status and shape.
 */
public final class RecentRefusal {

    private static final ThreadLocal<ProcessEngineException> LAST = new ThreadLocal<>();

    private RecentRefusal() {
    }

    static void remember(ProcessEngineException refusal) {
        LAST.set(refusal);
    }

    static void forget() {
        LAST.remove();
    }

    /** The refusal whose message a wrapping exception repeats, if that is the one raised here. */
    public static Optional<ProcessEngineException> withMessage(String message) {
        ProcessEngineException last = LAST.get();
        return last != null && message != null && message.contains(last.getMessage()) ? Optional.of(last) : Optional.empty();
    }
}
