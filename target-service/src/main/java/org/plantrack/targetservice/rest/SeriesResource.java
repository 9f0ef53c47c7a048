package org.plantrack.targetservice.rest;

import jakarta.transaction.Transactional;
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
import org.plantrack.targetservice.repository.QueryFilter;
import org.plantrack.targetservice.repository.SeriesRepository;
import org.plantrack.targetservice.service.SeriesBuilder;

import java.util.ArrayList;
import java.util.List;

import static org.plantrack.targetservice.rest.IndicatorResource.nz;

@Path("/series")
@Tag(name = "series")
public class SeriesResource {

    /** The columns of the CSV; those added later come last, so a reader of the earlier columns reads them still. */
    static final List<String> CSV_HEADER = List.of("region", "indicatorId", "indicatorName", "metric", "unit", "year",
            "value", "conflict", "documentId", "title", "sentence", "valueAsWritten", "unitAsWritten", "regionCode",
            "regionLevel", "regionParentCode", "indicatorLabel");

    private final SeriesRepository series;

    public SeriesResource(SeriesRepository series) {
        this.series = series;
    }

    @GET
    @Transactional
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "Actual values by region × indicator × year, each point with its sources",
            description = "Filters: region (a GB/T 2260 code such as 140100, or a name: 太原 is 太原市), within (a code: "
                    + "the region and every region inside it), indicator (catalogue id such as gdp; a growth rate "
                    + "is its own indicator, gdp_growth), metric (as written or canonical), yearFrom, yearTo; page "
                    + "and size page the series. Each series names its region's code, level and parent code (null "
                    + "for a region the registry does not resolve) and its indicator's label (地区生产总值 · 增速 "
                    + "for gdp_growth). A point's value is the one most sources "
                    + "state; conflict is true when documents state different values for the year. As CSV "
                    + "(Accept: text/csv or format=csv): one row per source of every point.")
    @APIResponse(responseCode = "200", description = "a page of series", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesBuilder.Series[].class)))
    @APIResponse(responseCode = "400", description = "invalid filter (a region code not in GB/T 2260, an unknown "
            + "indicator) or too broad a query",
            content = @Content(mediaType = "application/problem+json"))
    public Response list(@BeanParam QueryFilter filter, @Context HttpHeaders headers) {
        boolean csv = Csv.wanted(filter.format, headers);
        List<SeriesBuilder.Series> all = SeriesBuilder.build(series.actuals(filter));
        int from = Math.min(all.size(), filter.page * filter.size);
        List<SeriesBuilder.Series> page = all.subList(from, Math.min(all.size(), from + filter.size));
        if (csv) {
            List<List<?>> rows = new ArrayList<>();
            for (SeriesBuilder.Series s : page) {
                for (SeriesBuilder.Point p : s.points()) {
                    for (SeriesBuilder.Source src : p.sources()) {
                        rows.add(csvRow(s, p, src));
                    }
                }
            }
            return Csv.response("series.csv", CSV_HEADER, rows, r -> r, all.size());
        }
        return Response.ok(page, MediaType.APPLICATION_JSON).header("X-Total-Count", all.size()).build();
    }

    private static List<Object> csvRow(SeriesBuilder.Series s, SeriesBuilder.Point p, SeriesBuilder.Source src) {
        SeriesBuilder.IndicatorRef indicator = s.indicator();
        return List.of(nz(s.region()), indicator == null ? "" : indicator.id(),
                indicator == null ? "" : indicator.name(), s.metric(), nz(s.unit()), p.year(), nz(p.value()),
                p.conflict(), src.documentId(), nz(src.title()), nz(src.sentence()), nz(src.value()),
                nz(src.unit()), nz(s.regionCode()), nz(s.regionLevel()), nz(s.regionParentCode()),
                indicator == null ? "" : nz(indicator.label()));
    }
}
