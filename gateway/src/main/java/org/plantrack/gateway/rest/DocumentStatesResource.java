package org.plantrack.gateway.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plantrack.gateway.stream.EventFilter;
import org.plantrack.gateway.stream.LastEventId;
import org.plantrack.gateway.stream.LiveStreams;
import org.plantrack.gateway.stream.SseSubscriber;
import org.plantrack.gateway.stream.SubscriberQuota;

/**
 * The live stream of document state changes ({@code DocumentStateChangedV1} as ingest-service published it), so a
 * list of documents stays current without polling. Its own class beside {@link DocumentsResource}, whose other
 * requests all go to ingest-service.
 */
@Path("/api/documents/stream")
public class DocumentStatesResource {

    @Inject
    LiveStreams streams;

    @Inject
    SubscriberQuota quota;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live document state changes (SSE, event name 'document')",
            description = "One event per change: RECEIVED (a new document or run), ANALYZED, FAILED, DELETED, with "
                    + "what the change set. Filters: documentId, state (at most 20 values of 256 characters each). "
                    + "Reconnect with Last-Event-ID to resume.")
    public void stream(@Context SseEventSink sink, @Context HttpServerRequest request,
                       @Context HttpServerResponse response, @Context UriInfo uri,
                       @HeaderParam("Last-Event-ID") String lastEventIdHeader,
                       @QueryParam("lastEventId") String lastEventIdParam) {
        EventFilter filter = EventFilter.parse(uri.getQueryParameters(), LiveStreams.DOCUMENT_FILTERS);
        Long lastEventId = LastEventId.parse(lastEventIdHeader, lastEventIdParam);
        SseSubscriber subscriber = new SseSubscriber(response, sink, filter);
        quota.admit(request.remoteAddress().hostAddress(), 1, subscriber::isOpen);
        streams.documents().subscribe(subscriber, lastEventId);
    }
}
