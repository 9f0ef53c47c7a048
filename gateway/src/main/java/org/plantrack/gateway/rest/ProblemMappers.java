package org.plantrack.gateway.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Locale;

/** Failures of the gateway's own, as application/problem+json (downstream problems pass through unchanged). */
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
        LOG.errorf(e, "unexpected failure for %s", path(uri));
        // the exception's text can name internal hosts, classes or queries: logged above, never answered
        return Problem.response(500, "internal-error", "Internal error",
                "the gateway failed unexpectedly; the failure is logged", path(uri));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
