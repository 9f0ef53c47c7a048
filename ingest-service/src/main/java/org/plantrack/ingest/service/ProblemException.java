package org.plantrack.ingest.service;

/** A failure a client caused or must know about, answered as application/problem+json. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    public ProblemException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public static ProblemException notFound(String id) {
        return new ProblemException(404, "document-not-found", "Document not found",
                "no document with id '" + id + "'");
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
