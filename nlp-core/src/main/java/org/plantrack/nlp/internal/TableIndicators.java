package org.plantrack.nlp.internal;

import java.util.Comparator;
import java.util.List;
import org.plantrack.nlp.Indicator;
import org.plantrack.nlp.classify.DomainClassifier;
import org.plantrack.nlp.extract.Found;
import org.plantrack.nlp.table.Table;
import org.plantrack.nlp.table.TableValue;

/**
 * Step 13: one indicator per value cell the table reader understood (its row is its sentence). What the sentence
 * extractor found inside such a table is dropped: the cells say it with their headers. Indicators end in text order.
 */
final class TableIndicators implements AnalysisStep {

    private final DomainClassifier domains;

    TableIndicators(DomainClassifier domains) {
        this.domains = domains;
    }

    @Override
    public void apply(AnalysisContext c) {
        List<TableValue> values = c.tableValues;
        if (values.isEmpty()) {
            return;
        }
        List<Indicator> indicators = c.indicators;
        List<Table> read = c.tables.stream()
                .filter(tb -> values.stream().anyMatch(v -> tb.covers(v.found().start()))).toList();
        indicators.removeIf(i -> read.stream().anyMatch(tb -> tb.covers(i.cleaned().valueStart())));
        for (TableValue v : values) {
            Found f = v.found();
            DomainClassifier.Result mr = domains.classify(f.metric());
            String domain = mr.domain().equals(DomainClassifier.GENERAL)
                    ? domains.classify(v.sentence()).domain() : mr.domain();
            indicators.add(f.toIndicator(v.sentence(), v.rowStart(), v.rowEnd(), domain, c.mapped));
        }
        indicators.sort(Comparator.comparingInt(i -> i.cleaned().valueStart()));
    }
}
