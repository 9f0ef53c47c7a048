package org.plantrack.retry;

/**
 * A retried piece of work that did not succeed: its attempts were used up, its failure is one no retry can fix
 * ({@link #permanent()}), or the service is stopping. The cause is the last failure; the message names the work and
 * is what a dead letter carries as its reason.
 */
public class GivenUpException extends RuntimeException {

    private final int attempts;
    private final boolean stopping;
    private final boolean permanent;

    GivenUpException(String what, int attempts, Throwable lastFailure, boolean stopping, boolean permanent) {
        super(what + " failed " + (attempts == 1 ? "once" : attempts + " times")
                + (stopping ? " and the service is stopping"
                : permanent ? (attempts == 1 ? "" : ", the last time") + " for a reason no retry can fix" : "")
                + ": " + lastFailure, lastFailure);
        this.attempts = attempts;
        this.stopping = stopping;
        this.permanent = permanent && !stopping;
    }

    /** How many attempts were made, the first one included. */
    public int attempts() {
        return attempts;
    }

    /** True when the work was abandoned because the service stops (its record is delivered again), not given up. */
    public boolean stopping() {
        return stopping;
    }

    /**
     * True when the last failure was not retried because no retry can fix it ({@link PermanentFailures}, or the
     * caller's own judgement): the attempts were not used up, and trying again later fails the same way.
     */
    public boolean permanent() {
        return permanent;
    }
}
