package org.plantrack.nlp.extract;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.CjkChars;

/**
 * Drops the document's own region from the front of a metric (太原人口 in a 太原市 report → 人口): in a text about
 * one region the region is the document's, not part of what is measured. A text that names indicators of other
 * places as well (长沙…，武汉…; a table of cities) keeps every region, since there it tells the values apart
 * (GUIDELINES second round 10).
 */
public final class OwnRegionPrefix {

    /** Administrative suffixes whose removal gives the short name a text uses (太原市 → 太原, 云南省 → 云南). */
    private static final Pattern SUFFIX = Pattern.compile("(?:壮族|回族|维吾尔)?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)$");
    /** A place name with its administrative suffix at the front of a metric (南昌市GDP, 湖南省数字经济). */
    private static final Pattern SUFFIXED_PLACE = Pattern.compile("^[" + CjkChars.HAN_CLASS + "]{2,4}?(?:省|市|县)");
    /** The country is where every region lies, not another region. */
    private static final Pattern NATION = Pattern.compile("中国|全国|我国");

    private final String full;
    private final String shortName;

    private OwnRegionPrefix(String full) {
        this.full = full;
        String s = SUFFIX.matcher(full).replaceFirst("");
        this.shortName = s.length() >= 2 ? s : full;
    }

    /** The rule for a document about {@code region}, or null when the region is unknown or the whole country. */
    public static OwnRegionPrefix of(String region) {
        if (region == null || region.length() < 2 || region.equals("全国") || region.equals("中国")) {
            return null;
        }
        return new OwnRegionPrefix(region);
    }

    /**
     * Whether metrics open with a place other than the document's region, at least twice the same one: then the
     * regions tell the values apart. Once is a landmark or a project, not a compared region. A place counts when
     * some metric writes it as a region with its suffix (武汉市GDP, then also 武汉数字经济); the dictionary alone
     * also tags common words (城镇, 滨河) as places.
     */
    public boolean namesOtherPlaces(List<String> metrics) {
        Set<String> regions = new HashSet<>();
        for (String m : metrics) {
            String stem = suffixedPlace(m);
            if (stem != null) {
                regions.add(stem);
            }
        }
        regions.removeIf(r -> full.startsWith(r) || r.startsWith(shortName));
        Map<String, Integer> seen = new HashMap<>();
        for (String m : metrics) {
            for (String r : regions) {
                if (m != null && m.startsWith(r) && seen.merge(r, 1, Integer::sum) >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The stem of a region named with its suffix at the front of a metric (南昌市GDP → 南昌), or null. */
    private static String suffixedPlace(String metric) {
        if (metric == null) {
            return null;
        }
        Matcher p = SUFFIXED_PLACE.matcher(metric);
        if (p.find()) {
            String stem = p.group().substring(0, p.group().length() - 1);
            return !NATION.matcher(stem).matches() && isPlace(stem) ? stem : null;
        }
        return null;
    }

    /** The metric without the document's region in front, when at least a two-character name remains. */
    public String strip(String metric) {
        for (String name : new String[] {full, shortName}) {
            if (metric.startsWith(name) && metric.length() - name.length() >= 2) {
                String rest = metric.substring(name.length());
                return rest.startsWith("的") ? rest.substring(1) : rest;
            }
        }
        return metric;
    }

    private static boolean isPlace(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n != null && n.toString().startsWith("ns")) {
                return true;
            }
        }
        return false;
    }
}
