package org.plantrack.ingest.service;

import org.plantrack.events.DocumentHintsV1;

/** An upload as the REST layer received it: bytes plus what the client said about them. */
public record UploadRequest(byte[] content, String contentType, String fileName, DocumentHintsV1 hints) {
}
