package org.plantrack.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.SharedData;

/**
 * Keeps extraction quality from regressing: analyses ../shared/seeds with ../shared/eval/docs, and
 * ../shared/eval2/docs, scores each against its gold-indicators.jsonl with the matching rules of score.py, and
 * fails below the floors measured when this test was last tightened. Skipped (with a message) when ../shared is
 * not present, except under CI=true, where a missing gold set fails ({@code SharedData.require}).
 */
public class GoldSetQualityTest {

    // eval + seeds measured (extract2 branch): F1 0.996, precision 1.000, recall 0.993, kind 1.000, year 0.949,
    // strict F1 0.982, metric-close 0.950.
    // Floors sit slightly below.
    static final double MIN_F1 = 0.98;
    static final double MIN_PRECISION = 0.97;
    static final double MIN_KIND = 0.96;
    static final double MIN_YEAR = 0.92;
    static final double MIN_METRIC_CLOSE = 0.94;

    // eval2 measured with OCR spacing told from PDF columns (extract2 branch): F1 0.969, precision 0.973,
    // recall 0.964, kind 0.969, year 0.979, strict F1 0.929, metric-close 0.928; metric names by grammar
    // (extract3 branch: coordinations, shared heads, follow-up clauses, section industries) raised metric-close to 0.966.
    // extract4 branch (held-out phrasings): kind 0.973, strict F1 0.932; F1, precision, year, metric-close unchanged.
    // extract5 branch (second held-out batch): kind 0.976, strict F1 0.936; the kind floor rises to 0.97.
    static final double MIN_F1_EVAL2 = 0.955;
    static final double MIN_PRECISION_EVAL2 = 0.96;
    static final double MIN_KIND_EVAL2 = 0.97;
    static final double MIN_YEAR_EVAL2 = 0.96;
    static final double MIN_METRIC_CLOSE_EVAL2 = 0.955;

    record Row(String doc, String metric, double value, String unit, String kind, Integer year, boolean unsure) {
    }

    @Test
    void extractionMeetsTheMeasuredFloor() throws IOException {
        Score s = measure("eval/gold-indicators.jsonl", "seeds", "eval/docs");
        assertThat(s.f1()).as("F1").isGreaterThanOrEqualTo(MIN_F1);
        assertThat(s.precision()).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(s.kind()).as("kind accuracy").isGreaterThanOrEqualTo(MIN_KIND);
        assertThat(s.year()).as("year accuracy").isGreaterThanOrEqualTo(MIN_YEAR);
        assertThat(s.metricClose()).as("metric-close").isGreaterThanOrEqualTo(MIN_METRIC_CLOSE);
    }

    @Test
    void secondSetMeetsItsMeasuredFloor() throws IOException {
        Score s = measure("eval2/gold-indicators.jsonl", "eval2/docs");
        assertThat(s.f1()).as("eval2 F1").isGreaterThanOrEqualTo(MIN_F1_EVAL2);
        assertThat(s.precision()).as("eval2 precision").isGreaterThanOrEqualTo(MIN_PRECISION_EVAL2);
        assertThat(s.kind()).as("eval2 kind accuracy").isGreaterThanOrEqualTo(MIN_KIND_EVAL2);
        assertThat(s.year()).as("eval2 year accuracy").isGreaterThanOrEqualTo(MIN_YEAR_EVAL2);
        assertThat(s.metricClose()).as("eval2 metric-close").isGreaterThanOrEqualTo(MIN_METRIC_CLOSE_EVAL2);
    }

