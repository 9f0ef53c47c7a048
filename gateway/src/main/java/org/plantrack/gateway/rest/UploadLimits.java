package org.plantrack.gateway.rest;

import org.plantrack.web.problem.Problem;
import org.plantrack.web.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an oversized request body from its Content-Length, before a byte of it is read, with a 413
 * problem+json. Quarkus' own check (quarkus.http.limits.max-body-size) answers 413 with an empty body, which tells
 * a client nothing, and its body handler (installed for multipart) would read the whole body first; this runs
 * before both. A raw document upload is held to the document limit (the same as
 * ingest-service's), so the gateway never buffers more than one document's worth per request; any other body,
 * multipart uploads included, to the HTTP body limit. Bodies sent without a Content-Length (chunked) are still cut
 * off at the HTTP body limit by Quarkus.
 */
@ApplicationScoped
public class UploadLimits {

    private static final String UPLOAD_PATH = "/api/documents";

    @ConfigProperty(name = "plantrack.upload.max-document-bytes", defaultValue = "10485760")
    long maxDocumentBytes;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        // the first order there is: RouteConstants.ROUTE_ORDER_BODY_HANDLER comes right after it
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length = parse(header);
        if (length < 0) {
            context.next();
            return;
        }
        String path = context.normalizedPath();
        String type = String.valueOf(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
        boolean rawUpload = context.request().method() == HttpMethod.POST && UPLOAD_PATH.equals(path)
                && !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        long limit = rawUpload ? Math.min(maxDocumentBytes, maxBodySize.asLongValue()) : maxBodySize.asLongValue();
        if (length <= limit) {
            context.next();
            return;
        }
        String detail = rawUpload
                ? "the document has " + length + " bytes; the limit is " + limit + " bytes"
                : "the request body has " + length + " bytes; the limit is " + limit + " bytes"
                        + (path.startsWith(UPLOAD_PATH) ? " per request (send fewer files at once)" : "");
        Problem problem = Problem.of(rawUpload ? ProblemType.DOCUMENT_TOO_LARGE : ProblemType.REQUEST_TOO_LARGE,
                detail, path);
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
        // close the connection once answered: the client may already be sending the body, which nobody will read
        context.response().endHandler(done -> context.request().connection().close());
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(io.vertx.core.buffer.Buffer.buffer(body));
    }

    private static long parse(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
