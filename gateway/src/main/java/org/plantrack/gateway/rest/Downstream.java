package org.plantrack.gateway.rest;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import org.plantrack.web.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Relays a downstream answer as it is (status, body, content type and the headers clients use) and turns a
 * service that cannot be reached, or does not answer within the client timeouts, into a 503 problem naming it.
 */
@ApplicationScoped
public class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);
    private static final List<String> RELAYED_HEADERS = List.of(HttpHeaders.LOCATION, "X-Total-Count",
            "Content-Disposition", HttpHeaders.RETRY_AFTER, HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL);

    public static final String CSV = "text/csv";

    @Inject
    MeterRegistry metrics;

    @Inject
    ObjectMapper json;

    public Uni<Response> relay(String service, String instance, Supplier<Uni<Response>> call) {
        return Uni.createFrom().<Response>deferred(call::get)
                .onItem().transform(response -> copy(response, instance))
                // the REST client cannot build a request from the path (a segment such as "{id}"): no such resource
                .onFailure(IllegalArgumentException.class).recoverWithItem(e -> notFound(instance, e))
                .onFailure(ProblemException.class).recoverWithItem(e -> ((ProblemException) e).toProblem(instance)
                        .toResponse())
                .onFailure(WebApplicationException.class)
                .recoverWithItem(e -> copy(((WebApplicationException) e).getResponse(), instance))
                .onFailure().recoverWithItem(e -> unavailable(service, instance, e));
    }

    private Response copy(Response downstream, String instance) {
        Response.ResponseBuilder out = Response.status(downstream.getStatus());
        if (downstream.hasEntity()) {
            byte[] body = downstream.readEntity(byte[].class);
            out.entity(isProblem(downstream) ? withInstance(body, instance) : body);
        }
        if (downstream.getMediaType() != null) {
            out.type(downstream.getMediaType());
        }
        for (String header : RELAYED_HEADERS) {
            String value = downstream.getHeaderString(header);
            if (value != null) {
                out.header(header, value);
            }
        }
        return out.build();
    }

    /**
     * The path segments of a gateway request after the first {@code skip} ({@code api}, ...), which is the path of
     * the service that answers it. Decoded: the REST client encodes each segment again.
     */
    public static List<String> pathAfter(UriInfo uri, int skip) {
        List<String> segments = uri.getPathSegments().stream().map(PathSegment::getPath).toList();
        return segments.subList(skip, segments.size());
    }

    /** The client's Accept header for a downstream call; JSON when it sent none. */
    public static String accept(String accept) {
        return accept == null || accept.isBlank() ? "application/json" : accept;
    }

    private static boolean isProblem(Response response) {
        return response.getMediaType() != null && "problem+json".equals(response.getMediaType().getSubtype());
    }

    /** A problem's instance names the request the client made (the public path), not the internal one. */
    private byte[] withInstance(byte[] problem, String instance) {
        try {
            JsonNode node = json.readTree(problem);
            if (node instanceof ObjectNode object) {
                object.put("instance", instance);
                return json.writeValueAsBytes(object);
            }
        } catch (IOException e) {
            // not JSON after all: relay it untouched
        }
        return problem;
    }

    /** A path under a relayed prefix that no service request has: 404, naming nothing internal. */
    static ProblemException noSuchPath() {
        return new ProblemException(ProblemType.NOT_FOUND, "no resource has this path");
    }

    private static Response notFound(String instance, Throwable e) {
        LOG.debugf("no downstream request for %s: %s", instance, e.getMessage());
        return noSuchPath().toProblem(instance).toResponse();
    }

    /** The cause is logged, not answered: it names internal hosts and ports. */
    private Response unavailable(String service, String instance, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        LOG.warnf("%s unavailable for %s: %s", service, instance, cause);
        metrics.counter("plantrack.gateway.downstream.unavailable", "service", service).increment();
        return Problem.of(ProblemType.SERVICE_UNAVAILABLE, service + " unavailable",
                        service + " cannot be reached; retry later", instance)
                .toResponseBuilder()
                .header(HttpHeaders.RETRY_AFTER, "5")
                .build();
    }
}
