package org.plantrack.outbox;

/**
 * Fire this CDI event in a transaction that wrote outbox rows: the relay observes it after a successful commit and
 * starts a round at once instead of at its next timer tick, and never for a transaction that rolled back.
 */
public record OutboxWritten() {
}
