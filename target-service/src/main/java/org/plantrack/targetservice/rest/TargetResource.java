package org.plantrack.targetservice.rest;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plantrack.targetservice.domain.Indicator;
import org.plantrack.targetservice.domain.Target;
import org.plantrack.targetservice.repository.QueryFilter;
import org.plantrack.targetservice.repository.IndicatorRepository;
import org.plantrack.targetservice.repository.TargetRepository;
import org.plantrack.targetservice.service.CatalogueMetrics;
import org.plantrack.targetservice.service.MetricNormalizer;
import org.plantrack.targetservice.service.TargetCalculator;
import org.plantrack.targetservice.service.TargetGrading;
import org.plantrack.targetservice.service.TargetState;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.plantrack.targetservice.rest.IndicatorResource.nz;

@Path("/targets")
@Tag(name = "targets")
public class TargetResource {

    static final List<String> CSV_HEADER = List.of("id", "region", "metric", "period", "unit", "baseline",
            "baselineYear", "latestActual", "latestActualYear", "targetValue", "targetYear", "targetQualifier",
            "progress", "conflicts", "indicators", "documents", "regionCode", "regionLevel", "regionParentCode",
            "regionResolved", "status", "attribute", "category");

    private final TargetRepository targets;
    private final IndicatorRepository indicators;
    private final MetricNormalizer metrics;

    public TargetResource(TargetRepository targets, IndicatorRepository indicators, MetricNormalizer metrics) {
        this.targets = targets;
        this.indicators = indicators;
        this.metrics = metrics;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "List tracked targets (region × indicator × plan period) that a document states",
            description = "Same filters as /indicators; filters on indicator fields select targets having such an "
                    + "indicator. region (code or name) and within (code) select by the target's region. Only "
                    + "groups with at least one target statement are listed (actual values alone are series: "
                    + "/series). progress is a fraction: 0.47 means 47% of the way from baseline to target; status "
                    + "is achieved, on_track, lagging or no_data.")
    @APIResponse(responseCode = "200", description = "a page of targets", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.TargetView[].class)))
    public Response list(@BeanParam QueryFilter filter, @Context HttpHeaders headers) {
        boolean csv = Csv.wanted(filter.format, headers);
        var page = targets.find(filter);
        List<Views.TargetView> views = page.items().stream().map(Views.TargetView::of).toList();
        if (csv) {
            return Csv.response("targets.csv", CSV_HEADER, views, TargetResource::row, page.total());
        }
        return Response.ok(views, MediaType.APPLICATION_JSON).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/{id: \\d+}")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "One target with its series, baseline, progress, conflicts, revisions and sources",
            description = "As CSV (Accept: text/csv or format=csv): one row per source of every series point.")
    @APIResponse(responseCode = "200", description = "the target", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.TargetDetail.class)))
    @APIResponse(responseCode = "404", description = "no such target", content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") long id, @QueryParam("format") String format, @Context HttpHeaders headers) {
        boolean csv = Csv.wanted(format, headers);
        Views.TargetDetail detail = detail(id);
        if (!csv) {
            return Response.ok(detail, MediaType.APPLICATION_JSON).build();
        }
        List<List<?>> rows = new java.util.ArrayList<>();
        for (TargetState.SeriesPoint p : detail.series()) {
            for (TargetState.Source src : p.sources()) {
                rows.add(List.of(nz(p.year()), p.yearInferred(), p.kind(), nz(p.change()), nz(p.value()), nz(p.unit()), nz(p.qualifier()),
                        p.conflict(), p.comparable(), src.documentId(), src.indicatorId(), src.metric(), src.value(),
                        nz(src.unit()), nz(src.sentence()), src.start(), src.end()));
            }
        }
        return Csv.response("target-" + id + ".csv", List.of("year", "yearInferred", "kind", "change", "value", "unit", "qualifier",
                "conflict", "comparable", "documentId", "indicatorId", "metricAsWritten", "valueAsWritten",
                "unitAsWritten", "sentence", "start", "end"), rows, r -> r, rows.size());
    }

    Views.TargetDetail detail(long id) {
        Target t = targets.findById(id);
        if (t == null) {
            throw new NotFoundException("no target with id " + id);
        }
        List<Indicator> members = indicators.ofTarget(id);
        TargetGrading.Grade grade = TargetGrading.grade(TargetCalculator.compute(t.period, members), t.catalogueId,
                t.canonicalMetric, targets.statedTargets(id));
        TargetState state = grade.state();
        Map<String, Long> perDocument = members.stream()
                .collect(Collectors.groupingBy(i -> i.documentId, TreeMap::new, Collectors.counting()));
        return new Views.TargetDetail(Views.TargetView.of(t), state.baselineBasis(), state.progressNote(),
                state.series(), state.conflicts(),
                perDocument.entrySet().stream().map(e -> new Views.DocumentRef(e.getKey(), e.getValue())).toList(),
                grade.revisions().revisions(), grade.revisions().conflict());
    }

    @GET
    @Path("/compare")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "One metric across regions",
            description = "metric may be canonical or as written; canonical values compare regions whatever unit "
                    + "each wrote. Optional period narrows to one plan period.")
    @APIResponse(responseCode = "200", description = "one row per region and period", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.CompareRow[].class)))
    public Response compare(@QueryParam("metric") String metric, @QueryParam("period") String period,
                            @QueryParam("format") String format, @Context HttpHeaders headers) {
        if (metric == null || metric.isBlank()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "query parameter metric is required");
        }
        boolean csv = Csv.wanted(format, headers);
        String canonical = metrics.canonical(metric.strip(), null);
        CatalogueMetrics.Match catalogue = CatalogueMetrics.resolve(metric.strip(), null);
        List<Views.CompareRow> rows = targets.byCanonicalMetric(canonical, catalogue == null ? null : catalogue.id(),
                        period).stream()
                .map(Views.CompareRow::of).toList();
        if (csv) {
            return Csv.response("compare.csv", List.of("targetId", "region", "period", "unit", "baseline",
                    "baselineYear", "latestActual", "latestActualYear", "targetValue", "targetYear", "targetQualifier",
                    "progress", "canonicalUnit", "canonicalLatestActual", "canonicalTargetValue", "conflicts"), rows,
                    r -> List.of(r.targetId(), r.region(), r.period(), nz(r.unit()), nz(r.baseline()),
                            nz(r.baselineYear()), nz(r.latestActual()), nz(r.latestActualYear()), nz(r.targetValue()),
                            nz(r.targetYear()), nz(r.targetQualifier()), nz(r.progress()), nz(r.canonicalUnit()),
                            nz(r.canonicalLatestActual()), nz(r.canonicalTargetValue()), r.conflicts()), rows.size());
        }
        return Response.ok(rows, MediaType.APPLICATION_JSON).header("X-Total-Count", rows.size()).build();
    }

    private static List<?> row(Views.TargetView v) {
        return List.of(v.id(), v.region(), v.metric(), v.period(), nz(v.unit()), nz(v.baseline()),
                nz(v.baselineYear()), nz(v.latestActual()), nz(v.latestActualYear()), nz(v.targetValue()),
                nz(v.targetYear()), nz(v.targetQualifier()), nz(v.progress()), v.conflicts(), v.indicators(),
                v.documents(), nz(v.regionCode()), nz(v.regionLevel()), nz(v.regionParentCode()), v.regionResolved(),
                nz(v.status()), nz(v.attribute()), nz(v.category()));
    }
}
