package id.go.mojokertokab.prokopim.notification;

/** A notification that did not go out; a permanent failure is not retried until an administrator asks. */
public class DeliveryFailed extends Exception {

    private final boolean permanent;

    public DeliveryFailed(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
