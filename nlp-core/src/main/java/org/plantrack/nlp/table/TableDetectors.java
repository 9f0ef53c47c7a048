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
        for (Table t : GluedRowTableDetector.detect(cleanText)) {
            addUnlessClaimed(out, t);
        }
        for (Table t : VerticalTableDetector.detect(cleanText)) {
            addUnlessClaimed(out, t);
        }
        out.sort(Comparator.comparingInt(Table::start));
        return List.copyOf(out);
    }

    private static void addUnlessClaimed(List<Table> found, Table t) {
        for (Table f : found) {
            if (f.start() < t.end() && t.start() < f.end()) {
                return;
            }
        }
        found.add(t);
    }
}
