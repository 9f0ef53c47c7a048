package org.plantrack.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.SharedData;

/**
 * Keeps document metadata from regressing: analyses ../shared/seeds with ../shared/eval/docs, and
 * ../shared/eval2/docs, scores title, genre, region, level, plan period and date against each set's
 * document-metadata.jsonl with the rules of score_meta.py, and fails below the floors measured when this test was
 * last tightened. The analyzer's values are already in canonical form (十四五, city, ISO dates), so only the gold side
 * is normalised. Skipped when ../shared is missing, except under CI=true ({@code SharedData.require}).
 */
class MetadataQualityTest {

    // measured (meta2 branch, equal to score_meta.py): eval+seeds mean 0.990 (region_level 0.941: 04_linxiang shows
    // 全市 but is a county-level city; every other field 1.000); eval2 mean 0.986 (title 0.917: 17_jiangsu's title runs
    // into its table; every other field 1.000). Floors sit just below.
    static final double MIN_MEAN = 0.99;
    static final double MIN_MEAN_EVAL2 = 0.985;

    private static final String QUOTES = "\"'“”‘’「」『』《》〈〉〝〞＂＇`";
    private static final List<String> NATIONAL = List.of("全国", "中国", "我国", "中华人民共和国", "国家");
    private static final Pattern AUTONOMY = Pattern.compile(
            "(?:(?:维吾尔|哈萨克|柯尔克孜|塔吉克|达斡尔|鄂温克|鄂伦春|蒙古|朝鲜|土家|哈尼|傈僳|拉祜|景颇|纳西|东乡|仫佬|仡佬|毛南"
            + "|布依|布朗|撒拉|锡伯|普米|保安|裕固|独龙|赫哲|门巴|珞巴|基诺|壮|回|藏|彝|苗|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京|满|各)族"
            + "|维吾尔)*自治(?:区|州|县|旗)$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:\\s*[-/.年]\\s*(\\d{1,2})(?:\\s*[-/.月]\\s*(\\d{1,2}))?)?");
    private static final List<String> FIELDS = List.of("title", "genre", "region", "region_level", "plan_period", "date");

    @Test
    void firstSetMeetsItsMeasuredFloor() throws IOException {
        assertThat(measure("eval/document-metadata.jsonl", "seeds", "eval/docs")).as("eval+seeds metadata mean")
                .isGreaterThanOrEqualTo(MIN_MEAN);
    }

    @Test
    void secondSetMeetsItsMeasuredFloor() throws IOException {
        assertThat(measure("eval2/document-metadata.jsonl", "eval2/docs")).as("eval2 metadata mean")
                .isGreaterThanOrEqualTo(MIN_MEAN_EVAL2);
    }

