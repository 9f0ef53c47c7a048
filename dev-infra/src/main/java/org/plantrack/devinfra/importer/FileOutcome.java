package org.plantrack.devinfra.importer;

import java.nio.file.Path;

/**
 * What became of one file. {@code uploaded} is false when the gateway already held these bytes (a re-run) or the
 * file never reached it; {@code state} is the document's final state (ANALYZED, FAILED), or TIMED_OUT when it did
 * not reach one in time, or ERROR when the file could not be read or was refused.
 */
public record FileOutcome(Path file, String documentId, boolean uploaded, String state, Integer indicators,
                          String reason) {

    public static final String ANALYZED = "ANALYZED";
    public static final String FAILED = "FAILED";
    public static final String TIMED_OUT = "TIMED_OUT";
    public static final String ERROR = "ERROR";

    public boolean succeeded() {
        return ANALYZED.equals(state);
    }

    static FileOutcome error(Path file, String documentId, String reason) {
        return new FileOutcome(file, documentId, false, ERROR, null, reason);
    }
}
