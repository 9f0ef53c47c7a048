package org.plantrack.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.plantrack.gateway.client.IngestClient;

import java.util.List;

/**
 * The document requests ingest-service answers as they are (list, read, content, text, retry, reanalyze, delete,
 * backfill): each gateway path is the service's path under {@code /api}, so one relay passes method, path and query
 * through for all of them, like {@link TargetReads} for target-service. Uploads are not relayed here: they carry a
 * body and content type and have limits of their own. {@link DocumentsResource} keeps one method per endpoint only
 * to describe it in the OpenAPI document.
 */
@ApplicationScoped
public class IngestRelay {

    @Inject
    @RestClient
    IngestClient ingest;

    @Inject
    Downstream downstream;

    public Uni<Response> relay(String method, UriInfo uri) {
        List<String> path = Downstream.pathAfter(uri, 2); // without "api/documents"
        MultivaluedMap<String, String> query = QueryChecks.checked(uri.getQueryParameters(), path);
        return downstream.relay(DocumentsResource.SERVICE, DocumentsResource.path(uri),
                () -> switch (method + " " + path.size()) {
                    case HttpMethod.GET + " 0" -> ingest.get(query);
                    case HttpMethod.GET + " 1" -> ingest.get(path.get(0), query);
                    case HttpMethod.GET + " 2" -> ingest.get(path.get(0), path.get(1), query);
                    case HttpMethod.POST + " 1" -> ingest.post(path.get(0), query);
                    case HttpMethod.POST + " 2" -> ingest.post(path.get(0), path.get(1), query);
                    case HttpMethod.DELETE + " 1" -> ingest.delete(path.get(0));
                    default -> throw Downstream.noSuchPath();
                });
    }
}
