package org.plantrack.gateway.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
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

/** Indicators: queries answered by target-service, and the live stream of indicator events. */
@Path("/api/indicators")
public class IndicatorsResource {

    static final String SERVICE = "target-service";

    @Inject
    TargetReads reads;

    @Inject
    LiveStreams streams;

    @Inject
    SubscriberQuota quota;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Downstream.CSV})
    @Operation(summary = "Indicators, filtered by documentId, region, metric, kind, year (or yearFrom, yearTo); "
            + "paged by page, size",
            description = "region: a GB/T 2260 code or a name resolved through the region registry (太原 matches "
                    + "indicators of 太原市 140100); within=<code>: the region and everything under it. CSV with "
                    + "Accept: text/csv or format=csv.")
    public Uni<Response> list(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return reads.relay(uri, accept);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live indicator events (SSE, event name 'indicator')",
            description = "Filters: documentId, region, metric, kind (target|actual), domain, type (ADDED|RETRACTED), "
                    + "targetKey; comma-separated values allowed, at most 20 values of 256 characters each (400 "
                    + "otherwise). Reconnect with Last-Event-ID (or ?lastEventId=) to receive retained events missed "
                    + "since. The same events, filters and resumption over a WebSocket: /api/ws.")
    public void stream(@Context SseEventSink sink, @Context HttpServerRequest request,
                       @Context HttpServerResponse response, @Context UriInfo uri,
                       @HeaderParam("Last-Event-ID") String lastEventIdHeader,
                       @QueryParam("lastEventId") String lastEventIdParam) {
        EventFilter filter = EventFilter.parse(uri.getQueryParameters(), LiveStreams.INDICATOR_FILTERS);
        Long lastEventId = LastEventId.parse(lastEventIdHeader, lastEventIdParam);
        SseSubscriber subscriber = new SseSubscriber(response, sink, filter);
        quota.admit(request.remoteAddress().hostAddress(), 1, subscriber::isOpen);
        streams.indicators().subscribe(subscriber, lastEventId);
    }
}
