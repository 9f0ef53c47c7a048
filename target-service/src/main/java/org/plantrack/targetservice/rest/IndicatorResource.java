package org.plantrack.targetservice.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plantrack.events.IndicatorV1;
import org.plantrack.targetservice.repository.IndicatorRepository;
import org.plantrack.targetservice.repository.QueryFilter;

import java.util.List;
import java.util.function.Function;

@Path("/indicators")
@Tag(name = "indicators")
public class IndicatorResource {

    static final List<String> CSV_HEADER = List.of("id", "documentId", "region", "planPeriod", "metric",
            "canonicalMetric", "value", "unit", "canonicalValue", "canonicalUnit", "kind", "qualifier", "change",
            "baseline", "year", "domain", "confidence", "start", "end", "sentence", "catalogueId", "catalogueName",
            "attribute", "regionCode", "regionLevel", "regionParentCode", "regionResolved");

    private final IndicatorRepository indicators;

    public IndicatorResource(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "List indicators",
            description = "Filters combine with AND. metric matches the canonical metric or the metric as written; "
                    + "indicator is a catalogue indicator id (gdp, forest_coverage) and matches every wording of it. "
                    + "region is a GB/T 2260 code (140100) or a name, resolved through the region registry (太原 "
                    + "matches indicators stored as 太原市 140100); within=<code> keeps the region and everything "
                    + "under it (within=140000: all of 山西省). The total number of matches is in the X-Total-Count "
                    + "header. CSV with Accept: text/csv or format=csv (UTF-8 with BOM).")
    @APIResponse(responseCode = "200", description = "a page of indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Views.IndicatorView[].class)))
    @APIResponse(responseCode = "400", description = "invalid filter", content = @Content(mediaType = "application/problem+json"))
    public Response list(@BeanParam QueryFilter filter, @Context HttpHeaders headers) {
        boolean csv = Csv.wanted(filter.format, headers);
        var page = indicators.find(filter);
        List<Views.IndicatorView> views = page.items().stream().map(Views.IndicatorView::of).toList();
        if (csv) {
            return Csv.response("indicators.csv", CSV_HEADER, views, v -> List.of(nz(v.id()), nz(v.documentId()),
                    nz(v.region()), nz(v.planPeriod()), nz(v.metric()), nz(v.canonicalMetric()), v.value(), nz(v.unit()),
                    v.canonicalValue(), nz(v.canonicalUnit()), nz(v.kind()), nz(v.qualifier()), nz(v.change()),
                    nz(v.baseline()), nz(v.year()), nz(v.domain()), v.confidence(), v.start(), v.end(),
                    nz(v.sentence()), nz(catalogue(v, IndicatorV1.CanonicalMetric::id)),
                    nz(catalogue(v, IndicatorV1.CanonicalMetric::name)), nz(v.attribute()), nz(v.regionCode()),
                    nz(v.regionLevel()), nz(v.regionParentCode()), v.regionResolved()), page.total());
        }
        return Response.ok(views, MediaType.APPLICATION_JSON).header("X-Total-Count", page.total()).build();
    }

    private static String catalogue(Views.IndicatorView v, Function<IndicatorV1.CanonicalMetric, String> field) {
        return v.catalogueMetric() == null ? null : field.apply(v.catalogueMetric());
    }

    static Object nz(Object o) {
        return o == null ? "" : o;
    }
}
