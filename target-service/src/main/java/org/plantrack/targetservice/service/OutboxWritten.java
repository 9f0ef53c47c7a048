package org.plantrack.targetservice.service;

/**
 * Fired (CDI event) by a transaction that wrote outbox rows; observed after a successful commit, so the publisher
 * starts right away instead of at its next timer tick, and never sees rows of a transaction that rolled back.
 */
public record OutboxWritten(int records) {
}
