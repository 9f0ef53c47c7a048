package org.plantrack.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plantrack.web.problem.Problem;
import org.plantrack.web.problem.ProblemType;

import java.util.Map;

/**
 * The gateway's own limits on the request line (414) and the header block (431), answered with a problem+json body
 * like every other refusal. The HTTP decoder's limits (quarkus.http.limits.max-initial-line-length and
 * max-header-size) are set well above these: a request the decoder refuses never reaches the application and
 * gets a bare status with no body, because Vert.x's invalid-request handler is not reachable through Quarkus. So
 * the decoder only stops the absurd (over 64 KiB), and everything between the limit here and that gets a body
 * that says what was too long.
 */
@ApplicationScoped
public class RequestHeadLimits {

    /** "HTTP/1.1" and the two spaces around the target. */
    private static final int VERSION_AND_SPACES = 10;
    /** ": " between name and value and the CRLF after each header line. */
    private static final int HEADER_LINE_OVERHEAD = 4;

    @ConfigProperty(name = "plantrack.http.max-request-line", defaultValue = "16384")
    int maxRequestLine;

    @ConfigProperty(name = "plantrack.http.max-header-bytes", defaultValue = "20480")
    int maxHeaderBytes;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int requestLine = request.method().name().length() + request.uri().length() + VERSION_AND_SPACES;
        if (requestLine > maxRequestLine) {
            refuse(context, ProblemType.URI_TOO_LONG,
                    "the request line has " + requestLine + " characters; the limit is " + maxRequestLine
                            + " (send long filter lists as fewer values)");
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + HEADER_LINE_OVERHEAD;
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE,
                    "the request headers have " + headerBytes + " bytes; the limit is " + maxHeaderBytes);
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, ProblemType type, String detail) {
        // the instance is the path only: echoing a 16 KiB query back would make the answer as long as the request
        Problem problem = Problem.of(type, detail,
                context.request().path().length() > 200 ? null : context.request().path());
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
        context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Buffer.buffer(body));
    }
}
