package org.plantrack.targetservice.rest;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.plantrack.regions.Region;
import org.plantrack.regions.RegionLevel;
import org.plantrack.regions.RegionRegistry;
import org.plantrack.regions.RegionScope;
import org.plantrack.regions.ShortNames;
import org.plantrack.targetservice.region.Regions;
import org.plantrack.targetservice.region.StoredRegion;
import org.plantrack.targetservice.repository.RegionRepository;

import java.util.List;
import java.util.function.Predicate;

import static org.plantrack.targetservice.rest.IndicatorResource.nz;

/** The regions of the data with codes, hierarchy and counts, and the region registry for pick-lists. */
@Path("/regions")
@Tag(name = "catalog")
public class RegionResource {

    static final int DEFAULT_REGISTRY_SIZE = 100;
    static final int MAX_REGISTRY_SIZE = 1000;

    private final RegionRepository regions;

    public RegionResource(RegionRepository regions) {
        this.regions = regions;
    }

    /**
     * A region of the data. region is the name (kept for clients of the first version of this list); code, level,
     * parentCode and parentName come from the GB/T 2260 registry; resolved is false for a name the registry does
     * not resolve (code, level and parent null).
     */
    public record RegionView(String region, String code, String name, String level, String parentCode,
                             String parentName, boolean resolved, long indicators, long targets, long documents) {

        static RegionView of(RegionRepository.Present p) {
            StoredRegion r = p.region();
            return new RegionView(r.name(), r.code(), r.name(), r.level(), r.parentCode(),
                    Regions.parentName(r.parentCode()), r.resolved(), p.indicators(), p.targets(), p.documents());
        }
    }

    /** A division of the registry, for a pick-list. */
    public record RegistryEntry(String code, String name, String level, String parentCode, String parentName) {

        static RegistryEntry of(Region r) {
            return new RegistryEntry(r.code(), r.name(), r.level().label(), r.parentCode(),
                    Regions.parentName(r.parentCode()));
        }
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "Regions of the data with GB/T 2260 codes, hierarchy and counts; or the region registry",
            description = "One row per region code (every name a region was written with counts there) and one per "
                    + "name the registry does not resolve (code null, resolved false). within=<code>: the region "
                    + "and everything under it by the GB/T 2260 hierarchy (unresolved names are left out); "
                    + "level=province|prefecture|county (prefecture = city; national too). registry=true lists "
                    + "the registry's divisions instead, for a pick-list: filtered by within, level and q (part of "
                    + "the name or the short name: 太原, 涪城), at most size entries (default 100, at most 1000), "
                    + "the number of matches in X-Total-Count. A code the registry does not know, an unknown "
                    + "level or a bad size is a 400 problem.")
    @APIResponse(responseCode = "200", description = "regions (or registry entries with registry=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegionView[].class)))
    @APIResponse(responseCode = "400", description = "unknown code or level, bad size",
            content = @Content(mediaType = "application/problem+json"))
    public Response list(@QueryParam("within") String within, @QueryParam("level") String level,
                         @QueryParam("registry") String registry, @QueryParam("q") String q,
                         @QueryParam("size") String size, @QueryParam("format") String format,
                         @Context HttpHeaders headers) {
        boolean csv = Csv.wanted(format, headers);
        Region outer = blank(within) ? null : Regions.known("within", within);
        RegionLevel tier = blank(level) ? null : level(level);
        if (flag("registry", registry)) {
            return registry(outer, tier, q, size(size), csv);
        }
        List<RegionView> out = regions.present().stream()
                .filter(p -> outer == null || RegionScope.contains(outer, p.region().code()))
                .filter(p -> tier == null || tier.label().equals(p.region().level()))
                .map(RegionView::of).toList();
        if (csv) {
            return Csv.response("regions.csv", List.of("region", "indicators", "targets", "documents", "code",
                    "level", "parentCode", "parentName", "resolved"), out, r -> List.of(r.region(), r.indicators(),
                    r.targets(), r.documents(), nz(r.code()), nz(r.level()), nz(r.parentCode()),
                    nz(r.parentName()), r.resolved()), out.size());
        }
        return Response.ok(out, MediaType.APPLICATION_JSON).header("X-Total-Count", out.size()).build();
    }

    private static Response registry(Region outer, RegionLevel tier, String q, int size, boolean csv) {
        RegionRegistry registry = Regions.registry();
        String text = blank(q) ? null : q.strip();
        Predicate<Region> named = r -> text == null || r.name().contains(text)
                || text.equals(ShortNames.of(r.name()));
        List<Region> matches = registry.inside(outer == null ? Region.NATIONAL : outer).stream()
                .filter(r -> tier == null || r.level() == tier)
                .filter(named).toList();
        List<RegistryEntry> out = matches.stream().limit(size).map(RegistryEntry::of).toList();
        if (csv) {
            return Csv.response("region-registry.csv", List.of("code", "name", "level", "parentCode", "parentName"),
                    out, r -> List.of(r.code(), r.name(), r.level(), nz(r.parentCode()), nz(r.parentName())),
                    matches.size());
        }
        return Response.ok(out, MediaType.APPLICATION_JSON).header("X-Total-Count", matches.size())
                .header("X-Registry-Source", registry.source()).build();
    }

    private static boolean flag(String name, String value) {
        if (blank(value) || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new ProblemException(ProblemType.INVALID_PARAMETER, name + " must be true or false, was '" + value.strip() + "'");
    }

    private static int size(String size) {
        if (blank(size)) {
            return DEFAULT_REGISTRY_SIZE;
        }
        int n;
        try {
            n = Integer.parseInt(size.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_REGISTRY_SIZE) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "size must be between 1 and " + MAX_REGISTRY_SIZE + ", was '"
                    + size.strip() + "'");
        }
        return n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The registry module is plain Java and says what is wrong with an IllegalArgumentException: a 400 here. */
    private static RegionLevel level(String level) {
        try {
            return RegionLevel.parse(level);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, e.getMessage());
        }
    }
}
