package org.plantrack.gateway.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plantrack.gateway.stream.LastEventId;
import org.plantrack.gateway.stream.EventFilter;
import org.plantrack.gateway.stream.LiveStreams;
import org.plantrack.gateway.stream.SseSubscriber;
import org.plantrack.gateway.stream.SubscriberQuota;

/** Targets: queries answered by target-service, and the live stream of target updates. */
@Path("/api/targets")
public class TargetsResource {

    @Inject
    TargetReads reads;

    @Inject
    LiveStreams streams;

    @Inject
    SubscriberQuota quota;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Downstream.CSV})
    @Operation(summary = "Targets a document states, with status (query parameters are passed to target-service; "
            + "CSV on request)",
            description = "region: a GB/T 2260 code or a name (太原 matches targets of 太原市 140100); within=<code>: "
                    + "the region and everything under it. Each target carries regionCode, regionLevel, "
                    + "regionParentCode and regionResolved; status: achieved, on_track, lagging or no_data.")
    public Uni<Response> list(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return reads.relay(uri, accept);
    }

    @GET
    @Path("/compare")
    @Produces({MediaType.APPLICATION_JSON, Downstream.CSV})
    @Operation(summary = "One metric across regions (metric, period)")
    public Uni<Response> compare(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return reads.relay(uri, accept);
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Downstream.CSV})
    @Operation(summary = "One target with its series")
    public Uni<Response> get(@PathParam("id") String id, @Context UriInfo uri,
                             @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return reads.relay(uri, accept);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live target updates (SSE, event name 'target')",
            description = "Filters: region, metric, period, targetKey, status (achieved, on_track, lagging, "
                    + "no_data: the status after the update) and statusChanged=true (only updates that changed the "
                    + "status), at most 20 values of 256 characters each; an unknown status is a 400 problem. "
                    + "Reconnect with Last-Event-ID to resume.")
    public void stream(@Context SseEventSink sink, @Context HttpServerRequest request,
                       @Context HttpServerResponse response, @Context UriInfo uri,
                       @HeaderParam("Last-Event-ID") String lastEventIdHeader,
                       @QueryParam("lastEventId") String lastEventIdParam) {
        EventFilter filter = EventFilter.parse(uri.getQueryParameters(), LiveStreams.TARGET_FILTERS);
        Long lastEventId = LastEventId.parse(lastEventIdHeader, lastEventIdParam);
        SseSubscriber subscriber = new SseSubscriber(response, sink, filter);
        quota.admit(request.remoteAddress().hostAddress(), 1, subscriber::isOpen);
        streams.targets().subscribe(subscriber, lastEventId);
    }
}
