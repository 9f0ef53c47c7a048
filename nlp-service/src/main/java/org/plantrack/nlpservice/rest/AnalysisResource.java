package org.plantrack.nlpservice.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.DocumentHintsV1;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.events.EventIds;
import org.plantrack.events.IndicatorV1;
import org.plantrack.nlpservice.service.AnalysisOutcome;
import org.plantrack.nlpservice.service.AnalysisService;

import java.time.Instant;
import java.util.List;

/**
 * Synchronous preview of what the pipeline would extract from some bytes. Nothing is stored or published: it exists
 * so operators can check the analyser on a sample without uploading a document.
 */
@Path("/analysis")
@Tag(name = "analysis")
public class AnalysisResource {

    private final AnalysisService analysis;

    public AnalysisResource(AnalysisService analysis) {
        this.analysis = analysis;
    }

    public record Preview(DocumentAnalyzedV1 document, List<IndicatorV1> indicators) {
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_OCTET_STREAM, "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse a document without storing it",
            description = "Returns the analysis outcome and the indicators the pipeline would publish.")
    public Preview preview(byte[] content, @QueryParam("fileName") String fileName,
                           @QueryParam("region") String region, @QueryParam("title") String title) {
        DocumentIngestedV1 doc = new DocumentIngestedV1(EventIds.newId(), DocumentIngestedV1.SCHEMA_VERSION,
                "preview", null, fileName == null ? "preview.txt" : fileName, null,
                content == null ? 0 : content.length, content, new DocumentHintsV1(title, region, null, null), 0,
                Instant.now());
        AnalysisOutcome outcome = analysis.analyse(doc);
        return new Preview(outcome.analyzed(),
                outcome.indicators() == null ? List.of() : outcome.indicators().indicators());
    }
}