    private static double measure(String goldFile, String... docDirs) throws IOException {
        Path shared = SharedData.dir();
        Path goldPath = SharedData.require(goldFile);
        Map<String, Map<String, Object>> gold = new LinkedHashMap<>();
        for (String line : Files.readAllLines(goldPath, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                Map<String, Object> o = MiniJson.parseObject(line);
                gold.put((String) o.get("doc"), o);
            }
        }
        Map<String, Integer> right = new LinkedHashMap<>();
        FIELDS.forEach(f -> right.put(f, 0));
        List<String> misses = new ArrayList<>();
        DocumentAnalyzer analyzer = DocumentAnalyzer.standard();
        for (String dir : docDirs) {
            List<Path> files;
            try (Stream<Path> s = Files.list(shared.resolve(dir))) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                Map<String, Object> g = gold.get(f.getFileName().toString());
                if (g == null) {
                    continue;
                }
                DocumentAnalysis a = analyzer.analyze(Files.readAllBytes(f), f.getFileName().toString(), AnalysisHints.none());
                Classification c = a.classification();
                Map<String, Boolean> ok = new HashMap<>();
                ok.put("title", titleOk(g, a.structure().title()));
                ok.put("genre", alternatives(g, "genre").contains(c.genre()));
                ok.put("region", regionOk(g, c.region(), c.regionLevel()));
                ok.put("region_level", alternatives(g, "region_level").contains(c.regionLevel()));
                ok.put("plan_period", alternatives(g, "plan_period").contains(c.planPeriod()));
                ok.put("date", dateOk(g, c.documentDate()));
                for (String field : FIELDS) {
                    if (ok.get(field)) {
                        right.merge(field, 1, Integer::sum);
                    } else {
                        misses.add(g.get("doc") + " " + field);
                    }
                }
            }
        }
        double mean = 0;
        StringBuilder report = new StringBuilder("metadata quality (" + goldFile + "):");
        for (String field : FIELDS) {
            double acc = (double) right.get(field) / gold.size();
            mean += acc / FIELDS.size();
            report.append(String.format(" %s %.3f", field, acc));
        }
        System.out.printf("%s mean %.3f; misses %s%n", report, mean, misses);
        return mean;
    }

    /** The main value and its alternatives; null stands for "no value accepted". */
    @SuppressWarnings("unchecked")
    private static List<String> alternatives(Map<String, Object> gold, String field) {
        List<String> all = new ArrayList<>();
        all.add((String) gold.get(field));
        Object alts = gold.get(field + "_alternatives");
        if (alts != null) {
            all.addAll((List<String>) alts);
        }
        return all;
    }

    private static boolean titleOk(Map<String, Object> gold, String predicted) {
        String p = predicted == null || predicted.isBlank() ? null : normal(predicted);
        for (String g : alternatives(gold, "title")) {
            if (g == null ? p == null : p != null && (normal(g).equals(p) || dice(normal(g), p) >= 0.8)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static boolean regionOk(Map<String, Object> gold, String predicted, String level) {
        String p = predicted == null || predicted.isBlank() ? null : normal(predicted);
        boolean levelMatches = alternatives(gold, "region_level").contains(level);
        List<String> path = gold.get("region_path") == null ? List.of() : (List<String>) gold.get("region_path");
        for (String g : alternatives(gold, "region")) {
            if (g == null) {
                if (p == null) {
                    return true;
                }
                continue;
            }
            if (p == null || !levelMatches) {
                continue;
            }
            if (g.equals("全国")) {
                if (NATIONAL.contains(p)) {
                    return true;
                }
                continue;
            }
            List<String> forms = new ArrayList<>(List.of(withoutSuffix(g)));
            if (!path.isEmpty() && path.get(path.size() - 1).equals(g)) {
                for (int i = 0; i < path.size() - 1; i++) {
                    forms.add(withoutSuffix(String.join("", path.subList(i, path.size()))));
                }
            }
            if (forms.contains(withoutSuffix(p))) {
                return true;
            }
        }
        return false;
    }

    private static boolean dateOk(Map<String, Object> gold, String predicted) {
        int[] p = parseDate(predicted);
        for (String g : alternatives(gold, "date")) {
            if (g == null) {
                if (p == null) {
                    return true;
                }
                continue;
            }
            int[] gp = parseDate(g);
            if (p != null && gp != null && p.length >= gp.length && java.util.Arrays.equals(p, 0, gp.length, gp, 0, gp.length)) {
                return true;
            }
        }
        return false;
    }

    private static int[] parseDate(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        Matcher m = DATE.matcher(Normalizer.normalize(v, Normalizer.Form.NFKC).strip());
        if (!m.find()) {
            return new int[0];
        }
        List<Integer> parts = new ArrayList<>();
        for (int i = 1; i <= 3 && m.group(i) != null; i++) {
            parts.add(Integer.parseInt(m.group(i)));
        }
        return parts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String withoutSuffix(String s) {
        Matcher m = AUTONOMY.matcher(s);
        if (m.find() && m.start() > 0) {
            return s.substring(0, m.start());
        }
        for (String suffix : List.of("特别行政区", "自治区", "省", "市", "区", "县")) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    private static String normal(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : Normalizer.normalize(s, Normalizer.Form.NFKC).toCharArray()) {
            if (!Character.isWhitespace(c) && QUOTES.indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Character-bigram Dice coefficient with multiplicities, as score_meta.py computes it. */
    private static double dice(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.equals(b) ? 1 : 0;
        }
        Map<String, Integer> x = bigrams(a);
        Map<String, Integer> y = bigrams(b);
        int common = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) {
            common += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }

    private static Map<String, Integer> bigrams(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            m.merge(s.substring(i, i + 2), 1, Integer::sum);
        }
        return m;
    }
}
