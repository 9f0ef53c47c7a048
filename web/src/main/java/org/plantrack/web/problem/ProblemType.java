package org.plantrack.web.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of problem a PlanTrack service answers, the one list (docs/architecture.md, "Problem responses",
 * shows it to clients). A type is a URI under {@link #BASE}; its status and title are the same wherever it is
 * used, so a client can branch on the type alone. The first group are HTTP-level refusals the framework raises
 * (a wrong method, media type, an over-long URI); the rest name a cause in PlanTrack's own terms.
 */
public enum ProblemType {

    // HTTP-level refusals, by status (a WebApplicationException carries only its status)
    BAD_REQUEST(400, "bad-request", "Bad request"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    REQUEST_TOO_LARGE(413, "request-too-large", "Request too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request headers too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),

    // request input
    INVALID_JSON(400, "invalid-json", "Invalid JSON"),
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter"),
    INVALID_FILTER(400, "invalid-filter", "Invalid filter"),
    INVALID_LAST_EVENT_ID(400, "invalid-last-event-id", "Invalid Last-Event-ID"),
    INVALID_PAGING(400, "invalid-paging", "Invalid paging"),
    INVALID_STATE(400, "invalid-state", "Invalid state filter"),
    INVALID_METADATA(400, "invalid-metadata", "Invalid metadata"),
    EMPTY_DOCUMENT(400, "empty-document", "Empty document"),
    NO_FILES(400, "no-files", "No files"),
    TOO_MANY_FILES(400, "too-many-files", "Too many files"),
    DOCUMENT_TOO_LARGE(413, "document-too-large", "Document too large"),
    UNSUPPORTED_DOCUMENT_TYPE(415, "unsupported-document-type", "Unsupported document type"),
    INVALID_WEBHOOK(400, "invalid-webhook", "Invalid webhook"),
    WEBHOOK_DESTINATION_REFUSED(400, "webhook-destination-refused", "Webhook destination refused"),

    // the API key
    API_KEY_MISSING(401, "api-key-missing", "API key required"),
    API_KEY_INVALID(401, "api-key-invalid", "Invalid API key"),

    // resources and their states
    DOCUMENT_NOT_FOUND(404, "document-not-found", "Document not found"),
    WEBHOOK_NOT_FOUND(404, "webhook-not-found", "Webhook not found"),
    DOCUMENT_NOT_FAILED(409, "not-failed", "Document not failed"),
    TEXT_NOT_AVAILABLE(409, "text-not-available", "Cleaned text not available"),
    WEBHOOK_LIMIT(409, "webhook-limit", "Too many webhooks"),
    SYNONYM_EXISTS(409, "synonym-exists", "Synonym exists"),
    TOO_MANY_SUBSCRIPTIONS(429, "too-many-subscriptions", "Too many subscriptions"),

    // what is down
    DATABASE_UNAVAILABLE(503, "database-unavailable", "Database unavailable"),
    COMMIT_OUTCOME_UNKNOWN(503, "commit-outcome-unknown", "Commit outcome unknown"),
    WEBHOOK_STORE_UNAVAILABLE(503, "webhook-store-unavailable", "Webhook store unavailable");

    /** The base of every type URI. */
    public static final String BASE = "https://plantrack.org/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** The last segment of the type URI, e.g. {@code document-not-found}. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return BASE + slug;
    }

    /** The HTTP-level type for a bare status (a framework refusal), if there is one. */
    public static Optional<ProblemType> forStatus(int status) {
        return Arrays.stream(values()).filter(t -> t.status == status).findFirst();
    }
}
