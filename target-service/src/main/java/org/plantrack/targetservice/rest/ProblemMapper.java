package org.plantrack.targetservice.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.plantrack.observability.DatabaseOutage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Every error as application/problem+json (RFC 9457) naming the cause. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    static final String PROBLEM_JSON = "application/problem+json";

    @ServerExceptionMapper
    public Response badRequest(IllegalArgumentException e, UriInfo uri) {
        return problem(400, "Bad Request", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        return problem(status, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (DatabaseOutage.isOutage(e)) {
            LOG.warnf("database unavailable for %s: %s", uri.getPath(), e.getMessage());
            return problem(503, "Database unavailable", "the indicator database cannot be reached; retry later", uri);
        }
        // The log keeps the details; the answer must not echo SQL statements or stack internals to clients.
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error on %s (reference %s)", uri.getPath(), reference);
        return problem(500, "Internal Server Error",
                "an unexpected error occurred; it was logged with reference " + reference, uri);
    }

    static Response problem(int status, String title, String detail, UriInfo uri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", uri == null ? null : uri.getRequestUri().getPath());
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }
}
