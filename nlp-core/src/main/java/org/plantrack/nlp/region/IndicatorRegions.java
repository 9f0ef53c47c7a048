package org.plantrack.nlp.region;

import java.util.ArrayList;
import java.util.List;
import org.plantrack.nlp.Indicator;
import org.plantrack.regions.Region;
import org.plantrack.regions.RegionRegistry;
import org.plantrack.regions.RegionResolver;

/**
 * Gives each indicator the region its clause or table row names as subject ({@link ClauseSubjectRegion}), when that
 * is not simply the document's region: a province's communiqué quoting its cities, a table with one row per city.
 * The metric without the region's name in front goes with it, so 南昌市GDP and 赣州市GDP are one measure (GDP) of
 * two regions. Everything else keeps the document's region.
 */
public final class IndicatorRegions {

    private static final class Holder {
        static final IndicatorRegions STANDARD = new IndicatorRegions(RegionResolver.standard());
    }

    private final RegionRegistry registry;
    private final ClauseSubjectRegion subjects;
    private final RegionAtStart names;

    public IndicatorRegions(RegionResolver resolver) {
        this.registry = resolver.registry();
        this.names = new RegionAtStart(resolver);
        this.subjects = new ClauseSubjectRegion(names, registry);
    }

    public static IndicatorRegions standard() {
        return Holder.STANDARD;
    }

    /**
     * @param indicators         the document's indicators, with their cleaned spans
     * @param cleanText          the cleaned text those spans refer to
     * @param documentRegionCode the document region's code, or null when it has none
     */
    public List<Indicator> assign(List<Indicator> indicators, String cleanText, String documentRegionCode) {
        Region document = documentRegionCode == null ? null : registry.byCode(documentRegionCode);
        List<Indicator> out = new ArrayList<>(indicators.size());
        for (Indicator i : indicators) {
            Indicator.NamedRegion named = named(i, cleanText, document);
            out.add(named == null ? i : i.withRegion(named));
        }
        return out;
    }

    private Indicator.NamedRegion named(Indicator i, String cleanText, Region document) {
        Indicator.CleanedSpan span = i.cleaned();
        if (span == null || span.sentenceEnd() > cleanText.length() || span.valueStart() < span.sentenceStart()) {
            return null;
        }
        // offsets into the whole text: a run-on "sentence" of thousands of values is not copied once per value
        ClauseSubjectRegion.Found subject = subjects.find(cleanText, span.sentenceStart(), span.valueStart(), document);
        Region region;
        String written;
        if (subject != null) {
            region = subject.region();
            written = cleanText.substring(subject.nameStart(), subject.nameEnd());
        } else {
            // A table with a column per place (指标 | 赣州市 | 吉安市) names the place in the column's header, above
            // the row; the table reader has put it in front of the metric (赣州市地区生产总值).
            RegionAtStart.Match m = isTableRow(i.sentence()) ? names.find(i.metric(), document) : null;
            if (m == null) {
                return null;
            }
            region = m.region();
            written = i.metric().substring(0, m.length());
        }
        String metric = withoutName(i.metric(), written, region);
        boolean own = document != null && document.code().equals(region.code());
        if (own && metric.equals(i.metric())) {
            return null;
        }
        return new Indicator.NamedRegion(region.name(), region.code(), region.level().label(), region.parentCode(),
                metric);
    }

    /** A table value's sentence is its row's cells joined by ' | ' (GUIDELINES second round, 5). */
    private static boolean isTableRow(String sentence) {
        return sentence != null && sentence.contains(" | ");
    }

    /** The metric without the region's name (as written, or the registry's) in front, when two characters remain. */
    static String withoutName(String metric, String written, Region region) {
        for (String name : new String[] {written, region.name()}) {
            if (metric.startsWith(name) && metric.length() - name.length() >= 2) {
                String rest = metric.substring(name.length());
                return rest.startsWith("的") ? rest.substring(1) : rest;
            }
        }
        return metric;
    }
}
