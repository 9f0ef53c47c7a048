package org.plantrack.nlp.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every table shape the cleaned text may hold, in document order; a region claimed by one shape is not re-read. */
public final class TableDetectors {

    private TableDetectors() {
    }

    public static List<Table> detect(String cleanText) {
        List<Table> out = new ArrayList<>(PipeTableDetector.detect(cleanText));
        out.sort(Comparator.comparingInt(Table::start));
        return List.copyOf(out);
    }
}
