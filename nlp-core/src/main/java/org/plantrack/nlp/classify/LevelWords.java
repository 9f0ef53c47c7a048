package org.plantrack.nlp.classify;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.regions.RegionLevel;

/**
 * The level a text shows for its own jurisdiction, whether or not it names it: 全市 / 我市 / 市委 / 市长 → city,
 * 全省 / 省政府 → province, 全县 / 县委 → county. 区 is left out: it is a county-level district or an autonomous
 * region (全区), so it shows no level by itself.
 */
public final class LevelWords {

    private static final Pattern OWN = Pattern.compile(
            "(?:全|我|本)([省市县州旗盟])(?!场)|(?<!城)([省市县])(?:委|政府|长(?![远期足效久]))");

    private LevelWords() {
    }

    /** The level most often shown, or null when none is (or two are shown equally often). */
    public static RegionLevel shown(String text) {
        Map<RegionLevel, Integer> counts = new EnumMap<>(RegionLevel.class);
        Matcher m = OWN.matcher(text);
        while (m.find()) {
            String c = m.group(1) != null ? m.group(1) : m.group(2);
            RegionLevel level = switch (c) {
                case "省" -> RegionLevel.PROVINCE;
                case "市", "州", "盟" -> RegionLevel.CITY;
                default -> RegionLevel.COUNTY;
            };
            counts.merge(level, 1, Integer::sum);
        }
        RegionLevel best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<RegionLevel, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
