package org.plantrack.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.plantrack.gateway.client.IngestClient;

/** Documents: uploads and reads, answered by ingest-service (everything but uploads through {@link IngestRelay}). */
@Path("/api/documents")
public class DocumentsResource {

    static final String SERVICE = "ingest-service";

    @Inject
    @RestClient
    IngestClient ingest;

    @Inject
    Downstream downstream;

    @Inject
    IngestRelay relay;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload one document as the raw request body",
            description = "Query parameters fileName, title, region, sourceUrl, date describe it; the same bytes "
                    + "again answer 200 with the existing document.")
    @APIResponse(responseCode = "202", description = "stored; analysis follows (Location names the document)")
    @APIResponse(responseCode = "200", description = "these bytes were uploaded before")
    @APIResponse(responseCode = "400", description = "empty body or invalid metadata")
    @APIResponse(responseCode = "413", description = "larger than the configured limit")
    @APIResponse(responseCode = "503", description = "ingest-service unavailable")
    public Uni<Response> upload(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                @Context UriInfo uri) {
        String type = contentType == null || contentType.isBlank() ? MediaType.APPLICATION_OCTET_STREAM : contentType;
        return downstream.relay(SERVICE, path(uri),
                () -> ingest.upload(type, uri.getQueryParameters(), body == null ? new byte[0] : body));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List documents, newest first (page, size, state)")
    public Uni<Response> list(@Context UriInfo uri) {
        return relay.relay(HttpMethod.GET, uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One document: state, classification and counts")
    public Uni<Response> get(@PathParam("id") @Parameter(description = "document id") String id,
                             @Context UriInfo uri) {
        return relay.relay(HttpMethod.GET, uri);
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The uploaded bytes as received")
    public Uni<Response> content(@PathParam("id") String id, @Context UriInfo uri) {
        return relay.relay(HttpMethod.GET, uri);
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete a document and retract its indicators",
            description = "ingest-service deletes the document and announces it (DocumentDeletedV1); target-service "
                    + "then retracts its indicators on its own, announced as RETRACTED indicator events and target "
                    + "updates within moments. Deleting a deleted document answers 404.")
    @APIResponse(responseCode = "204", description = "deleted; the indicators are retracted asynchronously")
    @APIResponse(responseCode = "404", description = "no such document")
    @APIResponse(responseCode = "503", description = "ingest-service unavailable")
    public Uni<Response> delete(@PathParam("id") String id, @Context UriInfo uri) {
        return relay.relay(HttpMethod.DELETE, uri);
    }

    @POST
    @Path("/{id}/reanalyze")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse the document again")
    public Uni<Response> reanalyze(@PathParam("id") String id, @Context UriInfo uri) {
        return relay.relay(HttpMethod.POST, uri);
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The cleaned text of an ANALYZED document",
            description = "Indicator spans (cleaned.valueStart/valueEnd/sentenceStart/sentenceEnd) and section "
                    + "offsets refer to this text.")
    @APIResponse(responseCode = "200", description = "the cleaned text")
    @APIResponse(responseCode = "404", description = "no such document")
    @APIResponse(responseCode = "409", description = "the document is not ANALYZED (yet)")
    public Uni<Response> text(@PathParam("id") String id, @Context UriInfo uri) {
        return relay.relay(HttpMethod.GET, uri);
    }

    @POST
    @Path("/{id}/retry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse a FAILED document again (a new analysis run)")
    @APIResponse(responseCode = "202", description = "a new analysis run was queued")
    @APIResponse(responseCode = "409", description = "the document is not FAILED")
    public Uni<Response> retry(@PathParam("id") String id, @Context UriInfo uri) {
        return relay.relay(HttpMethod.POST, uri);
    }

    @POST
    @Path("/retry-failed")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse every FAILED document again",
            description = "Query parameter reason: only documents whose failure reason contains it. Answers "
                    + "{\"queued\": n}.")
    @APIResponse(responseCode = "202", description = "how many documents were queued again")
    public Uni<Response> retryFailed(@Context UriInfo uri) {
        return relay.relay(HttpMethod.POST, uri);
    }

    @POST
    @Path("/reanalyze-missing-text")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse again every ANALYZED document without cleaned text",
            description = "One-off backfill for documents analysed before the cleaned text was stored (ingest-service "
                    + "also runs it at start-up); idempotent. Answers {\"queued\": n, \"batches\": m}.")
    @APIResponse(responseCode = "202", description = "how many documents were queued again")
    public Uni<Response> reanalyzeMissingText(@Context UriInfo uri) {
        return relay.relay(HttpMethod.POST, uri);
    }

    static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
