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
import org.plantrack.targetservice.repository.IndicatorRepository;
import org.plantrack.targetservice.repository.QueryFilter;

import java.util.List;

@Path("/indicators")
@Tag(name = "indicators")
public class IndicatorResource {

    private final IndicatorRepository indicators;
    private final IndicatorViewMapper views;

    public IndicatorResource(IndicatorRepository indicators, IndicatorViewMapper views) {
        this.indicators = indicators;
        this.views = views;
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
        List<Views.IndicatorView> shown = page.items().stream().map(views::toView).toList();
        if (csv) {
            return Csv.response("indicators.csv", IndicatorCsv.COLUMNS, shown, page.total());
        }
        return Response.ok(shown, MediaType.APPLICATION_JSON).header("X-Total-Count", page.total()).build();
    }

    static Object nz(Object o) {
        return o == null ? "" : o;
    }
}
