package org.plantrack.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

    /*
     * Every other request, by method and number of path segments under /documents (the list; {id}, retry-failed,
     * reanalyze-missing-text; {id}/text, {id}/retry, ...), relayed by the gateway's IngestRelay. One method per
     * depth rather than one "{path:.+}" parameter: the client would encode its slashes as %2F.
     */

    @GET
    Uni<Response> get(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/{first}")
    Uni<Response> get(@PathParam("first") String first, @RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/{first}/{second}")
    Uni<Response> get(@PathParam("first") String first, @PathParam("second") String second,
                      @RestQuery MultivaluedMap<String, String> query);

    @POST
    @Path("/{first}")
    Uni<Response> post(@PathParam("first") String first, @RestQuery MultivaluedMap<String, String> query);

    @POST
    @Path("/{first}/{second}")
    Uni<Response> post(@PathParam("first") String first, @PathParam("second") String second,
                       @RestQuery MultivaluedMap<String, String> query);

    @DELETE
    @Path("/{first}")
    Uni<Response> delete(@PathParam("first") String first);
}
