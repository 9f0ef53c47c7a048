package org.plantrack.ingest.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.plantrack.ingest.service.ProblemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
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
        if (databaseUnreachable(e)) {
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

    /**
     * True when the failure says the database is not there right now (so the client should retry) rather than that
     * the request is wrong: connection errors (SQLState class 08), a server shutting down or starting up (class 57,
     * e.g. 57P01 "terminating connection due to administrator command") and exhausted resources (class 53).
     * Suppressed exceptions are searched too: when the connection dies at COMMIT, the transaction manager throws its
     * own RollbackException and attaches the driver's error as a suppressed exception, not as the cause.
     */
    public static boolean databaseUnreachable(Throwable e) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.push(e);
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (saysUnreachable(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }

    private static boolean saysUnreachable(Throwable t) {
        if (t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57")
                    || sql.getSQLState().startsWith("53"))) {
            return true;
        }
        return t.getClass().getName().endsWith("JDBCConnectionException")
                || (t.getMessage() != null && t.getMessage().contains("Acquisition timeout"));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
