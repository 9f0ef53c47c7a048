package org.plantrack.ingest.domain;

/** Lifecycle of a document: every accepted document ends ANALYZED or FAILED (with a reason). */
public enum DocumentState {
    RECEIVED, ANALYZED, FAILED
}
