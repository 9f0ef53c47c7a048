package org.plantrack.nlp.table;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.Indicator;
import org.plantrack.nlp.format.Fixtures;

/**
 * What the held-out table sets ({@link UnseenTablesTest}, {@link UnseenBulletinTablesTest}) share: a case, the line
 * an indicator is compared as, and the builders of text, HTML and DOCX fixtures.
 */
final class HeldOutTables {

    record Case(String name, String file, byte[] bytes, String date, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }

        List<Indicator> analyze() {
            return DocumentAnalyzer.standard().analyze(bytes, file, new AnalysisHints(null, null, date)).indicators();
        }
    }

    private HeldOutTables() {
    }

    /** {@code metric;value;unit;kind;year;qualifier;change;attribute}, {@code -} for a missing field, b/a attribute. */
    static String line(Indicator i) {
        return String.join(";", i.metric(), i.value().stripTrailingZeros().toPlainString(), dash(i.unit()),
                dash(i.kind()), i.year() == null ? "-" : i.year().toString(), dash(i.qualifier()), dash(i.change()),
                i.attribute() == null ? "-" : i.attribute().equals(Indicator.BINDING) ? "b" : "a");
    }

    /** {@link #line} followed by {@code ;region} (the name of the place a row or column names, or {@code -}). */
    static String lineWithRegion(Indicator i) {
        return line(i) + ";" + (i.region() == null ? "-" : i.region().name());
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    /** A text case; an HTML file when the name starts with "html". */
    static Case text(String name, String date, String text, String... expected) {
        return new Case(name, name.startsWith("html") ? "t.html" : "t.txt", text.getBytes(StandardCharsets.UTF_8), date,
                List.of(expected));
    }

    static Case docx(String name, String date, String bodyXml, String... expected) {
        return new Case(name, "t.docx", Fixtures.docxWithBody("word/document.xml", bodyXml), date, List.of(expected));
    }

    // ---- DOCX building blocks: a paragraph, a cell, a cell spanning columns, the start and rest of a vertical merge

    static String p(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    static String tc(String text) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"1200\" w:type=\"dxa\"/></w:tcPr>" + p(text) + "</w:tc>";
    }

    static String span(int columns, String text) {
        return "<w:tc><w:tcPr><w:gridSpan w:val=\"" + columns + "\"/></w:tcPr>" + p(text) + "</w:tc>";
    }

    static String mergeStart(String text) {
        return "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + p(text) + "</w:tc>";
    }

    static String merged() {
        return "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>";
    }

    static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    static String tbl(String... rows) {
        return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid/>" + String.join("", rows)
                + "</w:tbl>";
    }
}
