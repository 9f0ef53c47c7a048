package org.plantrack.ingest.rest;

import org.plantrack.web.problem.ProblemType;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plantrack.events.DocumentHintsV1;
import org.plantrack.ingest.domain.DocumentState;
import org.plantrack.ingest.service.DocumentService;
import org.plantrack.ingest.service.DocumentTypes;
import org.plantrack.ingest.service.DocumentView;
import org.plantrack.ingest.service.FileNames;
import org.plantrack.ingest.service.MissingTextBackfill;
import org.plantrack.web.problem.ProblemException;
import org.plantrack.ingest.service.UploadRequest;

import java.nio.charset.StandardCharsets;
import java.util.List;

@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class DocumentResource {

    private static final int MAX_HINT_LENGTH = 500;
    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    DocumentService documents;

    @Inject
    MissingTextBackfill missingTextBackfill;

    @ConfigProperty(name = "plantrack.ingest.max-document-bytes", defaultValue = "10485760")
    long maxDocumentBytes;

    /** Where clients reach documents: the gateway's public path, not this internal service. */
    @ConfigProperty(name = "plantrack.ingest.public-documents-path", defaultValue = "/api/documents")
    String publicDocumentsPath;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload one document as the raw request body",
            description = "Idempotent by content: the same bytes again answer 200 with the stored document.")
    @APIResponse(responseCode = "202", description = "stored; analysis follows")
    @APIResponse(responseCode = "200", description = "these bytes were uploaded before")
    @APIResponse(responseCode = "400", description = "empty body or invalid metadata")
    @APIResponse(responseCode = "413", description = "larger than the configured limit")
    @APIResponse(responseCode = "415", description = "not text, HTML, .docx or PDF (e.g. an image or a legacy .doc)")
    public Response upload(byte[] body,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @QueryParam("fileName") String fileName,
                           @QueryParam("title") String title,
                           @QueryParam("region") String region,
                           @QueryParam("sourceUrl") String sourceUrl,
                           @QueryParam("date") String date) {
        if (body == null || body.length == 0) {
            throw new ProblemException(ProblemType.EMPTY_DOCUMENT,
                    "the request body is empty; send the document bytes as the body");
        }
        if (body.length > maxDocumentBytes) {
            throw tooLarge(body.length);
        }
        var hints = new DocumentHintsV1(hint("title", title), hint("region", region),
                hint("sourceUrl", sourceUrl), dateHint(date));
        String type = contentType == null || contentType.isBlank()
                ? MediaType.APPLICATION_OCTET_STREAM : truncate(contentType.strip(), 255);
        DocumentTypes.Verdict verdict = DocumentTypes.judge(body, type, fileName);
        if (!verdict.accepted()) {
            throw new ProblemException(ProblemType.UNSUPPORTED_DOCUMENT_TYPE,
                    displayName(fileName) + " is " + verdict.detectedKind() + "; accepted are "
                            + DocumentTypes.acceptedKinds());
        }
        if (verdict.mediaType() != null) {
            // PDF and .docx are stored under their own type whatever the client called them, so analysis
            // extracts them as what they are
            type = verdict.mediaType();
        }
        DocumentService.UploadResult result = documents.upload(new UploadRequest(body, type, fileName, hints));
        // a literal header: Response.location() would turn the path into an absolute URI of this internal host
        return Response.status(result.created() ? Response.Status.ACCEPTED : Response.Status.OK)
                .header(HttpHeaders.LOCATION, publicDocumentsPath + "/" + result.document().id())
                .entity(result.document())
                .build();
    }

    @GET
    @Operation(summary = "List documents, newest first")
    public Response list(@QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("20") int size,
                         @QueryParam("state") String state) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ProblemException(ProblemType.INVALID_PAGING,
                    "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        DocumentState filter = parseState(state);
        List<DocumentView> items = documents.list(page, size, filter);
        return Response.ok(items).header("X-Total-Count", documents.count(filter)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One document with its state and, once analysed, its classification and counts")
    public DocumentView get(@PathParam("id") String id) {
        return documents.get(id);
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The uploaded bytes exactly as received")
    public Response content(@PathParam("id") String id) {
        DocumentService.Content content = documents.content(id);
        return Response.ok(content.bytes(), content.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(content.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The cleaned text of an ANALYZED document",
            description = "Indicator offsets (IndicatorV1.cleaned) and section offsets refer to this text.")
    @APIResponse(responseCode = "200", description = "the cleaned text")
    @APIResponse(responseCode = "404", description = "no such document")
    @APIResponse(responseCode = "409", description = "the document is not ANALYZED (yet)")
    public String text(@PathParam("id") String id) {
        return documents.cleanedText(id);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Analyse a FAILED document again")
    @APIResponse(responseCode = "202", description = "a new analysis run was queued")
    @APIResponse(responseCode = "409", description = "the document is not FAILED")
    public Response retry(@PathParam("id") @Parameter(description = "document id") String id) {
        return runQueued(documents.retry(id));
    }

    /** How many FAILED documents a retry-failed request queued again. */
    public record RetryResult(int queued, String reason) {
    }

    @POST
    @Path("/retry-failed")
    @Operation(summary = "Analyse every FAILED document again",
            description = "With reason, only those whose failure reason contains it (case-sensitive).")
    @APIResponse(responseCode = "202", description = "how many documents were queued again")
    public Response retryFailed(@QueryParam("reason") String reason) {
        String filter = reason == null || reason.isBlank() ? null : hint("reason", reason);
        int queued = 0;
        for (String id : documents.failedIds(filter)) {
            if (documents.retryIfFailed(id)) {
                queued++;
            }
        }
        return Response.accepted(new RetryResult(queued, filter)).build();
    }

    @POST
    @Path("/reanalyze-missing-text")
    @Operation(summary = "Analyse again every ANALYZED document without cleaned text",
            description = "A one-off backfill for documents analysed before the cleaned text was stored (it also "
                    + "runs at start-up); idempotent, so a second call queues nothing.")
    @APIResponse(responseCode = "202", description = "how many documents were queued again")
    public Response reanalyzeMissingText() {
        return Response.accepted(missingTextBackfill.run()).build();
    }

    @POST
    @Path("/{id}/reanalyze")
    @Operation(summary = "Analyse the document again; results of earlier runs are then ignored")
    @APIResponse(responseCode = "202", description = "a new analysis run was queued")
    public Response reanalyze(@PathParam("id") @Parameter(description = "document id") String id) {
        return runQueued(documents.reanalyze(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a document (its indicators are retracted by target-service, via the gateway)")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such document")
    public Response delete(@PathParam("id") String id) {
        documents.delete(id);
        return Response.noContent().build();
    }

    /** 202 for a new analysis run, located at the document's public path. */
    private Response runQueued(DocumentView view) {
        return Response.accepted(view)
                .header(HttpHeaders.LOCATION, publicDocumentsPath + "/" + view.id())
                .build();
    }

    private ProblemException tooLarge(long size) {
        return new ProblemException(ProblemType.DOCUMENT_TOO_LARGE,
                "the document has " + size + " bytes; the limit is " + maxDocumentBytes + " bytes");
    }

    private static DocumentState parseState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return DocumentState.valueOf(state.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_STATE, "state must be one of RECEIVED, ANALYZED, FAILED");
        }
    }

    private static String hint(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_HINT_LENGTH || v.codePoints().anyMatch(Character::isISOControl)) {
            throw new ProblemException(ProblemType.INVALID_METADATA,
                    name + " must be at most " + MAX_HINT_LENGTH + " characters without control characters");
        }
        return v;
    }

    /**
     * The date hint stands in for the date analysis would read from the text, so it must be one: an ISO calendar date,
     * month or year (2025-03-01, 2025-03, 2025). Anything else was stored as it came and broke on the column's size.
     */
    private static String dateHint(String value) {
        String date = hint("date", value);
        if (date == null) {
            return null;
        }
        try {
            if (date.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                java.time.LocalDate.parse(date);
            } else if (date.matches("[0-9]{4}-[0-9]{2}")) {
                java.time.YearMonth.parse(date);
            } else if (!date.matches("[0-9]{4}")) {
                throw new java.time.DateTimeException(date);
            }
        } catch (java.time.DateTimeException e) {
            throw new ProblemException(ProblemType.INVALID_METADATA,
                    "date must be an ISO date: 2025-03-01, 2025-03 or 2025");
        }
        return date;
    }

    /** How the answer names the file: its sanitised name, so control characters never reach a client. */
    private static String displayName(String fileName) {
        String name = FileNames.sanitize(fileName, "", "");
        return name.startsWith(".") || name.isEmpty() ? "the uploaded document" : "file '" + name + "'";
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
