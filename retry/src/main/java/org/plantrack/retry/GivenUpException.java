package org.plantrack.retry;

/**
 * A retried piece of work that did not succeed: its attempts were used up, its failure is not one that is retried,
 * or the service is stopping. The cause is the last failure; the message names the work and is what a dead letter
 * carries as its reason.
 */
public class GivenUpException extends RuntimeException {

    private final int attempts;
    private final boolean stopping;

    GivenUpException(String what, int attempts, Throwable lastFailure, boolean stopping) {
        super(what + " failed " + (attempts == 1 ? "once" : attempts + " times")
                + (stopping ? " and the service is stopping" : "") + ": " + lastFailure, lastFailure);
        this.attempts = attempts;
        this.stopping = stopping;
    }

    /** How many attempts were made, the first one included. */
    public int attempts() {
        return attempts;
    }

    /** True when the work was abandoned because the service stops (its record is delivered again), not given up. */
    public boolean stopping() {
        return stopping;
    }
}
