package org.plantrack.nlp.robustness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.DocumentFormatException;

/**
 * Analyses every document clean and under each noise transform and counts what the noise changed: indicators of
 * the clean analysis found again unchanged, found again with the same value and unit (the name, kind or year
 * drifted), indicators the noisy copy adds, and metadata fields that differ.
 */
public final class RobustnessRun {

    /** Examples kept per transform, for the command line's report. */
    private static final int EXAMPLES = 40;

    /** One transform's figures over all documents it applies to. */
    public record Figures(NoiseTransform transform, int documents, int indicators, int unchanged, int valuesKept,
            int added, int metadataFields, int metadataChanged, List<String> examples) {

        public double unchangedShare() {
            return indicators == 0 ? 1 : (double) unchanged / indicators;
        }

        public double valuesKeptShare() {
            return indicators == 0 ? 1 : (double) valuesKept / indicators;
        }

        public double metadataKeptShare() {
            return metadataFields == 0 ? 1 : 1 - (double) metadataChanged / metadataFields;
        }
    }

    private final DocumentAnalyzer analyzer;

    public RobustnessRun(DocumentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public List<Figures> run(List<SourceDocument> documents, List<NoiseTransform> transforms) {
        Map<String, AnalysisSignature> clean = new HashMap<>();
        for (SourceDocument d : documents) {
            clean.put(d.name(), analyse(d.bytes(), d.name()));
        }
        List<Figures> out = new ArrayList<>();
        for (NoiseTransform t : transforms) {
            out.add(measure(t, documents, clean));
        }
        return out;
    }

    private Figures measure(NoiseTransform t, List<SourceDocument> documents, Map<String, AnalysisSignature> clean) {
        int docs = 0, indicators = 0, unchanged = 0, valuesKept = 0, added = 0, fields = 0, changed = 0;
        List<String> examples = new ArrayList<>();
        for (SourceDocument d : documents) {
            if (!t.isApplicable(d)) {
                continue;
            }
            docs++;
            AnalysisSignature before = clean.get(d.name());
            AnalysisSignature after = analyse(t.applyTo(d), d.name());
            indicators += before.indicatorCount();
            int kept = overlap(before.indicators(), after.indicators(), d.name() + ": lost ", examples);
            overlap(after.indicators(), before.indicators(), d.name() + ": added ", examples);
            unchanged += kept;
            valuesKept += overlap(before.values(), after.values(), null, null);
            added += after.indicatorCount() - kept;
            for (Map.Entry<String, String> f : before.metadata().entrySet()) {
                fields++;
                String now = after.metadata().get(f.getKey());
                if (!Objects.equals(f.getValue(), now)) {
                    changed++;
                    if (examples.size() < EXAMPLES) {
                        examples.add(d.name() + ": " + f.getKey() + " " + f.getValue() + " -> " + now);
                    }
                }
            }
        }
        return new Figures(t, docs, indicators, unchanged, valuesKept, added, fields, changed, List.copyOf(examples));
    }

    /** Size of the multiset intersection; what {@code a} has beyond it goes to the examples. */
    private static int overlap(Map<String, Integer> a, Map<String, Integer> b, String label, List<String> examples) {
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            int common = Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
            n += common;
            if (examples != null && common < e.getValue() && examples.size() < EXAMPLES) {
                examples.add(label + e.getKey());
            }
        }
        return n;
    }

    private AnalysisSignature analyse(byte[] bytes, String name) {
        try {
            return AnalysisSignature.of(analyzer.analyze(bytes, name, AnalysisHints.none()));
        } catch (DocumentFormatException e) {
            return AnalysisSignature.empty();
        }
    }
}
