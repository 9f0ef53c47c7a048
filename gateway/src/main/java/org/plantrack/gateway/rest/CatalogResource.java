package org.plantrack.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.plantrack.gateway.client.TargetClient;

/** What the explorer offers to filter on: regions, canonical metrics and the metric synonym table. */
@Path("/api")
public class CatalogResource {

    @Inject
    @RestClient
    TargetClient target;

    @Inject
    Downstream downstream;

    @Inject
    TargetReads reads;

    @GET
    @Path("/regions")
    @Produces({MediaType.APPLICATION_JSON, Downstream.CSV})
    @Operation(summary = "Regions of the data with GB/T 2260 codes, hierarchy and counts; or the region registry",
            description = "Each region: code, name, level, parentCode, parentName, resolved, indicators, targets, "
                    + "documents (region: the name, as before); names the registry does not resolve have code null "
                    + "and resolved false. Filters: within=<code> (the region and everything under it), "
                    + "level=province|prefecture|county. registry=true lists registry entries for a pick-list "
                    + "(q: part of a name; size: at most 1000). An unknown code or level is a 400 problem.")
    public Uni<Response> regions(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return reads.relay(uri, accept);
    }

    @GET
    @Path("/series")
    @Produces({MediaType.APPLICATION_JSON, Downstream.CSV})
    @Operation(summary = "Actual values by region × indicator × year, each point with its sources",
            description = "Filters: region (a GB/T 2260 code or a name), within (a code: the region and every region "
                    + "inside it), indicator (catalogue id; a growth rate is its own, gdp_growth), metric, yearFrom, "
                    + "yearTo (or year), page, size; format=csv or Accept: text/csv for one row per source. Each series "
                    + "carries regionCode, regionLevel, regionParentCode and its indicator's label. Passed to "
                    + "target-service.")
    public Uni<Response> series(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return reads.relay(uri, accept);
    }

    @GET
    @Path("/metrics")
    @Produces({MediaType.APPLICATION_JSON, Downstream.CSV})
    @Operation(summary = "Canonical metrics with indicators")
    public Uni<Response> metrics(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return reads.relay(uri, accept);
    }

    @GET
    @Path("/metrics/synonyms")
    @Produces({MediaType.APPLICATION_JSON, Downstream.CSV})
    @Operation(summary = "The metric synonym table")
    public Uni<Response> synonyms(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return reads.relay(uri, accept);
    }

    @POST
    @Path("/metrics/synonyms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a metric synonym (variant, canonical, regionLevel); regroups stored indicators")
    public Uni<Response> addSynonym(byte[] json, @Context UriInfo uri) {
        return downstream.relay(IndicatorsResource.SERVICE, DocumentsResource.path(uri),
                () -> target.addSynonym(json == null ? new byte[0] : json));
    }
}
