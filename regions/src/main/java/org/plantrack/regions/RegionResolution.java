package org.plantrack.regions;

import java.util.List;

/**
 * What a name resolved to.
 *
 * @param mention    the name as the text wrote it
 * @param region     the division it names, or null when unknown or ambiguous
 * @param candidates every division the name could be (empty when the registry knows none; more than one and no
 *                   region when the context does not decide)
 */
public record RegionResolution(String mention, Region region, List<Region> candidates) {

    public RegionResolution {
        candidates = List.copyOf(candidates);
    }

    public boolean resolved() {
        return region != null;
    }

    /** Several divisions share the name and nothing in the text picks one: the name stays as written, flagged. */
    public boolean ambiguous() {
        return region == null && candidates.size() > 1;
    }
}
