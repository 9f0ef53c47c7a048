package org.plantrack.targetservice.rest;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plantrack.targetservice.domain.MetricSynonym;
import org.plantrack.targetservice.repository.IndicatorRepository;
import org.plantrack.targetservice.repository.SynonymRepository;
import org.plantrack.targetservice.repository.TargetRepository;
import org.plantrack.targetservice.service.SynonymService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.plantrack.targetservice.rest.IndicatorResource.nz;

/** Metrics with counts and the metric synonym table (regions: {@link RegionResource}). */
@Path("/")
@Tag(name = "catalog")
public class CatalogResource {

    private final IndicatorRepository indicators;
    private final TargetRepository targets;
    private final SynonymRepository synonymTable;
    private final SynonymService synonyms;

    public CatalogResource(IndicatorRepository indicators, TargetRepository targets, SynonymRepository synonymTable,
                           SynonymService synonyms) {
        this.indicators = indicators;
        this.targets = targets;
        this.synonymTable = synonymTable;
        this.synonyms = synonyms;
    }

    @GET
    @Path("metrics")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "Canonical metrics with counts and the variants they were written as")
    public Response metrics(@QueryParam("format") String format, @Context HttpHeaders headers) {
        boolean csv = Csv.wanted(format, headers);
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, List<String>> variants = new HashMap<>();
        for (IndicatorRepository.MetricUse use : indicators.metricUses()) {
            counts.put(use.canonicalMetric(), new long[]{use.indicators(), 0, use.regions()});
        }
        for (IndicatorRepository.MetricReading r : indicators.metricVariants()) {
            variants.computeIfAbsent(r.canonicalMetric(), k -> new ArrayList<>()).add(r.metric());
        }
        targets.countsByCanonicalMetric().forEach((metric, n) -> {
            long[] c = counts.get(metric);
            if (c != null) {
                c[1] = n;
            }
        });
        List<Views.MetricCount> out = new ArrayList<>();
        counts.forEach((m, c) -> out.add(new Views.MetricCount(m, c[0], c[1], c[2],
                List.copyOf(variants.getOrDefault(m, List.of())))));
        if (csv) {
            return Csv.response("metrics.csv", List.of("metric", "indicators", "targets", "regions", "variants"), out,
                    m -> List.of(m.metric(), m.indicators(), m.targets(), m.regions(), String.join("|", m.variants())),
                    out.size());
        }
        return Response.ok(out, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("metrics/synonyms")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "The metric synonym table (variant -> canonical), with versions")
    public Response synonymTable(@QueryParam("format") String format, @Context HttpHeaders headers) {
        boolean csv = Csv.wanted(format, headers);
        List<Views.SynonymView> out = synonymTable.all().stream()
                .sorted((a, b) -> a.id.compareTo(b.id))
                .map(s -> new Views.SynonymView(s.id, s.variant, s.canonical, s.regionLevel, s.version, s.source))
                .toList();
        if (csv) {
            return Csv.response("synonyms.csv", List.of("id", "variant", "canonical", "regionLevel", "version",
                    "source"), out, s -> List.of(s.id(), s.variant(), s.canonical(), nz(s.regionLevel()), s.version(),
                    s.source()), out.size());
        }
        return Response.ok(out, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("metrics/synonyms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a synonym",
            description = "Adds a row with a new table version and regroups the stored indicators it applies to; "
                    + "moved indicators are retracted from their old target and added to the new one (events).")
    public Response addSynonym(Views.NewSynonym body) {
        if (body == null || body.variant() == null || body.variant().isBlank() || body.canonical() == null
                || body.canonical().isBlank()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "variant and canonical are required");
        }
        SynonymService.Added added = synonyms.add(body.variant().strip(), body.canonical().strip(),
                body.regionLevel() == null || body.regionLevel().isBlank() ? null : body.regionLevel().strip());
        MetricSynonym s = added.synonym();
        return Response.status(201).entity(Map.of(
                "synonym", new Views.SynonymView(s.id, s.variant, s.canonical, s.regionLevel, s.version, s.source),
                "regroupedDocuments", added.documents())).build();
    }
}
