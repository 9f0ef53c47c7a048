package org.plantrack.nlp.internal;

import org.plantrack.nlp.table.TableDetectors;

/** Step 7: the tables of the cleaned text (pipe rows, markdown tables), part of the document's structure. */
final class DetectTables implements AnalysisStep {

    @Override
    public void apply(AnalysisContext c) {
        c.tables = TableDetectors.detect(c.clean);
    }
}
