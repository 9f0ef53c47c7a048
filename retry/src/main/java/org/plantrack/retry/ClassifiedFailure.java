package org.plantrack.retry;

/**
 * A failure that knows whether a retry can fix it, for failures {@link PermanentFailures} cannot judge from their
 * type alone: a webhook receiver's answer is permanent or not by its status code
 * ({@link PermanentFailures#isPermanentHttpStatus}). Implemented by the exception the work fails with.
 */
public interface ClassifiedFailure {

    /** True when the same work would fail the same way after any wait. */
    boolean permanent();
}
