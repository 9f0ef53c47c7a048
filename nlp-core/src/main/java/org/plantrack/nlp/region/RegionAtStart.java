package org.plantrack.nlp.region;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plantrack.regions.Region;
import org.plantrack.regions.RegionLevel;
import org.plantrack.regions.RegionRegistry;
import org.plantrack.regions.RegionResolution;
import org.plantrack.regions.RegionResolver;

/**
 * The registry division whose name opens a text (太原市地区生产总值 → 太原市; 长沙数字经济 → 长沙市), or none.
 * <p>
 * The name must be a whole word there: a name the tokenizer reads as part of a longer word (北京时间, 中山大学) is not
 * a region. It must stand alone: followed by 、和与及 it opens a list of places, which is no single subject. A full
 * name (太原市, 涪城区) is taken wherever it resolves; a short one (太原, 涪城) only for a province or a prefecture, or
 * for a division inside the document's own province, since short county names are often plain words (新华, 城关).
 */
public final class RegionAtStart {

    /** A division and how many characters of the text name it. */
    public record Match(Region region, int length) {
    }

    /** Longest full name in the registry (新疆维吾尔自治区 has eight characters; prefixed forms are not read here). */
    private static final int LONGEST_NAME = 12;
    /** What may follow a place that is one of several named together, not the subject on its own. */
    private static final Set<Character> LIST_MARKS = Set.of('、', '和', '与', '及', '同', '等', '至', '到');

    private final RegionResolver resolver;
    /**
     * The first two characters of every full and short name: most clauses open with none of them, and are done with
     * one look-up instead of eleven (a run-on text of thousands of values asks for every clause).
     */
    private final Set<String> openings = new HashSet<>();

    public RegionAtStart(RegionResolver resolver) {
        this.resolver = resolver;
        for (Region r : resolver.registry().all()) {
            for (String name : RegionResolver.namesOf(r)) {
                openings.add(name.substring(0, 2));
            }
        }
    }

    /**
     * @param text           text that may open with a region's name
     * @param documentRegion the region the document is about, or null; decides namesakes and admits short names of
     *                       the divisions of its province
     */
    public Match find(String text, Region documentRegion) {
        if (text == null || text.length() < 2 || !openings.contains(text.substring(0, 2))) {
            return null;
        }
        RegionRegistry registry = resolver.registry();
        String context = documentRegion == null ? "" : String.join("", registry.path(documentRegion).stream()
                .map(Region::name).toList());
        for (int n = Math.min(LONGEST_NAME, text.length()); n >= 2; n--) {
            String name = text.substring(0, n);
            boolean full = !registry.named(name).isEmpty();
            if (!full && registry.withShortName(name).isEmpty()) {
                continue;
            }
            RegionResolution r = resolver.resolve(name, context, null);
            if (!r.resolved() || r.region().level() == RegionLevel.NATIONAL) {
                continue;
            }
            if (!full && !shortNameAdmitted(r.region(), documentRegion, registry)) {
                continue;
            }
            if (n < text.length() && LIST_MARKS.contains(text.charAt(n))) {
                return null;
            }
            if (!wholeWord(text, n)) {
                continue;
            }
            return new Match(r.region(), n);
        }
        return null;
    }

    private static boolean shortNameAdmitted(Region region, Region documentRegion, RegionRegistry registry) {
        if (region.level() == RegionLevel.PROVINCE || region.level() == RegionLevel.CITY) {
            return true;
        }
        if (documentRegion == null || documentRegion.level() == RegionLevel.NATIONAL) {
            return false;
        }
        List<Region> path = registry.path(documentRegion);
        Region province = path.isEmpty() ? documentRegion : path.get(0);
        return registry.within(region, province);
    }

    /** Whether the tokenizer ends a word where the name ends (太原/市/地区 or 太原市/地区, not 北京时间). */
    private static boolean wholeWord(String text, int nameLength) {
        String head = text.substring(0, Math.min(text.length(), nameLength + 8));
        int end = 0;
        for (Term t : StandardTokenizer.segment(head)) {
            end += t.word.length();
            if (end == nameLength) {
                return true;
            }
            if (end > nameLength) {
                return false;
            }
        }
        return end == nameLength;
    }
}
