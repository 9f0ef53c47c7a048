package org.plantrack.ingest.rest;

import org.plantrack.web.problem.Problem;
import org.plantrack.web.problem.ProblemType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;

/** Refuses an oversized upload from its Content-Length, before its bytes are read into memory. */
public class ContentLengthFilter {

    @ConfigProperty(name = "plantrack.ingest.max-document-bytes", defaultValue = "10485760")
    long maxDocumentBytes;

    @ServerRequestFilter(preMatching = true)
    public Response rejectOversized(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return null;
        }
        long length;
        try {
            length = Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (length <= maxDocumentBytes) {
            return null;
        }
        return Problem.response(ProblemType.DOCUMENT_TOO_LARGE,
                "the document has " + length + " bytes; the limit is " + maxDocumentBytes + " bytes",
                request.getUriInfo().getRequestUri().getRawPath());
    }
}
