package org.plantrack.gateway.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

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

    @Inject
    MeterRegistry metrics;

    public Uni<Response> relay(String service, String instance, Supplier<Uni<Response>> call) {
        return Uni.createFrom().<Response>deferred(call::get)
                .onItem().transform(Downstream::copy)
                .onFailure(WebApplicationException.class)
                .recoverWithItem(e -> copy(((WebApplicationException) e).getResponse()))
                .onFailure().recoverWithItem(e -> unavailable(service, instance, e));
    }

    private static Response copy(Response downstream) {
        Response.ResponseBuilder out = Response.status(downstream.getStatus());
        if (downstream.hasEntity()) {
            out.entity(downstream.readEntity(byte[].class));
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

    private Response unavailable(String service, String instance, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        LOG.warnf("%s unavailable for %s: %s", service, instance, cause);
        metrics.counter("plantrack.gateway.downstream.unavailable", "service", service).increment();
        return Problem.builder(503, "service-unavailable", service + " unavailable",
                        service + " cannot be reached (" + cause + "); retry later", instance)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .build();
    }
}
