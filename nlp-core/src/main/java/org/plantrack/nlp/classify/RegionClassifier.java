package org.plantrack.nlp.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plantrack.regions.Region;
import org.plantrack.regions.RegionLevel;
import org.plantrack.regions.RegionResolution;
import org.plantrack.regions.RegionResolver;
import org.plantrack.regions.ShortNames;

/**
 * The region a document is about, with its GB/T 2260 code, level and parent: the name {@link RegionNameFinder} reads
 * in the title and opening, resolved by the region registry with the opening as context and the level the text shows
 * (全市 → city) to pick among namesakes. A name the registry does not resolve (a place outside it, namesakes the text
 * does not decide) is kept as written, without a code, and flagged. A document about a city that names mostly its
 * province (视察山西 in a 太原 editorial) is moved to the city of that province the text names most.
 */
public final class RegionClassifier {

    /** @param ambiguous the name has namesakes the text does not decide between */
    public record RegionFacts(String name, String level, String code, String parentCode, boolean ambiguous) {

        static final RegionFacts NONE = new RegionFacts(null, null, null, null, false);
    }

    /** How much of the text is searched for the city of a province-named document. */
    private static final int CHILD_REACH = 3000;

    private final RegionResolver resolver;

    public RegionClassifier(RegionResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @param hint a region given with the document (upload metadata), or null
     */
    public RegionFacts classify(String title, String head, String text, String hint) {
        return classify(title, head, text, hint, List.of());
    }

    /**
     * @param removedLines page metadata lines cleaning removed: a 来源 line naming a local body names the region of a
     *                     text that says only 我市 / 全县
     */
    public RegionFacts classify(String title, String head, String text, String hint, List<String> removedLines) {
        String t = title == null ? "" : title;
        String scope = t + "\n" + head;
        RegionLevel shown = LevelWords.shown(scope);
        String name = hint;
        String guessedLevel = null;
        if (name == null) {
            Region chained = titleChain(t);
            if (chained != null) {
                return of(chained);
            }
        }
        if (name == null) {
            String[] found = RegionNameFinder.region(t, head);
            name = found[0];
            guessedLevel = found[1];
        } else {
            guessedLevel = RegionNameFinder.levelOf(name);
        }
        if (name == null && shown != null) {
            RegionFacts source = fromSource(RegionNameFinder.sourceBody(removedLines), scope, shown);
            if (source != null) {
                return source;
            }
        }
        if (name == null) {
            // 全市 / 全县 show the level even when the text never names the place (anonymised, excerpt)
            return new RegionFacts(null, shown == null ? null : shown.label(), null, null, false);
        }
        RegionResolution r = resolve(name, scope, shown);
        if (!r.resolved()) {
            return new RegionFacts(name, guessedLevel, null, null, r.ambiguous());
        }
        Region region = r.region();
        if (region.level() == RegionLevel.PROVINCE && (shown == RegionLevel.CITY || shown == RegionLevel.COUNTY)) {
            Region child = mostNamedWithin(region, shown, text.substring(0, Math.min(text.length(), CHILD_REACH)));
            if (child != null) {
                region = child;
            }
        }
        return of(region);
    }

    /** How far into the title a chain of names (西安市鄠邑区) is looked for. */
    private static final int CHAIN_REACH = 16;

    /**
     * The division a title opens with when it writes it after its parents (西安市鄠邑区农业农村规划, 四川省绵阳市…):
     * the registry decides, so a district HanLP does not know as a place is still found; the longest such chain
     * wins. A title that opens with one full registry name alone (宁乡市推进…方案) names it too. Null when the title
     * does not open with one.
     */
    private Region titleChain(String title) {
        for (int k = Math.min(title.length(), CHAIN_REACH); k >= 3; k--) {
            String s = title.substring(0, k);
            if ("市县区旗".indexOf(s.charAt(k - 1)) < 0) {
                continue;
            }
            RegionResolution r = resolver.resolve(s, title, null);
            if (r.resolved() && r.region().level() != RegionLevel.PROVINCE
                    && (k >= 5 && s.length() > r.region().name().length() && s.endsWith(r.region().name())
                            || s.equals(r.region().name()))) {
                return r.region();
            }
        }
        return null;
    }

    /** The source body's region when it is of the level the text shows (我市 and 来源：宜宾市人民政府). */
    private RegionFacts fromSource(String name, String scope, RegionLevel shown) {
        if (name == null) {
            return null;
        }
        RegionResolution r = resolve(name, scope, shown);
        if (r.resolved()) {
            return r.region().level() == shown ? of(r.region()) : null;
        }
        return RegionNameFinder.levelOf(name).equals(shown.label())
                ? new RegionFacts(name, shown.label(), null, null, r.ambiguous()) : null;
    }

    private RegionFacts of(Region region) {
        return new RegionFacts(region.name(), region.level().label(), region.code(), region.parentCode(), false);
    }

    /** The name as written; failing that its short form at the level its suffix shows (巍山县 → 巍山彝族回族自治县). */
    private RegionResolution resolve(String name, String context, RegionLevel shown) {
        RegionResolution r = resolver.resolve(name, context, shown);
        if (r.resolved() || !r.candidates().isEmpty()) {
            return r;
        }
        String shortName = ShortNames.of(name);
        RegionLevel suffixLevel = RegionNameFinder.levelOf(name).equals("county") ? RegionLevel.COUNTY : null;
        if (shortName == null && name.length() >= 3 && name.endsWith("州") && !name.endsWith("自治州")) {
            // 大理州, 恩施州: an autonomous prefecture written with 州 alone; its short name at the prefecture level
            shortName = name.substring(0, name.length() - 1);
            suffixLevel = RegionLevel.CITY;
        }
        if (shortName == null) {
            return r;
        }
        RegionResolution s = resolver.resolve(shortName, context, suffixLevel == RegionLevel.CITY ? RegionLevel.CITY : shown);
        if (s.resolved() && (suffixLevel == null || s.region().level() == suffixLevel)) {
            return s;
        }
        if (suffixLevel != null) {
            // the short name also names a province (海南州: 海南省 and 海南藏族自治州); the suffix says which one
            RegionLevel level = suffixLevel;
            List<Region> atLevel = s.candidates().stream().filter(c -> c.level() == level).toList();
            if (atLevel.size() == 1) {
                return new RegionResolution(name, atLevel.get(0), atLevel);
            }
        }
        return r;
    }

    /** The division of the given level inside the province that the text names most often, by full or short name. */
    private Region mostNamedWithin(Region province, RegionLevel level, String text) {
        Map<Region, Integer> counts = new HashMap<>();
        for (Region r : resolver.registry().all()) {
            if (r.level() != level || !resolver.registry().within(r, province)) {
                continue;
            }
            int n = 0;
            for (String form : RegionResolver.namesOf(r)) {
                n = Math.max(n, occurrences(text, form));
            }
            if (n > 0) {
                counts.put(r, n);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }
}
