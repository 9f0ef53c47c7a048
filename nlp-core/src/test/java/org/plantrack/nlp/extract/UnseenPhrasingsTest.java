package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.GoldSetQualityTest;
import org.plantrack.nlp.Indicator;

/**
 * A held-out check of sentence-level extraction: about a hundred short documents written for this test in the
 * phrasing of every genre and tier the product takes (unseen-phrasings.txt, whose header gives the format), each
 * with the indicators GUIDELINES.md expects, including sentences whose numbers must not be indicators. The dev
 * sets are over-learnt; this set is what the rules must hold on besides them.
 */
class UnseenPhrasingsTest {

    private static final String FIXTURE = "unseen-phrasings.txt";

    /** One expected indicator; a null field is an expected null. */
    record Expected(List<String> metrics, BigDecimal value, String unit, String kind, String qualifier, String change,
            Integer year) {
    }

    record Case(String title, String date, String text, List<Expected> expected, String pending) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Case> cases() throws IOException {
        return load(FIXTURE).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsWhatTheGuidelinesExpect(Case c) {
        assertAsExpected(c);
    }

    /** No problem with the case, or, for a known gap (a ! line), still a problem: a gap that closes must be unmarked. */
    static void assertAsExpected(Case c) {
        List<String> problems = problems(c);
        if (c.pending() != null) {
            assertThat(problems).as("%s is marked as a known gap (%s) but passes now: remove its ! line", c.title(),
                    c.pending()).isNotEmpty();
            return;
        }
        assertThat(problems).as("%s%n%s", c.title(), c.text()).isEmpty();
    }

    /** The genres of the cases: each title starts with its genre and " · ". */
    static Set<String> genres(List<Case> cases) {
        Set<String> genres = new HashSet<>();
        for (Case c : cases) {
            genres.add(c.title().substring(0, c.title().indexOf(" · ")));
        }
        return genres;
    }

    @Test
    void theSetIsLargeAndCoversEveryGenre() throws IOException {
        List<Case> all = load(FIXTURE);
        assertThat(all).hasSizeGreaterThanOrEqualTo(80);
        assertThat(genres(all)).contains("communiqué", "work report", "plan", "proposal", "congress report", "speech", "news");
        // Numbers that must not be indicators are part of the set, not only values to find.
        assertThat(all.stream().filter(c -> c.expected().isEmpty()).count()).isGreaterThanOrEqualTo(12);
    }

    /** What is wrong with the analyzer's output for a case: missing, extra and mis-described indicators. */
    static List<String> problems(Case c) {
        List<Indicator> got = new ArrayList<>(DocumentAnalyzer.standard()
                .analyze(c.text().getBytes(StandardCharsets.UTF_8), "unseen.txt", new AnalysisHints(null, null, c.date()))
                .indicators());
        List<String> problems = new ArrayList<>();
        for (Expected e : c.expected()) {
            Indicator match = null;
            for (Indicator i : got) {
                if (sameQuantity(e, i) && e.metrics().stream().anyMatch(m -> close(m, i.metric()))) {
                    match = i;
                    break;
                }
            }
            if (match == null) {
                problems.add("missing " + e.metrics().get(0) + " " + e.value().toPlainString() + e.unit());
                continue;
            }
            got.remove(match);
            String where = e.metrics().get(0) + " " + e.value().toPlainString() + e.unit();
            same(problems, where, "kind", e.kind(), match.kind());
            same(problems, where, "qualifier", e.qualifier(), match.qualifier());
            same(problems, where, "change", e.change(), match.change());
            same(problems, where, "year", e.year(), match.year());
        }
        for (Indicator extra : got) {
            problems.add("extra " + extra.metric() + " " + extra.value().toPlainString() + extra.unit());
        }
        return problems;
    }

    private static void same(List<String> problems, String where, String field, Object want, Object got) {
        if (!Objects.equals(want, got)) {
            problems.add(where + ": " + field + " " + got + ", expected " + want);
        }
    }

    // ------------------------------------------------------------------ score.py's matching

    private static final String[][] MULTIPLIERS = {{"亿", "100000000"}, {"万", "10000"}, {"千", "1000"}, {"百", "100"}};
    private static final Set<String> KEEP = Set.of("%", "个百分点", "百分点", "‰");

    /** value × multiplier and base unit, as score.py canonicalises them. */
    private static boolean sameQuantity(Expected e, Indicator i) {
        Object[] a = canon(e.value(), e.unit());
        Object[] b = canon(i.value(), i.unit());
        return a[1].equals(b[1]) && ((BigDecimal) a[0]).subtract((BigDecimal) b[0]).abs()
                .compareTo(((BigDecimal) a[0]).abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-6"))) <= 0;
    }

    private static Object[] canon(BigDecimal value, String unit) {
        String u = Normalizer.normalize(unit == null ? "" : unit, Normalizer.Form.NFKC).strip().replace(" ", "");
        if (KEEP.contains(u)) {
            return new Object[] {value, u};
        }
        BigDecimal v = value;
        boolean stripped = true;
        while (stripped && u.length() > 1) {
            stripped = false;
            for (String[] m : MULTIPLIERS) {
                if (u.startsWith(m[0])) {
                    v = v.multiply(new BigDecimal(m[1]));
                    u = u.substring(1);
                    stripped = true;
                    break;
                }
            }
        }
        return new Object[] {v, u};
    }

    /** score.py's metric-close: char-bigram Dice >= 0.7 on NFKC text (the gold-set test's Dice). */
    static boolean close(String want, String got) {
        return GoldSetQualityTest.dice(want, got) >= 0.7;
    }

    // ------------------------------------------------------------------ the fixture

    /** Reads a fixture in unseen-phrasings.txt's format from this package's resources. */
    static List<Case> load(String fixture) throws IOException {
        String text;
        try (InputStream in = UnseenPhrasingsTest.class.getResourceAsStream(fixture)) {
            assertThat(in).as(fixture).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String title = null;
        String date = null;
        StringBuilder body = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        String pending = null;
        for (String line : (text + "\n## end").split("\n")) {
            if (line.startsWith("## ")) {
                if (title != null) {
                    cases.add(new Case(title, date, body.toString(), List.copyOf(expected), pending));
                }
                title = line.substring(3).strip();
                date = null;
                body.setLength(0);
                expected.clear();
                pending = null;
            } else if (line.startsWith("@date ")) {
                date = line.substring(6).strip();
            } else if (line.startsWith("> ")) {
                body.append(line.substring(2)).append('\n');
            } else if (line.startsWith("= ")) {
                expected.add(expected(line.substring(2)));
            } else if (line.startsWith("! ")) {
                pending = line.substring(2).strip();
            }
        }
        return cases;
    }

    private static Expected expected(String line) {
        String[] f = line.split("\\|");
        if (f.length != 7) {
            throw new IllegalArgumentException("want 7 fields: " + line);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        List<String> metrics = List.of(f[0].split("/"));
        return new Expected(metrics, new BigDecimal(f[1]), nullable(f[2]) == null ? "" : f[2], f[3],
                nullable(f[4]), nullable(f[5]), nullable(f[6]) == null ? null : Integer.valueOf(f[6]));
    }

    private static String nullable(String s) {
        return s.equals("-") ? null : s;
    }
}
