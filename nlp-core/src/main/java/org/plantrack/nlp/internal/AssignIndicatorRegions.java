package org.plantrack.nlp.internal;

import org.plantrack.nlp.region.IndicatorRegions;

/**
 * Step 14, the last: an indicator whose clause or table row names another region (其中，太原市…; a row per city) gets
 * that region; the rest keep the document's (region.IndicatorRegions).
 */
final class AssignIndicatorRegions implements AnalysisStep {

    @Override
    public void apply(AnalysisContext c) {
        c.indicators = IndicatorRegions.standard().assign(c.indicators, c.clean, c.facts.regionCode());
    }
}
