package org.plantrack.devinfra.importer;

/** The part of the gateway's document view an import follows. */
public record DocumentStatus(String id, String state, Integer indicators, String failureReason) {

    public boolean isTerminal() {
        return FileOutcome.ANALYZED.equals(state) || FileOutcome.FAILED.equals(state);
    }
}
