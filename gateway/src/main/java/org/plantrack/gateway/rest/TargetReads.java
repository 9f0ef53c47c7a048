package org.plantrack.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.plantrack.gateway.client.TargetClient;

/**
 * The reads target-service answers (indicators, targets, regions, metrics, synonyms): each gateway path is the
 * service's path under {@code /api}, so one relay passes path, query and Accept header through for all of them.
 * The resources keep one method per endpoint only to describe it in the OpenAPI document.
 */
@ApplicationScoped
public class TargetReads {

    private static final String PREFIX = "/api/";

    @Inject
    @RestClient
    TargetClient target;

    @Inject
    Downstream downstream;

    public Uni<Response> relay(UriInfo uri, String accept) {
        // decoded: the REST client encodes the path again (all but the slashes, which separate its segments)
        String servicePath = uri.getPath().substring(PREFIX.length());
        return downstream.relay(IndicatorsResource.SERVICE, DocumentsResource.path(uri),
                () -> target.get(Downstream.accept(accept), servicePath, uri.getQueryParameters()));
    }
}
