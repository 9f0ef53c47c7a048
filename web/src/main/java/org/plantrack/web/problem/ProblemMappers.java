package org.plantrack.web.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.plantrack.observability.DatabaseOutage;

import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure of a request into application/problem+json. Picked up by every service that depends on this
 * module (the jar is indexed). What the client is told is written here or by the code that refused the request
 * ({@link ProblemException}); the text of an unexpected exception can name hosts, classes, SQL or file paths, so it
 * goes to the log only, under a reference the answer carries.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return e.toProblem(path(uri)).toResponse();
    }

    /**
     * Refusals of the framework (no such path, wrong method or media type) and of resource code that throws the
     * standard exceptions. Their message is either the framework's ("HTTP 405 Method Not Allowed") or written for
     * the client by our code, never an internal failure's text.
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = e.getMessage();
        if (status >= 500) {
            // a server-side failure that chose its status (e.g. 503): keep the status, log the text like any other
            detail = "the request failed; it was logged with reference " + logged(e, uri);
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        String shown = detail;
        return ProblemType.forStatus(status)
                .map(type -> Problem.of(type, shown, path(uri)))
                .orElseGet(() -> new Problem("about:blank", reason, status, shown, path(uri)))
                .toResponse();
    }

    /** A body that is not JSON, or JSON of the wrong shape: named by where it went wrong, not by our classes. */
    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        return Problem.response(ProblemType.INVALID_JSON, jsonDetail(e), path(uri));
    }

    /** More specific than {@link #badJson}, so it wins over Quarkus' built-in mapper for this exception. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseOutage.isLostCommit(e)) {
            LOG.warnf("database connection lost at the commit of %s: %s", path(uri), e.getMessage());
            return Problem.response(ProblemType.COMMIT_OUTCOME_UNKNOWN, "the database connection was lost while "
                    + "the change was being committed, so it may or may not have been applied; check, or repeat the "
                    + "request if it is idempotent (an upload of the same bytes is)", path(uri));
        }
        if (DatabaseOutage.isOutage(e)) {
            LOG.warnf("database unavailable for %s: %s", path(uri), e.getMessage());
            return Problem.response(ProblemType.DATABASE_UNAVAILABLE,
                    "the database cannot be reached; retry later", path(uri));
        }
        return Problem.response(ProblemType.INTERNAL_ERROR,
                "an unexpected error occurred; it was logged with reference " + logged(e, uri), path(uri));
    }

    /** Logs the failure with its stack trace under a new reference, the only thing of it the client sees. */
    private static String logged(Exception e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure for %s (reference %s)", path(uri), reference);
        return reference;
    }

    static String jsonDetail(JsonProcessingException e) {
        StringBuilder detail = new StringBuilder("the body is not valid JSON");
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail = new StringBuilder("the body's JSON does not fit at ").append(mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")));
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            detail.append(" (line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr())
                    .append(')');
        }
        return detail.toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
