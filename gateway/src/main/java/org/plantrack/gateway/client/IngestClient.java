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

/** ingest-service's document API (quarkus.rest-client.ingest.url, env INGEST_SERVICE_URL). */
@RegisterRestClient(configKey = "ingest")
@Path("/documents")
public interface IngestClient {

    @POST
    @Consumes(MediaType.WILDCARD)
    Uni<Response> upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                         @RestQuery MultivaluedMap<String, String> query, byte[] body);

    @GET
    Uni<Response> list(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/{id}")
    Uni<Response> get(@PathParam("id") String id);

    @GET
    @Path("/{id}/content")
    Uni<Response> content(@PathParam("id") String id);

    @jakarta.ws.rs.DELETE
    @Path("/{id}")
    Uni<Response> delete(@PathParam("id") String id);

    @POST
    @Path("/{id}/reanalyze")
    Uni<Response> reanalyze(@PathParam("id") String id);

    @GET
    @Path("/{id}/text")
    Uni<Response> text(@PathParam("id") String id);

    @POST
    @Path("/{id}/retry")
    Uni<Response> retry(@PathParam("id") String id);

    @POST
    @Path("/retry-failed")
    Uni<Response> retryFailed(@RestQuery MultivaluedMap<String, String> query);

    @POST
    @Path("/reanalyze-missing-text")
    Uni<Response> reanalyzeMissingText();
}