    private static Score measure(String goldFile, String... docDirs) throws IOException {
        Path shared = SharedData.dir();
        Path gold = SharedData.require(goldFile);
        List<Row> goldRows = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                Map<String, Object> o = MiniJson.parseObject(line);
                goldRows.add(new Row(docKey((String) o.get("doc")), (String) o.get("metric"),
                        ((Number) o.get("value")).doubleValue(), (String) o.get("unit"), (String) o.get("kind"),
                        o.get("year") == null ? null : ((Number) o.get("year")).intValue(), Boolean.TRUE.equals(o.get("unsure"))));
            }
        }
        List<Path> files = new ArrayList<>();
        for (String dir : docDirs) {
            try (Stream<Path> s = Files.list(shared.resolve(dir))) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        List<Row> pred = new ArrayList<>();
        DocumentAnalyzer analyzer = DocumentAnalyzer.standard();
        for (Path f : files) {
            DocumentAnalysis a = analyzer.analyze(Files.readAllBytes(f), f.getFileName().toString(), AnalysisHints.none());
            for (Indicator i : a.indicators()) {
                pred.add(new Row(f.getFileName().toString(), i.metric(), i.value().doubleValue(), i.unit(), i.kind(), i.year(), false));
            }
        }
        Score s = score(goldRows, pred);
        System.out.printf("gold-set quality (%s): precision %.3f recall %.3f F1 %.3f kind %.3f year %.3f metric-close %.3f (tp=%d fp=%d fn=%d)%n",
                goldFile, s.precision(), s.recall(), s.f1(), s.kind(), s.year(), s.metricClose(), s.tp, s.fp, s.fn);
        return s;
    }

    static final class Score {
        int tp, fp, fn, kindOk, yearOk, yearN, metricClose;

        /** Share of matches whose name has bigram Dice >= 0.7 with the gold name (score.py's metric-close). */
        double metricClose() {
            return tp == 0 ? 0 : (double) metricClose / tp;
        }

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double kind() {
            return tp == 0 ? 0 : (double) kindOk / tp;
        }

        double year() {
            return yearN == 0 ? 0 : (double) yearOk / yearN;
        }
    }

    /** Same matching as score.py: same doc, equal canonical value and base unit, metric similarity >= 0.34. */
    static Score score(List<Row> gold, List<Row> pred) {
        Map<String, List<Row>> g = new HashMap<>(), p = new HashMap<>();
        gold.forEach(r -> g.computeIfAbsent(r.doc(), k -> new ArrayList<>()).add(r));
        pred.forEach(r -> p.computeIfAbsent(r.doc(), k -> new ArrayList<>()).add(r));
        Set<String> docs = new HashSet<>(g.keySet());
        docs.addAll(p.keySet());
        Score s = new Score();
        for (String d : docs) {
            List<Row> gs = g.getOrDefault(d, List.of()), ps = p.getOrDefault(d, List.of());
            List<double[]> cands = new ArrayList<>();
            for (int i = 0; i < gs.size(); i++) {
                Object[] gv = canon(gs.get(i).value(), gs.get(i).unit());
                for (int j = 0; j < ps.size(); j++) {
                    Object[] pv = canon(ps.get(j).value(), ps.get(j).unit());
                    double a = (double) gv[0], b = (double) pv[0];
                    if (!pv[1].equals(gv[1]) || Math.abs(a - b) > 1e-6 * Math.max(1.0, Math.abs(a))) {
                        continue;
                    }
                    double sim = sim(gs.get(i).metric(), ps.get(j).metric());
                    if (sim >= 0.34) {
                        cands.add(new double[] {sim, i, j});
                    }
                }
            }
            // Python sorts (sim, i, j) tuples descending.
            cands.sort((x, y) -> {
                for (int k = 0; k < 3; k++) {
                    int c = Double.compare(y[k], x[k]);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            });
            Set<Integer> gi = new HashSet<>(), pj = new HashSet<>();
            for (double[] c : cands) {
                int i = (int) c[1], j = (int) c[2];
                if (gi.contains(i) || pj.contains(j)) {
                    continue;
                }
                gi.add(i);
                pj.add(j);
                Row gr = gs.get(i), pr = ps.get(j);
                if (gr.unsure()) {
                    continue;
                }
                s.tp++;
                if (dice(gr.metric(), pr.metric()) >= 0.7) {
                    s.metricClose++;
                }
                if (gr.kind() != null && gr.kind().equals(pr.kind())) {
                    s.kindOk++;
                }
                if (gr.year() != null) {
                    s.yearN++;
                    if (gr.year().equals(pr.year())) {
                        s.yearOk++;
                    }
                }
            }
            for (int i = 0; i < gs.size(); i++) {
                if (!gi.contains(i) && !gs.get(i).unsure()) {
                    s.fn++;
                }
            }
            s.fp += ps.size() - pj.size();
        }
        return s;
    }

    static Object[] canon(double value, String unit) {
        String u = nfkc(unit == null ? "" : unit).strip().replace(" ", "");
        if (Set.of("%", "个百分点", "百分点", "‰").contains(u)) {
            return new Object[] {value, u};
        }
        double m = 1;
        boolean again = true;
        while (again && u.length() > 1) {
            again = false;
            for (String[] pf : new String[][] {{"亿", "1e8"}, {"万", "1e4"}, {"千", "1e3"}, {"百", "1e2"}}) {
                if (u.startsWith(pf[0])) {
                    m *= Double.parseDouble(pf[1]);
                    u = u.substring(1);
                    again = true;
                    break;
                }
            }
        }
        return new Object[] {value * m, u};
    }

    static double sim(String a, String b) {
        a = nfkc(a == null ? "" : a);
        b = nfkc(b == null ? "" : b);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.contains(b) || b.contains(a)) {
            return 1;
        }
        Set<String> x = bigrams(a), y = bigrams(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    /** Bigram Dice without score.py's containment shortcut: how close a name is, not whether it matches. */
    public static double dice(String a, String b) {
        Set<String> x = bigrams(nfkc(a == null ? "" : a)), y = bigrams(nfkc(b == null ? "" : b));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        if (out.isEmpty()) {
            out.add(s);
        }
        return out;
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    private static String docKey(String d) {
        return d.substring(d.lastIndexOf('/') + 1);
    }

}
