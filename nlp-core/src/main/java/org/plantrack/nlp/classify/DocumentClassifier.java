package org.plantrack.nlp.classify;

import java.util.List;
import org.plantrack.nlp.text.LeadCharPattern;
import org.plantrack.regions.RegionResolver;

/**
 * Document metadata of a cleaned document: genre ({@link GenreClassifier}), plan period ({@link PlanPeriodDetector}),
 * region with code, level and parent ({@link RegionClassifier}) and date ({@link DocumentDateFinder}). The title is
 * found by {@link TitleFinder} before classification, since structure needs it too.
 */
public final class DocumentClassifier {

    /**
     * @param regionCode   GB/T 2260 code, or null when the region is unknown to the registry or ambiguous
     * @param regionParent code of the enclosing region, or null
     * @param regionAmbiguous namesakes the text does not decide between (no code then)
     */
    public record Facts(String genre, String planPeriod, String region, String regionLevel, String documentDate,
            String regionCode, String regionParent, boolean regionAmbiguous) {
    }

    private final RegionClassifier regions = new RegionClassifier(RegionResolver.standard());

    public Facts classify(String title, String head, String text, List<String> removedLines, String hintRegion,
            String hintDate) {
        String genre = GenreClassifier.classify(title, head, text, removedLines);
        String named = PlanPeriodDetector.detect(text);
        String date = hintDate != null ? hintDate : DocumentDateFinder.find(title, head, removedLines, text);
        String period = named != null ? named : PlanPeriodDetector.ofSpan(title);
        if (period == null) {
            period = PlanPeriodDetector.ofComingFiveYears(text, yearOf(date));
        }
        RegionClassifier.RegionFacts region = regions.classify(title, head, text, hintRegion, removedLines);
        return new Facts(genre, period, region.name(), region.level(), date, region.code(), region.parentCode(),
                region.ambiguous());
    }

    private static Integer yearOf(String date) {
        return date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(date.substring(0, 4)) : null;
    }

    private static final LeadCharPattern FACT_YEAR = new LeadCharPattern(
            "(到|至|截至|比|较|于)?((?:19|20)\\d{2})年(目标|以来|前|规划|远景|愿景)?");

    /** The latest year mentioned as a time of facts (not 到2025年 / 比2020年 / 2020年以来), or null. */
    public static Integer latestFactYear(String text) {
        LeadCharPattern.Finder m = FACT_YEAR.finder(text);
        Integer best = null;
        while (m.find()) {
            if (m.group(1) != null || m.group(3) != null) {
                continue;
            }
            int y = Integer.parseInt(m.group(2));
            if (best == null || y > best) {
                best = y;
            }
        }
        return best;
    }

    /** First year of a plan period: 十四五 → 2021, 十五 → 2001. */
    public static Integer planStartYear(String period) {
        return PlanPeriodDetector.startYear(period);
    }
}
