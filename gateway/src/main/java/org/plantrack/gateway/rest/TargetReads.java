package org.plantrack.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.plantrack.gateway.client.TargetClient;

import java.util.List;

/**
 * The reads target-service answers (indicators, targets, regions, metrics, synonyms): each gateway path is the
 * service's path under {@code /api}, so one relay passes path, query and Accept header through for all of them.
 * The resources keep one method per endpoint only to describe it in the OpenAPI document.
 */
@ApplicationScoped
public class TargetReads {

    @Inject
    @RestClient
    TargetClient target;

    @Inject
    Downstream downstream;

    public Uni<Response> relay(UriInfo uri, String accept) {
        List<String> servicePath = Downstream.pathAfter(uri, 1); // without "api"
        String type = Downstream.accept(accept);
        MultivaluedMap<String, String> query = QueryChecks.checked(uri.getQueryParameters(), servicePath);
        return downstream.relay(IndicatorsResource.SERVICE, DocumentsResource.path(uri), () -> switch (servicePath.size()) {
            case 1 -> target.get(type, servicePath.get(0), query);
            case 2 -> target.get(type, servicePath.get(0), servicePath.get(1), query);
            case 3 -> target.get(type, servicePath.get(0), servicePath.get(1), servicePath.get(2), query);
            default -> throw Downstream.noSuchPath();
        });
    }
}
