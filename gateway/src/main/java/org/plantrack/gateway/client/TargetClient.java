package org.plantrack.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * target-service's query API (quarkus.rest-client.target.url, env TARGET_SERVICE_URL). The client's Accept header
 * travels along, so CSV exports (Accept: text/csv or ?format=csv) work through the gateway.
 */
@RegisterRestClient(configKey = "target")
public interface TargetClient {

    /*
     * Any read, by the number of path segments (indicators; targets/compare, targets/7, metrics/synonyms;
     * documents/{id}/indicators). One method per depth rather than one "{path:.+}" parameter: the client encodes a
     * parameter's slashes as %2F, which target-service's router does not split.
     */

    @GET
    @Path("/{first}")
    Uni<Response> get(@HeaderParam(HttpHeaders.ACCEPT) String accept, @PathParam("first") String first,
                      @RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/{first}/{second}")
    Uni<Response> get(@HeaderParam(HttpHeaders.ACCEPT) String accept, @PathParam("first") String first,
                      @PathParam("second") String second, @RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/{first}/{second}/{third}")
    Uni<Response> get(@HeaderParam(HttpHeaders.ACCEPT) String accept, @PathParam("first") String first,
                      @PathParam("second") String second, @PathParam("third") String third,
                      @RestQuery MultivaluedMap<String, String> query);

    @POST
    @Path("/metrics/synonyms")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> addSynonym(byte[] json);
}
