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

@Path("/targets")
@Tag(name = "targets")
public class TargetResource {

    private final TargetRepository targets;
    private final IndicatorRepository indicators;
    private final MetricNormalizer metrics;
    private final TargetViewMapper views;

    public TargetResource(TargetRepository targets, IndicatorRepository indicators, MetricNormalizer metrics,
                          TargetViewMapper views) {
        this.targets = targets;
        this.indicators = indicators;
        this.metrics = metrics;
        this.views = views;
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
        List<Views.TargetView> shown = page.items().stream().map(views::toView).toList();
        if (csv) {
            return Csv.response("targets.csv", TargetCsv.COLUMNS, shown, page.total());
        }
        return Response.ok(shown, MediaType.APPLICATION_JSON).header("X-Total-Count", page.total()).build();
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
        List<TargetSourcesCsv.PointSource> rows = TargetSourcesCsv.rows(detail.series());
        return Csv.response("target-" + id + ".csv", TargetSourcesCsv.COLUMNS, rows, rows.size());
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
        return new Views.TargetDetail(views.toView(t), state.baselineBasis(), state.progressNote(),
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
                .map(views::toCompareRow).toList();
        if (csv) {
            return Csv.response("compare.csv", CompareCsv.COLUMNS, rows, rows.size());
        }
        return Response.ok(rows, MediaType.APPLICATION_JSON).header("X-Total-Count", rows.size()).build();
    }
}
