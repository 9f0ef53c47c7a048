package org.plantrack.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plantrack.catalogue.CatalogueIndicator;
import org.plantrack.catalogue.IndicatorCatalogue;

import java.util.List;

/**
 * The catalogue indicators the live filters' {@code indicator} accepts, for a pick-list: every one, not only those
 * the data holds yet, since a live subscription waits for what is still to come. Answered from the catalogue module
 * the gateway filters with, so the list and the filter cannot disagree.
 */
@Path("/api/catalogue")
public class IndicatorCatalogueResource {

    /**
     * One catalogue indicator: id (the filter value), canonical name, category, canonical unit (null for ratios), the
     * label that tells a growth rate from its level (地区生产总值 · 增速) and, for a growth rate, the id of its level.
     */
    public record CatalogueEntry(String id, String name, String category, String unit, String label,
                                 String growthOf) {
    }

    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
    private static final List<CatalogueEntry> ENTRIES = CATALOGUE.all().stream()
            .map(i -> new CatalogueEntry(i.id(), i.name(), i.category(), i.unit(), CATALOGUE.label(i),
                    CATALOGUE.levelOf(i).map(CatalogueIndicator::id).orElse(null))).toList();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The indicator catalogue: id, name, category, unit, label of each standard indicator",
            description = "The values the live streams' and webhooks' indicator filter accepts (an id or a name).")
    public List<CatalogueEntry> indicators() {
        return ENTRIES;
    }
}
