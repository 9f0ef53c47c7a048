package org.plantrack.targetservice.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.plantrack.targetservice.domain.MetricSynonym;
import org.plantrack.targetservice.repository.SynonymRepository;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a metric as written to its canonical name using the synonym table. Lookups try the name as written, then
 * without a scope prefix (全市…) and without a counting suffix (…数量, …数), so 全市高新技术企业数量 finds the row of
 * 高新技术企业. A row restricted to a region level wins over an unrestricted one for documents of that level.
 * The table is cached and re-read at most every few seconds (other instances may add rows).
 */
@ApplicationScoped
public class MetricNormalizer {

    private static final List<String> SCOPE_PREFIXES = List.of("全市", "全省", "全区", "全县", "全州", "我市", "我省",
            "我区", "我县");
    private static final List<String> COUNT_SUFFIXES = List.of("数量", "总数", "个数", "数");
    private static final long REFRESH_MS = 10_000;

    private final SynonymRepository synonyms;
    private volatile Map<String, List<MetricSynonym>> byVariant = Map.of();
    private volatile long loadedAt;

    public MetricNormalizer(SynonymRepository synonyms) {
        this.synonyms = synonyms;
    }

    /** The canonical metric; must run inside a transaction (it may read the table). */
    public String canonical(String metric, String regionLevel) {
        if (metric == null || metric.isBlank()) {
            return "未命名指标";
        }
        refreshIfStale();
        String cleaned = clean(metric);
        for (String candidate : candidates(cleaned)) {
            String found = lookup(candidate, regionLevel);
            if (found != null) {
                return found;
            }
        }
        return stripSuffix(stripPrefix(cleaned), "数量");
    }

    public void invalidate() {
        loadedAt = 0;
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static String clean(String metric) {
        return Normalizer.normalize(metric, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static List<String> candidates(String cleaned) {
        List<String> out = new ArrayList<>();
        for (String base : List.of(cleaned, stripPrefix(cleaned))) {
            out.add(base);
            for (String suffix : COUNT_SUFFIXES) {
                String stripped = stripSuffix(base, suffix);
                if (!stripped.equals(base)) {
                    out.add(stripped);
                }
            }
        }
        return out;
    }

    private static String stripPrefix(String s) {
        for (String p : SCOPE_PREFIXES) {
            if (s.startsWith(p) && s.length() - p.length() >= 2) {
                return s.substring(p.length());
            }
        }
        return s;
    }

    private static String stripSuffix(String s, String suffix) {
        return s.endsWith(suffix) && s.length() - suffix.length() >= 2 ? s.substring(0, s.length() - suffix.length()) : s;
    }

    private String lookup(String variant, String regionLevel) {
        List<MetricSynonym> rows = byVariant.get(key(variant));
        if (rows == null) {
            return null;
        }
        String unrestricted = null;
        for (MetricSynonym row : rows) {
            if (row.regionLevel == null) {
                unrestricted = row.canonical;
            } else if (row.regionLevel.equalsIgnoreCase(regionLevel == null ? "" : regionLevel)) {
                return row.canonical;
            }
        }
        return unrestricted;
    }

    private void refreshIfStale() {
        long now = System.currentTimeMillis();
        if (now - loadedAt < REFRESH_MS) {
            return;
        }
        Map<String, List<MetricSynonym>> map = new HashMap<>();
        for (MetricSynonym s : synonyms.inVersionOrder()) {
            map.computeIfAbsent(key(s.variant), k -> new ArrayList<>()).add(s);
        }
        byVariant = map;
        loadedAt = now;
    }
}
