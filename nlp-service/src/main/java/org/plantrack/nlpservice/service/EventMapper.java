package org.plantrack.nlpservice.service;

import org.plantrack.catalogue.MetricResolver;
import org.plantrack.catalogue.Resolution;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.DocumentHintsV1;
import org.plantrack.events.EventIds;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.Classification;
import org.plantrack.nlp.CleaningReport;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.DocumentStructure;
import org.plantrack.nlp.Indicator;
import org.plantrack.nlp.metric.CanonicalMetrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Translates between the NLP core's model and the versioned event records; no logic beyond the mapping. */
public final class EventMapper {

    public static AnalysisHints hints(DocumentHintsV1 hints) {
        if (hints == null) {
            return AnalysisHints.none();
        }
        return new AnalysisHints(hints.title(), hints.region(), hints.date());
    }

    public static List<IndicatorV1> indicators(String documentId, DocumentAnalysis analysis) {
        Classification c = analysis.classification();
        // An indicator is about the document's region (RegionClassifier: the registry's name and GB/T 2260 code) unless
        // its clause or table row names another one (Indicator.region: 其中，太原市… in a province's communiqué); then
        // it carries that region and the metric without the region's name, so the cities' GDP is one measure.
        String region = c == null ? null : c.region();
        String regionCode = c == null ? null : c.regionCode();
        String period = c == null ? null : c.planPeriod();
        List<IndicatorV1> out = new ArrayList<>();
        MetricResolver metrics = CanonicalMetrics.forRegion(region);
        for (Indicator i : nullSafe(analysis.indicators())) {
            Indicator.NamedRegion own = i.region();
            String metric = own == null ? i.metric() : own.metric();
            // the id keeps the metric as written: re-analysing with or without the region step names the same row
            out.add(new IndicatorV1(
                    IndicatorIds.of(documentId, i.start(), i.end(), i.metric(), i.value(), i.unit(), i.kind()),
                    documentId, metric, i.value(), i.unit(), i.kind(), i.qualifier(), i.change(), i.baseline(),
                    i.year(), i.sentence(), i.start(), i.end(), i.domain(), i.confidence(),
                    own == null ? region : own.name(), period, cleaned(i.cleaned()),
                    canonicalMetric(metrics.resolve(metric)), i.attribute(), own == null ? regionCode : own.code()));
        }
        return out;
    }

    /** The catalogue indicator, or null for a free metric. */
    private static IndicatorV1.CanonicalMetric canonicalMetric(Resolution r) {
        return r.resolved() ? new IndicatorV1.CanonicalMetric(r.indicator().id(), r.indicator().name()) : null;
    }

    private static IndicatorV1.CleanedSpan cleaned(Indicator.CleanedSpan span) {
        return span == null ? null
                : new IndicatorV1.CleanedSpan(span.valueStart(), span.valueEnd(), span.sentenceStart(), span.sentenceEnd());
    }

    public static IndicatorsExtractedV1 extracted(String documentId, int run, DocumentAnalysis analysis,
                                                  List<IndicatorV1> indicators) {
        Classification c = analysis.classification();
        return new IndicatorsExtractedV1(EventIds.newId(), IndicatorsExtractedV1.SCHEMA_VERSION, documentId, run,
                c == null ? null : c.region(), c == null ? null : c.regionLevel(),
                c == null ? null : c.planPeriod(), c == null ? null : c.documentDate(),
                List.copyOf(indicators), Instant.now());
    }

    public static DocumentAnalyzedV1 analyzed(String documentId, int run, DocumentAnalysis analysis,
                                              String titleHint, int indicatorCount) {
        CleaningReport cleaning = analysis.cleaning();
        DocumentStructure structure = analysis.structure();
        Classification c = analysis.classification();

        String title = structure == null ? null : structure.title();
        if (titleHint != null && !titleHint.isBlank()) {
            title = titleHint;
        }
        String cleaned = cleaning == null || cleaning.cleanedText() == null ? "" : cleaning.cleanedText();
        DocumentAnalyzedV1.Counts counts = new DocumentAnalyzedV1.Counts(
                cleaned.length(),
                structure == null ? 0 : structure.paragraphCount(),
                structure == null ? 0 : nullSafe(structure.sentences()).size(),
                structure == null ? 0 : nullSafe(structure.headings()).size(),
                indicatorCount);

        List<DocumentAnalyzedV1.SectionV1> sections = new ArrayList<>();
        if (c != null) {
            for (Classification.SectionDomain s : nullSafe(c.sections())) {
                sections.add(new DocumentAnalyzedV1.SectionV1(s.heading(), s.level(), s.start(), s.end(),
                        s.domain(), s.confidence()));
            }
        }
        // Warnings are problems left in the text; users read them next to the notes, so they travel together.
        List<String> notes = new ArrayList<>();
        if (cleaning != null) {
            notes.addAll(nullSafe(cleaning.notes()));
            nullSafe(cleaning.warnings()).forEach(w -> notes.add("warning: " + w));
        }

        return new DocumentAnalyzedV1(EventIds.newId(), DocumentAnalyzedV1.SCHEMA_VERSION, documentId, run,
                DocumentAnalyzedV1.Outcome.ANALYZED, null, title,
                cleaning == null ? null : cleaning.script(),
                cleaning == null ? null : cleaning.encoding(),
                c == null ? null : c.genre(),
                c == null ? null : c.region(),
                c == null ? null : c.regionLevel(),
                c == null ? null : c.planPeriod(),
                c == null ? null : c.documentDate(),
                counts, List.copyOf(sections), List.copyOf(notes), Instant.now(), cleaning == null ? null : cleaning.cleanedText(),
                c == null ? null : c.regionCode(),
                c == null ? null : c.regionParent());
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private EventMapper() {
    }
}
