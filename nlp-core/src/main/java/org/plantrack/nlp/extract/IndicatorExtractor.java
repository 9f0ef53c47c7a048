package org.plantrack.nlp.extract;

import static org.plantrack.nlp.text.CjkChars.hasHan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.structure.SentenceSplitter.Span;

/**
 * Finds quantitative indicators in sentences of cleaned text, following the gold-set guidelines: numbers with
 * units (Arabic or Chinese numerals, 万/亿 multipliers), qualifiers, changes, 由A到B baselines, 分别 lists,
 * ranges, table rows with year columns, actual vs target from the sentence and its section, and years from
 * the text and the document date. Stateless and thread-safe.
 */
public final class IndicatorExtractor {

    /** What the extractor knows about the document and each sentence's surroundings. */
    public record Context(Integer docYear, String[] sectionKind, boolean[] lowConfidence, boolean[] headingStart,
            Integer[] sectionYear) {

        public Context(Integer docYear, String[] sectionKind, boolean[] lowConfidence) {
            this(docYear, sectionKind, lowConfidence, null, null);
        }

        public Context(Integer docYear, String[] sectionKind, boolean[] lowConfidence, boolean[] headingStart) {
            this(docYear, sectionKind, lowConfidence, headingStart, null);
        }
    }

    /** How far before a value its cues and year are looked for. */
    private static final int WINDOW = 300;

    public List<Found> extract(String text, List<Span> sentences, Context ctx) {
        List<Found> out = new ArrayList<>();
        TableState table = new TableState();
        String paragraphKind = null;
        String carriedKind = null;
        int paragraph = -1;
        for (int si = 0; si < sentences.size(); si++) {
            Span sp = sentences.get(si);
            String s = text.substring(sp.start(), sp.end());
            if (sp.paragraph() != paragraph) {
                paragraph = sp.paragraph();
                paragraphKind = carriedKind;
                if (ctx.headingStart() != null && ctx.headingStart()[si]) {
                    paragraphKind = null;
                    carriedKind = null;
                }
            }
            if (isTableRow(s)) {
                table.row(s, sp.start(), si, ctx, out);
                continue;
            }
            table.reset();
            String sectionKind = ctx.sectionKind() == null ? null : ctx.sectionKind()[si];
            boolean low = ctx.lowConfidence() != null && ctx.lowConfidence()[si];
            Integer sectionYear = ctx.sectionYear() == null ? null : ctx.sectionYear()[si];
            List<Mention> ms = NumberMentions.mentions(s);
            if (!ms.isEmpty()) {
                MetricResolver.resolve(s, ms);
                Kinds.Cues cues = Kinds.Cues.of(s);
                List<Years.Expr> years = Years.scan(s, ctx.docYear());
                for (Mention m : ms) {
                    if (m.suppressed || m.metric == null || m.metric.isEmpty()) {
                        continue;
                    }
                    // Cues and years are looked for in a bounded window before the value.
                    int from = Math.max(0, m.start - WINDOW);
                    String left = s.substring(from, m.start);
                    Integer year = Years.yearBefore(years, m.start, from);
                    String kind = Kinds.kindOf(left, s, m, year, ctx.docYear(), sectionKind, paragraphKind, cues, from);
                    if (year == null && !Years.anyBefore(years, m.start, from)) {
                        // 年均增长6%，到2025年…: an average towards a horizon not yet reached is a goal. A horizon
                        // already past dates the average but leaves the kind to the words before it.
                        year = Years.averageHorizon(years, s, m.start);
                        if (year != null && (ctx.docYear() == null || year >= ctx.docYear())) {
                            kind = "target";
                        }
                    }
                    if (year == null && sectionYear != null && !Years.anyBefore(years, m.start, from) && !Years.ownFrame(s)) {
                        // 一、2024年工作回顾: the heading dates what its sentences say without a year of their own.
                        year = sectionYear;
                    }
                    double conf = 0.85;
                    if (m.inheritedMetric) {
                        conf -= 0.15;
                    }
                    if (m.chinese) {
                        conf -= 0.1;
                    }
                    if (low) {
                        conf -= 0.3;
                    }
                    out.add(new Found(m.metric, m.value, m.unit, kind, m.qualifier, m.change, m.baseline, year, si,
                            sp.start() + m.start, sp.start() + m.valueEnd, Math.max(0.1, conf), null));
                }
            }
            String pk = Kinds.paragraphCue(s);
            if (pk != null) {
                paragraphKind = pk;
                // "…主要预期目标是：" introduces a list that may continue over the next lines.
                if (Kinds.introducesList(s)) {
                    carriedKind = pk;
                } else if (carriedKind != null && !carriedKind.equals(pk)) {
                    carriedKind = null;
                }
            }
        }
        return out;
    }

    /** The kind (target/actual) a section heading implies, or null. */
    public static String sectionKind(String heading) {
        return Kinds.sectionCue(heading);
    }

    public static boolean isTableLine(String s) {
        return isTableRow(s);
    }

