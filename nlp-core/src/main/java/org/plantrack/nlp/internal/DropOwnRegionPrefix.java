package org.plantrack.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import org.plantrack.nlp.extract.Found;
import org.plantrack.nlp.extract.OwnRegionPrefix;

/**
 * Step 10: in a text about one region, that region in front of a sentence value's metric goes (太原人口 → 人口). A
 * text whose metrics, sentences and table cells together, name other places keeps every region
 * (extract.OwnRegionPrefix).
 */
final class DropOwnRegionPrefix implements AnalysisStep {

    @Override
    public void apply(AnalysisContext c) {
        OwnRegionPrefix own = OwnRegionPrefix.of(c.facts.region());
        List<String> metrics = new ArrayList<>(c.found.size() + c.tableValues.size());
        c.found.forEach(f -> metrics.add(f.metric()));
        c.tableValues.forEach(v -> metrics.add(v.found().metric()));
        if (own == null || own.namesOtherPlaces(metrics)) {
            return;
        }
        List<Found> out = new ArrayList<>(c.found.size());
        for (Found f : c.found) {
            String metric = own.strip(f.metric());
            out.add(metric.equals(f.metric()) ? f : f.withMetric(metric));
        }
        c.found = out;
    }
}
