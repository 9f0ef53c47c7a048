package org.plantrack.regions;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The short form documents use for a division: the name without its administrative suffix and without the ethnic
 * groups of an autonomous unit (太原市 → 太原, 涪城区 → 涪城, 广西壮族自治区 → 广西, 巍山彝族回族自治县 → 巍山,
 * 延边朝鲜族自治州 → 延边). A short form has at least two characters: 赵县 and 城区 have none, since one character
 * alone names nothing reliably.
 */
public final class ShortNames {

    private static final String[] SUFFIXES = {
        "特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "特区", "新区", "地区", "省", "市", "县", "区", "旗", "盟"};
    /**
     * The 56 recognised ethnic groups, longest first so that 蒙古 is tried before 古-less readings. Needed because
     * the boundary between a place name and the groups after it cannot be seen in the characters (黔东南苗族侗族).
     */
    private static final List<String> ETHNIC_GROUPS = Stream.of(
            "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
            "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
            "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
            "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺")
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private ShortNames() {
    }

    /** The short form of a full name, or null when stripping leaves fewer than two characters or nothing to strip. */
    public static String of(String fullName) {
        for (String suffix : SUFFIXES) {
            if (fullName.endsWith(suffix) && fullName.length() > suffix.length()) {
                String core = fullName.substring(0, fullName.length() - suffix.length());
                // 新疆维吾尔自治区: the only autonomous region whose people are not written with 族
                if (core.endsWith("维吾尔")) {
                    core = core.substring(0, core.length() - 3);
                }
                if (suffix.startsWith("自治")) {
                    core = withoutEthnicGroups(core);
                }
                return core.length() >= 2 ? core : null;
            }
        }
        return null;
    }

    /** 巍山彝族回族 → 巍山: trailing 〈group〉族 removed while at least two characters of name remain. */
    private static String withoutEthnicGroups(String core) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String group : ETHNIC_GROUPS) {
                String tail = group + "族";
                if (core.endsWith(tail) && core.length() - tail.length() >= 2) {
                    core = core.substring(0, core.length() - tail.length());
                    stripped = true;
                    break;
                }
            }
        }
        return core;
    }
}
