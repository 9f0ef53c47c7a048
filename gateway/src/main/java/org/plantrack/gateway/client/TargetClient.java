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

    @GET
    @Path("/indicators")
    Uni<Response> indicators(@HeaderParam(HttpHeaders.ACCEPT) String accept,
                             @RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/targets")
    Uni<Response> targets(@HeaderParam(HttpHeaders.ACCEPT) String accept,
                          @RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/targets/compare")
    Uni<Response> compare(@HeaderParam(HttpHeaders.ACCEPT) String accept,
                          @RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/targets/{id}")
    Uni<Response> target(@HeaderParam(HttpHeaders.ACCEPT) String accept, @PathParam("id") String id,
                         @RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/regions")
    Uni<Response> regions(@HeaderParam(HttpHeaders.ACCEPT) String accept,
                          @RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/metrics")
    Uni<Response> metrics(@HeaderParam(HttpHeaders.ACCEPT) String accept,
                          @RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/metrics/synonyms")
    Uni<Response> synonyms(@HeaderParam(HttpHeaders.ACCEPT) String accept,
                           @RestQuery MultivaluedMap<String, String> query);

    @POST
    @Path("/metrics/synonyms")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> addSynonym(byte[] json);

    @jakarta.ws.rs.DELETE
    @Path("/documents/{id}/indicators")
    Uni<Response> retractDocument(@PathParam("id") String documentId);
}