    static boolean isTableRow(String s) {
        int bars = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '|') {
                bars++;
            }
        }
        return bars >= 2;
    }

    // ------------------------------------------------------------------ tables

    private static final Pattern YEAR_CELL = Pattern.compile(
            "^((?:19|20)\\d{2})\\s*(年?)(?:底|末)?(?:目标值?|预期值?|基期值?|基数|实际值?|现状值?|规划值?|预计值?|完成值?)?$");
    private static final Pattern NUMBER_CELL = Pattern.compile("^([<>≤≥]?)\\s*(\\d+(?:\\.\\d+)?)\\s*(%|‰)?\\s*(以上|以下|以内|左右)?$");
    private static final Pattern UNIT_IN_NAME = Pattern.compile("[(（]([^()（）]{1,8})[)）]\\s*$");

    /** Rows of cells; a header row with year columns turns the following rows into indicators. */
    private static final class TableState {
        int[] yearCol;
        int[] years;
        int unitCol = -1;
        int nameCol = -1;

        void reset() {
            yearCol = null;
        }

        void row(String s, int base, int si, Context ctx, List<Found> out) {
            List<int[]> spans = cells(s);
            List<String> cells = new ArrayList<>();
            for (int[] c : spans) {
                cells.add(s.substring(c[0], c[1]));
            }
            List<Integer> yc = new ArrayList<>();
            List<Integer> ys = new ArrayList<>();
            boolean withNian = false;
            for (int i = 0; i < cells.size(); i++) {
                Matcher m = YEAR_CELL.matcher(cells.get(i));
                if (m.matches()) {
                    yc.add(i);
                    ys.add(Integer.parseInt(m.group(1)));
                    withNian |= !m.group(2).isEmpty();
                }
            }
            boolean dataRow = yearCol != null && !cells.isEmpty() && UNIT_IN_NAME.matcher(cells.get(0)).find();
            if (yc.size() >= 1 && yc.size() >= countNumeric(cells) && (withNian || !dataRow && yearCol == null)) {
                yearCol = yc.stream().mapToInt(Integer::intValue).toArray();
                years = ys.stream().mapToInt(Integer::intValue).toArray();
                unitCol = -1;
                nameCol = -1;
                headerWidthValue = cells.size();
                for (int i = 0; i < cells.size(); i++) {
                    String c = cells.get(i);
                    if (c.contains("单位")) {
                        unitCol = i;
                    } else if (c.contains("指标") || c.contains("名称") || c.contains("项目")) {
                        nameCol = i;
                    }
                }
                return;
            }
            if (yearCol == null) {
                return;
            }
            // Rows may have fewer cells than the header (merged category cells): align from the right.
            int shift = cells.size() - headerWidth();
            String name = null;
            int nameIdx = nameCol >= 0 ? nameCol + shift : -1;
            if (nameIdx >= 0 && nameIdx < cells.size() && hasHan(cells.get(nameIdx))) {
                name = cells.get(nameIdx);
            } else {
                int firstYear = yearCol[0] + shift;
                for (int i = Math.min(firstYear, cells.size()) - 1; i >= 0; i--) {
                    if (hasHan(cells.get(i))) {
                        name = cells.get(i);
                        break;
                    }
                }
            }
            if (name == null) {
                return;
            }
            String unit = null;
            Matcher um = UNIT_IN_NAME.matcher(name);
            if (um.find()) {
                unit = um.group(1).strip();
                name = name.substring(0, um.start()).strip();
            } else if (unitCol >= 0 && unitCol + shift >= 0 && unitCol + shift < cells.size()) {
                unit = cells.get(unitCol + shift).strip();
            }
            if (unit == null || unit.isEmpty() || unit.length() > 8) {
                return;
            }
            int maxYear = years[years.length - 1];
            for (int k = 0; k < yearCol.length; k++) {
                int ci = yearCol[k] + shift;
                if (ci < 0 || ci >= cells.size()) {
                    continue;
                }
                Matcher nm = NUMBER_CELL.matcher(cells.get(ci));
                if (!nm.matches()) {
                    continue;
                }
                String q = switch (nm.group(1) + (nm.group(4) == null ? "" : nm.group(4))) {
                    case ">", "≥", "以上" -> ">=";
                    case "<", "≤", "以下", "以内" -> "<=";
                    case "左右" -> "~";
                    default -> null;
                };
                int y = years[k];
                boolean target = y == maxYear && years.length > 1
                        || ctx.docYear() != null && y >= ctx.docYear() && years.length == 1;
                int[] cs = spans.get(ci);
                out.add(new Found(name, new BigDecimal(nm.group(2)), unit, target ? "target" : "actual", q, null, null,
                        y, si, base + cs[0], base + cs[1], 0.8, null));
            }
        }

        int headerWidthValue;

        int headerWidth() {
            return yearCol == null ? 0 : headerWidthValue;
        }
    }

    private static int countNumeric(List<String> cells) {
        int n = 0;
        for (String c : cells) {
            if (NUMBER_CELL.matcher(c).matches()) {
                n++;
            }
        }
        return n;
    }

    private static List<int[]> cells(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '|') {
                int a = start, b = i;
                while (a < b && Character.isWhitespace(s.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                    b--;
                }
                if (!(i == s.length() && a == b)) {
                    out.add(new int[] {a, b});
                }
                start = i + 1;
            }
        }
        if (!out.isEmpty() && out.get(0)[0] == out.get(0)[1]) {
            out.remove(0);
        }
        return out;
    }
}
