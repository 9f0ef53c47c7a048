package org.plantrack.observability;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the document id of a request on a document ({@code /documents/{id}...}) into the logging context, so every
 * line logged while serving it carries {@code documentId}. The logging context of a request lives in its own
 * Vert.x context; it is still removed at the end, for requests served on a reused worker thread.
 */
public class DocumentLogContext {

    @ServerRequestFilter
    public void enter(UriInfo uri) {
        String id = uri.getPathParameters().getFirst("documentId");
        if (id == null && uri.getPath().contains("/documents/")) {
            id = uri.getPathParameters().getFirst("id");
        }
        if (id != null) {
            MDC.put("documentId", id);
        }
    }

    @ServerResponseFilter
    public void leave() {
        MDC.remove("documentId");
    }
}
