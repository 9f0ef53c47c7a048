package org.plantrack.nlp.extract;

import java.util.ArrayList;
import java.util.List;
import org.plantrack.nlp.structure.SentenceSplitter.Span;
import org.plantrack.nlp.table.PipeTableDetector;

/**
 * Finds quantitative indicators in sentences of cleaned text, following the gold-set guidelines: numbers with
 * units (Arabic or Chinese numerals, 万/亿 multipliers), qualifiers, changes, 由A到B baselines, 分别 lists,
 * ranges, actual vs target from the sentence and its section, and years from
 * the text and the document date. Stateless and thread-safe.
 */
public final class IndicatorExtractor {

    /** What the extractor knows about the document and each sentence's surroundings. */
    public record Context(Integer docYear, String[] sectionKind, boolean[] lowConfidence, boolean[] headingStart,
            Integer[] sectionYear) {
    }

    /** How far before a value its cues and year are looked for. */
    private static final int WINDOW = 300;

    public List<Found> extract(String text, List<Span> sentences, Context ctx) {
        List<Found> out = new ArrayList<>();
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
                // Table rows are read as tables (org.plantrack.nlp.table), not as sentences.
                continue;
            }
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
                        Integer horizon = Years.averageHorizon(years, s, m.start);
                        if (horizon != null && (ctx.docYear() == null || horizon >= ctx.docYear())) {
                            kind = "target";
                        }
                        // 今后五年，年均增长6.5%，到2026年突破…: the average runs over the span named first, which
                        // leaves its year null (GUIDELINES second round 2), although the horizon makes it a goal.
                        year = horizon != null && Years.namesUndatedSpan(left) ? null : horizon;
                        if (year == null) {
                            // 十五期间年均增长9%: an average or total over a named plan period ends with it; the
                            // kind is the year's only when the period is still ahead (a review of it is actual).
                            // So does anything of a sentence the period frames (“十四五”期间，…力争达到6万元).
                            year = Years.periodTotalYear(s, m.start);
                            if (year == null) {
                                year = Years.openingPeriodYear(s);
                            }
                            if (year != null && ctx.docYear() != null && year > ctx.docYear()) {
                                kind = "target";
                            } else if (year != null && ctx.docYear() != null && year < ctx.docYear()) {
                                kind = "actual";
                            }
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
        return PipeTableDetector.isPipeRow(s);
    }
}
