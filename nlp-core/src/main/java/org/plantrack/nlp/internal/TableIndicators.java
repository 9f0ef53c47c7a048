package org.plantrack.nlp.internal;

import java.util.Comparator;
import java.util.List;
import org.plantrack.nlp.Indicator;
import org.plantrack.nlp.classify.DomainClassifier;
import org.plantrack.nlp.extract.Found;
import org.plantrack.nlp.table.Cell;
import org.plantrack.nlp.table.ProjectNames;
import org.plantrack.nlp.table.Table;
import org.plantrack.nlp.table.TableValue;

/**
 * Step 13: one indicator per value cell the table reader understood (its row is its sentence). What the sentence
 * extractor found inside such a table is dropped: the cells say it with their headers; so is what it read in a
 * cell or a line naming a project by its capacity ({@code table.ProjectNames}). Indicators end in text order.
 */
final class TableIndicators implements AnalysisStep {

    private final DomainClassifier domains;

    TableIndicators(DomainClassifier domains) {
        this.domains = domains;
    }

    @Override
    public void apply(AnalysisContext c) {
        List<TableValue> values = c.tableValues;
        List<Indicator> indicators = c.indicators;
        // A box's list of projects (年产30万吨乙二醇项目), as table cells or as lines of their own: a figure in a
        // project's name is no value of the region.
        indicators.removeIf(i -> ProjectNames.isProjectName(i.sentence())
                || c.tables.stream().anyMatch(tb -> ProjectNames.isProjectName(cellAt(tb, i.cleaned().valueStart()))));
        if (values.isEmpty()) {
            return;
        }
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

    /** The text of the table's cell holding a cleaned-text offset, or null when the table does not hold it. */
    private static String cellAt(Table table, int offset) {
        if (!table.covers(offset)) {
            return null;
        }
        for (Table.Row r : table.rows()) {
            for (Cell cell : r.cells()) {
                if (cell.start() <= offset && offset < cell.end()) {
                    return cell.text();
                }
            }
        }
        return null;
    }
}
