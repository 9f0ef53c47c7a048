package org.plantrack.nlp.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Held-out metric names written for this test, not taken from the development sets: each must resolve to its
 * catalogue indicator, or to none, whatever the document calls it (abbreviations, word order, year and place left
 * in, Traditional and full-width characters, units in the name), and neighbours must stay apart (收入 vs 支出, 城镇 vs
 * 农村, 新增 vs 累计, level vs growth). Pairs are scored like shared/eval/score_pairs.py: a pair is "same" when both
 * names resolve to one non-null indicator. The floors are the figures reached; raise them, never lower them.
 */
class UnseenMetricNamesTest {

    private record Expected(String name, String id, String kind) {
    }

    private record Pair(String a, String b, boolean same) {
    }

    @Test
    void firstSetResolvesToTheRightIndicatorOrToNone() throws IOException {
        assertThat(accuracy(names("unseen-metric-names.tsv"))).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void secondSetWrittenAfterTheRulesResolvesToo() throws IOException {
        assertThat(accuracy(names("unseen-metric-names-b.tsv"))).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void sameAndDifferentPairsAreToldApart() throws IOException {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> wrong = new ArrayList<>();
        for (Pair p : pairs()) {
            String a = CanonicalMetrics.resolve(p.a()).id();
            String b = CanonicalMetrics.resolve(p.b()).id();
            boolean same = a != null && a.equals(b);
            if (same && p.same()) {
                tp++;
            } else if (same) {
                fp++;
                wrong.add("FP " + p);
            } else if (p.same()) {
                fn++;
                wrong.add("FN " + p);
            }
        }
        double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
        assertThat(fp).as("pairs merged that must stay apart: %s", wrong).isZero();
        assertThat(f1).as("wrong pairs: %s", wrong).isGreaterThanOrEqualTo(0.99);
    }

    private static double accuracy(List<Expected> expected) {
        List<String> wrong = new ArrayList<>();
        for (Expected e : expected) {
            String got = Objects.requireNonNullElse(CanonicalMetrics.resolve(e.name()).id(), "none");
            if (!got.equals(e.id())) {
                wrong.add(e.name() + " (" + e.kind() + "): expected " + e.id() + ", got " + got);
            }
        }
        System.out.println("UnseenMetricNamesTest: " + (expected.size() - wrong.size()) + "/" + expected.size()
                + " right; wrong: " + wrong);
        return 1.0 - (double) wrong.size() / expected.size();
    }

    private static List<Expected> names(String file) throws IOException {
        List<Expected> out = new ArrayList<>();
        for (String[] c : rows(file)) {
            out.add(new Expected(c[0], c[1], c[2]));
        }
        assertThat(out).hasSizeGreaterThan(80);
        return out;
    }

    private static List<Pair> pairs() throws IOException {
        List<Pair> out = new ArrayList<>();
        for (String[] c : rows("unseen-metric-pairs.tsv")) {
            if (!c[0].equals("a")) {
                out.add(new Pair(c[0], c[1], c[2].equals("1")));
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(60);
        return out;
    }

    private static List<String[]> rows(String file) throws IOException {
        try (InputStream in = UnseenMetricNamesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        }
    }
}
