package org.plantrack.ingest.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.plantrack.ingest.service.ProblemException;
import org.plantrack.observability.DatabaseOutage;

import java.util.Locale;
import java.util.UUID;

/** Turns every failure into application/problem+json naming its cause. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problem.response(e.status(), e.type(), e.title(), e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return Problem.response(status, reason.toLowerCase(Locale.ROOT).replace(' ', '-'), reason,
                e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseOutage.isOutage(e)) {
            LOG.warnf("database unavailable for %s: %s", path(uri), e.getMessage());
            return Problem.response(503, "database-unavailable", "Database unavailable",
                    "the document database cannot be reached; retry later", path(uri));
        }
        // The log keeps the details; the answer must not echo SQL statements or stack internals to clients.
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure for %s (reference %s)", path(uri), reference);
        return Problem.response(500, "internal-error", "Internal error",
                "an unexpected error occurred; it was logged with reference " + reference, path(uri));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
