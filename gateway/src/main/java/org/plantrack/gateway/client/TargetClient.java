package org.plantrack.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** target-service's query API (quarkus.rest-client.target.url, env TARGET_SERVICE_URL). */
@RegisterRestClient(configKey = "target")
public interface TargetClient {

    @GET
    @Path("/indicators")
    Uni<Response> indicators(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/targets")
    Uni<Response> targets(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/targets/{id}")
    Uni<Response> target(@PathParam("id") String id);
}
