package org.plantrack.nlp.internal;

import org.plantrack.nlp.table.TableReader;

/** Step 9: one value per value cell of each table the reader understands, named by its row and column headers. */
final class ReadTables implements AnalysisStep {

    @Override
    public void apply(AnalysisContext c) {
        c.tableValues = TableReader.read(c.tables, c.docYear);
    }
}
