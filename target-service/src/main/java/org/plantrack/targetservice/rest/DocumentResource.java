package org.plantrack.targetservice.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plantrack.outbox.OutboxRelay;
import org.plantrack.targetservice.service.AggregationService;

@Path("/documents")
@Tag(name = "documents")
public class DocumentResource {

    private final AggregationService aggregation;
    private final OutboxRelay outbox;

    public DocumentResource(AggregationService aggregation, OutboxRelay outbox) {
        this.aggregation = aggregation;
        this.outbox = outbox;
    }

    @DELETE
    @Path("/{documentId}/indicators")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retract every indicator of a document (the document was deleted)",
            description = "Idempotent. Later events of older analysis runs of the document are ignored.")
    public AggregationService.Result retract(@PathParam("documentId") String documentId) {
        AggregationService.Result result = aggregation.retractDocument(documentId);
        outbox.drain();
        return result;
    }
}
