package org.plantrack.catalogue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a metric phrase to a catalogue indicator in three stages: an exact name or variant (after surface
 * normalisation), then the normalised key (scope words such as 全市/年末/总量 removed, and a leading place name when
 * the rest then names an indicator), then a similarity fallback. Below {@link #SIMILARITY_THRESHOLD} the phrase
 * stays a free metric. Immutable and thread-safe.
 */
public final class MetricResolver {

    /** Dice similarity of the keys below which the phrase stays a free metric. */
    public static final double SIMILARITY_THRESHOLD = 0.8;
    static final double NORMALISED_CONFIDENCE = 0.95;
    static final double PLACE_STRIPPED_CONFIDENCE = 0.9;

    /**
     * Words that make two phrases name different indicators however alike the rest is: per-capita and per-unit
     * forms, shares, rates and changes, the sector, the population group, the kind of money flow, the product.
     * The similarity stage accepts a match only when both sides contain the same of these.
     */
    private static final List<String> DISCRIMINATING = List.of(
            "人均", "每", "单位", "万元", "占", "比重", "占比", "率", "增长", "增速", "降低", "下降", "新增", "城镇", "农村",
            "城乡", "城市", "规模以上", "增加值", "产值", "收入", "支出", "投资", "消费", "出口", "进口", "进出口", "第一", "第二", "第三",
            "工业", "制造业", "建筑", "高技术", "高新", "战略", "数字", "核心", "户籍", "常住", "企业", "平台", "项目", "面积",
            "产量", "贡献", "养老", "医疗", "失业", "就业", "药品", "食品", "小学", "初中", "高中", "学前", "高等", "义务",
            "森林", "湿地", "草原", "公路", "高速", "铁路", "高铁", "出生", "死亡", "全员", "服务", "外资", "外汇", "国内",
            "旅游", "利润", "能耗", "碳", "用水", "浓度", "天数", "老人", "老年", "医师", "床位", "专利", "发明", "人员",
            "人才", "农田", "粮食", "能源", "用电", "发电", "供水", "污水", "水质", "水体", "供气", "燃气", "供热", "贸易", "对外", "民营", "非公", "存款", "贷款", "税",
            "财政", "预算", "一般", "价格", "指数", "学位", "幼儿", "国家", "省级", "市级");

    private final IndicatorCatalogue catalogue;
    private final PhraseNormalizer normalizer;
    private final PlaceNames places;
    // built by the public constructor and never changed after it, so resolvers with more places share them
    private final Map<String, CatalogueIndicator> bySurface;
    private final Map<String, CatalogueIndicator> byKey;
    private final List<String> clashes;
    /** Every key with its bigrams, for the similarity stage. */
    private final List<KeyGrams> keyGrams;
    /** Resolutions per (phrase, region) of {@link #resolve(String, String)}; made at its first call. */
    private volatile Cache<InRegion, Resolution> inRegion;

    /** Enough for every (metric, region) of many documents; least recently used go first beyond it. */
    private static final int CACHED_RESOLUTIONS = 20_000;

    private record InRegion(String phrase, String region) {
    }

    private record KeyGrams(String key, long[] grams, CatalogueIndicator indicator) {
    }

    public MetricResolver(IndicatorCatalogue catalogue, PlaceNames places) {
        this.catalogue = catalogue;
        this.places = places;
        Set<String> unitNames = new HashSet<>();
        for (CatalogueIndicator i : catalogue.all()) {
            if (i.unit() != null) {
                unitNames.add(i.unit());
            }
        }
        unitNames.addAll(catalogue.units().names());
        this.normalizer = new PhraseNormalizer(unitNames);
        this.bySurface = new HashMap<>();
        this.byKey = new HashMap<>();
        this.clashes = new java.util.ArrayList<>();
        this.keyGrams = new java.util.ArrayList<>();
        // names first, then variants, in file order: a wording two indicators share keeps its first owner
        for (CatalogueIndicator i : catalogue.all()) {
            index(i.name(), i);
        }
        for (CatalogueIndicator i : catalogue.all()) {
            for (String v : i.variants()) {
                index(v, i);
            }
        }
        for (Map.Entry<String, CatalogueIndicator> e : byKey.entrySet()) {
            keyGrams.add(new KeyGrams(e.getKey(), BigramSimilarity.grams(e.getKey()), e.getValue()));
        }
        keyGrams.sort(java.util.Comparator.comparing(KeyGrams::key)); // ties go the same way on every run
    }

    /** The standard catalogue with province names and suffixed division names as places. */
    public static MetricResolver standard() {
        return new MetricResolver(IndicatorCatalogue.standard(), PlaceNames.administrative());
    }

    /** Shares the other's (immutable) index: adding places per document costs nothing but the lambda. */
    private MetricResolver(MetricResolver other, PlaceNames places) {
        this.catalogue = other.catalogue;
        this.normalizer = other.normalizer;
        this.places = places;
        this.bySurface = other.bySurface;
        this.byKey = other.byKey;
        this.clashes = other.clashes;
        this.keyGrams = other.keyGrams;
    }

    /** This resolver with more place names (a dictionary, or the region of the document at hand). */
    public MetricResolver withPlaces(PlaceNames more) {
        return new MetricResolver(this, places.or(more));
    }

    /**
     * This resolver for the indicators of a document about {@code region}: the region's name, with and without its
     * division suffix (太原市 and 太原), counts as a place, so that 太原GDP resolves even where no dictionary knows 太原.
     * A null or one-character region changes nothing.
     */
    public MetricResolver withRegion(String region) {
        if (region == null || region.length() < 2) {
            return this;
        }
        List<String> names = new ArrayList<>(List.of(region));
        for (String suffix : PlaceNames.DIVISION_SUFFIXES) {
            if (region.endsWith(suffix) && region.length() - suffix.length() >= 2) {
                names.add(region.substring(0, region.length() - suffix.length()));
                break;
            }
        }
        return withPlaces(PlaceNames.of(names));
    }

    /**
     * {@code withRegion(region).resolve(phrase)}, cached per (phrase, region). Resolving compares a phrase that is no
     * known wording with every catalogue key (bigram Dice); the services resolve the same few hundred metrics of the
     * same regions with every document (4.5 % of nlp-service's CPU and 9 % of target-service's in the load benchmark
     * before this cache). Safe because a resolution is a pure function of the phrase, the region and this resolver's
     * catalogue and place names, which never change after construction; bounded, so metrics written in endless ways
     * cannot fill the heap. Thread-safe.
     */
    public Resolution resolve(String phrase, String region) {
        Cache<InRegion, Resolution> cache = inRegion;
        if (cache == null) {
            synchronized (this) {
                cache = inRegion;
                if (cache == null) {
                    cache = Caffeine.newBuilder().maximumSize(CACHED_RESOLUTIONS).build();
                    inRegion = cache;
                }
            }
        }
        return cache.get(new InRegion(phrase, region), k -> withRegion(k.region()).resolve(k.phrase()));
    }

    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    private void index(String wording, CatalogueIndicator i) {
        String surface = normalizer.surface(wording);
        String key = normalizer.withoutScope(surface);
        CatalogueIndicator before = byKey.putIfAbsent(key, i);
        if (before != null && before != i) {
            clashes.add(wording + " (" + i.id() + ") = " + key + " (" + before.id() + ")");
        }
        bySurface.putIfAbsent(surface, i);
    }

    /**
     * Wordings of one indicator that normalise to the key of another; the catalogue's own test requires none, since
     * the first owner would silently win.
     */
    public List<String> clashes() {
        return List.copyOf(clashes);
    }

    public Resolution resolve(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return new Resolution(phrase, null, 0.0, Resolution.Match.NONE);
        }
        String surface = normalizer.surface(phrase);
        CatalogueIndicator hit = bySurface.get(surface);
        if (hit != null) {
            return new Resolution(phrase, hit, 1.0, Resolution.Match.EXACT);
        }
        String key = normalizer.withoutScope(surface);
        hit = byKey.get(key);
        if (hit != null) {
            return new Resolution(phrase, hit, NORMALISED_CONFIDENCE, Resolution.Match.NORMALISED);
        }
        String rest = withoutLeadingPlaces(key);
        if (!rest.equals(key)) {
            hit = byKey.get(normalizer.withoutScope(rest));
            if (hit != null) {
                return new Resolution(phrase, hit, PLACE_STRIPPED_CONFIDENCE, Resolution.Match.NORMALISED);
            }
            key = normalizer.withoutScope(rest);
        }
        return similar(phrase, key);
    }

    /**
     * The phrase without up to two leading place names (湖南长沙), or unchanged when none opens it. A word that is
     * itself a discriminating word (城镇, 农村, 城市) is not taken for a place even where a dictionary tags it so:
     * 城镇居民人均可支配收入 is not the 居民人均可支配收入 of a place called 城镇.
     */
    private String withoutLeadingPlaces(String s) {
        for (int round = 0; round < 2; round++) {
            int n = places.leadingPlaceLength(s);
            if (n <= 0 || n >= s.length() || DISCRIMINATING.contains(s.substring(0, n))) {
                break;
            }
            s = normalizer.withoutScope(s.substring(n));
        }
        return s;
    }

    /**
     * The most similar key that differs in no discriminating word and does not merely end the phrase. The nearest
     * key overall may be barred (城市空气质量优良天数比率 is nearest to 空气质量优良天数比率, which lacks 城市) while a
     * slightly less similar one is the right indicator (地级及以上城市空气质量优良天数比率), so barred keys do not stop
     * the search. Words before a whole indicator name narrow it (帮扶规模以上工业企业), so when the phrase ends with a
     * key, only a key that also has those leading words can match.
     */
    private Resolution similar(String phrase, String key) {
        List<String> leadingQualifiers = new ArrayList<>(1);
        for (KeyGrams k : keyGrams) {
            if (qualifiedByLeadingWords(key, k.key())) {
                leadingQualifiers.add(key.substring(0, key.length() - k.key().length()));
            }
        }
        CatalogueIndicator best = null;
        double bestScore = 0.0;
        double nearest = 0.0;
        long[] grams = BigramSimilarity.grams(key);
        for (KeyGrams k : keyGrams) {
            if (BigramSimilarity.bound(grams, k.grams()) <= bestScore) {
                continue;
            }
            double d = BigramSimilarity.dice(grams, k.grams());
            nearest = Math.max(nearest, d);
            if (d > bestScore && d >= SIMILARITY_THRESHOLD && sameDiscriminators(key, k.key())
                    && leadingQualifiers.stream().allMatch(k.key()::contains)) {
                bestScore = d;
                best = k.indicator();
            }
        }
        if (best != null) {
            return new Resolution(phrase, best, bestScore, Resolution.Match.SIMILAR);
        }
        return new Resolution(phrase, null, nearest, Resolution.Match.NONE);
    }

    /**
     * 选聘建档立卡贫困人口 is not 建档立卡贫困人口, nor 咨询诊断规模以上工业企业 规模以上工业企业: words before a whole
     * indicator name narrow it to something else (a place before it has been removed already).
     */
    static boolean qualifiedByLeadingWords(String phrase, String indicatorKey) {
        return phrase.length() >= indicatorKey.length() + 2 && phrase.endsWith(indicatorKey);
    }

    static boolean sameDiscriminators(String a, String b) {
        for (String w : DISCRIMINATING) {
            if (a.contains(w) != b.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
