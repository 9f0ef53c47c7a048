package org.plantrack.gateway.rest;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import org.plantrack.web.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.plantrack.gateway.client.IngestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Several files in one multipart/form-data request. Each file becomes one upload to ingest-service (named by its
 * part's file name and typed by its part's content type); the answer lists every file's own outcome.
 */
@Path("/api/documents")
public class MultipartUpload {

    /** One file's outcome: the document, or the problem that names why this file was refused. */
    public record FileResult(String fileName, int status, String location, JsonNode document, JsonNode problem) {
    }

    public record UploadResults(List<FileResult> files) {
    }

    @Inject
    @RestClient
    IngestClient ingest;

    @Inject
    Downstream downstream;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "plantrack.upload.max-files", defaultValue = "50")
    int maxFiles;

    @ConfigProperty(name = "plantrack.upload.max-document-bytes", defaultValue = "10485760")
    long maxDocumentBytes;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Upload several files in one multipart/form-data request",
            description = "Every file part is stored as its own document; query parameters (title, region, "
                    + "sourceUrl, date) apply to all of them.")
    @APIResponse(responseCode = "202", description = "every file accepted (some may be duplicates)")
    @APIResponse(responseCode = "207", description = "some files refused: see each file's status and problem")
    public Response upload(@RestForm(FileUpload.ALL) List<FileUpload> files, @Context UriInfo uri) {
        String instance = DocumentsResource.path(uri);
        if (files == null || files.isEmpty()) {
            throw new ProblemException(ProblemType.NO_FILES, "the multipart request holds no file parts");
        }
        if (files.size() > maxFiles) {
            throw new ProblemException(ProblemType.TOO_MANY_FILES,
                    "the request holds " + files.size() + " files; the limit is " + maxFiles + " per request");
        }
        List<FileResult> results = new ArrayList<>(files.size());
        for (FileUpload file : files) {
            results.add(uploadOne(file, uri.getQueryParameters(), instance));
        }
        boolean allOk = results.stream().allMatch(r -> r.status() / 100 == 2);
        boolean anyNew = results.stream().anyMatch(r -> r.status() == 202);
        int status = !allOk ? 207 : anyNew ? 202 : 200;
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new UploadResults(results)).build();
    }

    private FileResult uploadOne(FileUpload file, MultivaluedMap<String, String> common, String instance) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>(common);
        query.putSingle("fileName", file.fileName());
        if (file.size() > maxDocumentBytes) {
            // refused from its size on disk: a part over the limit is never read into memory
            JsonNode problem = json.valueToTree(Problem.of(ProblemType.DOCUMENT_TOO_LARGE, "file '"
                    + file.fileName() + "' has " + file.size() + " bytes; the limit is " + maxDocumentBytes + " bytes",
                    instance));
            return new FileResult(file.fileName(), 413, null, null, problem);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read uploaded part " + file.fileName(), e);
        }
        String type = file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType();
        Response answer = downstream.relay(DocumentsResource.SERVICE, instance,
                        () -> ingest.upload(type, query, bytes))
                .await().atMost(Duration.ofSeconds(60));
        JsonNode body = readJson(answer);
        boolean ok = answer.getStatus() / 100 == 2;
        return new FileResult(file.fileName(), answer.getStatus(), answer.getHeaderString(HttpHeaders.LOCATION),
                ok ? body : null, ok ? null : body);
    }

    private JsonNode readJson(Response response) {
        Object entity = response.getEntity();
        try {
            if (entity instanceof byte[] bytes && bytes.length > 0) {
                return json.readTree(bytes);
            }
            if (entity != null && !(entity instanceof byte[])) {
                return json.valueToTree(entity);
            }
        } catch (IOException e) {
            // not JSON: report the status alone
        }
        return null;
    }
}
