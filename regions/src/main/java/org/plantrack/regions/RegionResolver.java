package org.plantrack.regions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves the names documents give regions to divisions of the registry. Rules, in order:
 * <ol>
 * <li>全国 / 中国 / 我国 / 中华人民共和国 name the nation.</li>
 * <li>A full standard name (太原市) is looked up as such; only when no division carries it is it read as a short
 * form (太原 → 太原市, 涪城 → 涪城区, 广西 → 广西壮族自治区).</li>
 * <li>A name prefixed by its parents (四川省绵阳市涪城区, 绵阳涪城区) is the longest known tail whose parents the
 * prefix names.</li>
 * <li>One candidate: that one. A short name shared by a province and smaller units (吉林, 海南) is the province: a
 * province is what such a bare name means in running text. Likewise a name shared by a unit and a smaller one inside
 * it (长沙市 and its 长沙县) is the enclosing unit.</li>
 * <li>Several candidates: the one whose enclosing province or prefecture the context names (鼓楼区 with 福州 in the
 * text); then the one at the level the text shows (全市 → a city), when that leaves one.</li>
 * <li>Otherwise unresolved: the candidates are kept and the resolution is {@link RegionResolution#ambiguous()}.</li>
 * </ol>
 */
public final class RegionResolver {

    private static final Set<String> NATION = Set.of("全国", "中国", "我国", "中华人民共和国", "国家");

    private final RegionRegistry registry;

    public RegionResolver(RegionRegistry registry) {
        this.registry = registry;
    }

    public static RegionResolver standard() {
        return new RegionResolver(RegionRegistry.standard());
    }

    public RegionRegistry registry() {
        return registry;
    }

    /** Resolves a name without context. */
    public RegionResolution resolve(String mention) {
        return resolve(mention, "", null);
    }

    /**
     * @param mention   the region's name as written
     * @param context   surrounding text that may name the parents (the document's title and opening), may be empty
     * @param levelHint the level the text shows (全市 → CITY), or null
     */
    public RegionResolution resolve(String mention, String context, RegionLevel levelHint) {
        String name = mention == null ? "" : mention.strip();
        if (name.isEmpty()) {
            return new RegionResolution(mention, null, List.of());
        }
        if (NATION.contains(name)) {
            return new RegionResolution(mention, Region.NATIONAL, List.of(Region.NATIONAL));
        }
        List<Region> candidates = lookup(name);
        String prefix = "";
        if (candidates.isEmpty()) {
            // 四川省绵阳市涪城区: the longest tail that names a division; what precedes it must name its parents
            for (int k = 1; k + 2 <= name.length() && candidates.isEmpty(); k++) {
                List<Region> tail = lookup(name.substring(k));
                String head = name.substring(0, k);
                List<Region> supported = tail.stream().filter(r -> parentsNamedIn(r, head)).toList();
                if (!supported.isEmpty()) {
                    candidates = supported;
                    prefix = head;
                }
            }
        }
        return decide(mention, candidates, prefix + "\n" + (context == null ? "" : context), levelHint);
    }

    private List<Region> lookup(String name) {
        List<Region> full = registry.named(name);
        return full.isEmpty() ? registry.withShortName(name) : full;
    }

    private RegionResolution decide(String mention, List<Region> candidates, String context, RegionLevel levelHint) {
        if (candidates.size() <= 1) {
            return new RegionResolution(mention, candidates.isEmpty() ? null : candidates.get(0), candidates);
        }
        List<Region> provinces = candidates.stream().filter(r -> r.level() == RegionLevel.PROVINCE).toList();
        if (provinces.size() == 1) {
            return new RegionResolution(mention, provinces.get(0), candidates);
        }
        // 长沙 names 长沙市 and the 长沙县 inside it: a bare name means the enclosing one
        List<Region> outermost = candidates.stream()
                .filter(r -> candidates.stream().noneMatch(o -> o != r && registry.within(r, o))).toList();
        if (outermost.size() == 1) {
            return new RegionResolution(mention, outermost.get(0), candidates);
        }
        List<Region> supported = outermost.stream().filter(r -> parentsNamedIn(r, context)).toList();
        if (supported.size() == 1) {
            return new RegionResolution(mention, supported.get(0), candidates);
        }
        if (levelHint != null) {
            List<Region> pool = supported.isEmpty() ? outermost : supported;
            List<Region> atLevel = pool.stream().filter(r -> r.level() == levelHint).toList();
            if (atLevel.size() == 1) {
                return new RegionResolution(mention, atLevel.get(0), candidates);
            }
        }
        return new RegionResolution(mention, null, candidates);
    }

    /** Whether the text names a division enclosing r, by full or short name. */
    private boolean parentsNamedIn(Region r, String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (Region p = registry.parent(r); p != null; p = registry.parent(p)) {
            String shortName = ShortNames.of(p.name());
            if (text.contains(p.name()) || (shortName != null && text.contains(shortName))) {
                return true;
            }
        }
        return false;
    }

    /** The names a region may be written with: full, and short when it has one. */
    public static List<String> namesOf(Region r) {
        List<String> names = new ArrayList<>();
        names.add(r.name());
        String shortName = ShortNames.of(r.name());
        if (shortName != null) {
            names.add(shortName);
        }
        return names;
    }
}
