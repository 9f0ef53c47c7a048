package org.plantrack.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds a place name at the start of a metric phrase (江西省GDP, 湖南数字经济规模), so that the resolver can look the
 * rest up. The resolver only strips a place when the rest then names an indicator, so a false positive costs little.
 */
@FunctionalInterface
public interface PlaceNames {

    /** The length of the place name that opens the phrase, 0 when there is none. */
    int leadingPlaceLength(String phrase);

    /** Short names of the 34 provincial-level divisions; a phrase may use them without 省/市/自治区. */
    List<String> PROVINCE_SHORT_NAMES = List.of(
            "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西",
            "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃",
            "青海", "宁夏", "新疆", "台湾", "香港", "澳门");

    /** Suffixes of administrative divisions, longest first. */
    List<String> DIVISION_SUFFIXES = List.of(
            "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "县", "区", "州", "盟", "旗");

    /** No place names at all. */
    static PlaceNames none() {
        return phrase -> 0;
    }

    /**
     * Province short names (with or without their suffix) and any name of two to six characters that ends in a
     * division suffix (南昌市, 涪城区, 延边朝鲜族自治州). A bare city name without its suffix (长沙GDP) needs a
     * dictionary: combine this with one through {@link #or}, or with {@link #of} the document's own region.
     */
    static PlaceNames administrative() {
        return phrase -> {
            for (String p : PROVINCE_SHORT_NAMES) {
                if (phrase.startsWith(p)) {
                    int n = p.length();
                    for (String suffix : DIVISION_SUFFIXES) {
                        if (phrase.startsWith(suffix, n)) {
                            return n + suffix.length();
                        }
                    }
                    return n;
                }
            }
            for (int end = 3; end <= Math.min(8, phrase.length() - 1); end++) {
                for (String suffix : DIVISION_SUFFIXES) {
                    int nameEnd = end - suffix.length();
                    if (nameEnd >= 2 && phrase.startsWith(suffix, nameEnd) && allHan(phrase, 0, nameEnd)) {
                        return end;
                    }
                }
            }
            return 0;
        };
    }

    /** Exactly these names (a document's region, 太原市 and 太原), each also with a division suffix after it. */
    static PlaceNames of(Collection<String> names) {
        List<String> sorted = new ArrayList<>(names.stream().filter(n -> n != null && n.length() >= 2).toList());
        sorted.sort((a, b) -> b.length() - a.length());
        return phrase -> {
            for (String n : sorted) {
                if (phrase.startsWith(n)) {
                    for (String suffix : DIVISION_SUFFIXES) {
                        if (phrase.startsWith(suffix, n.length())) {
                            return n.length() + suffix.length();
                        }
                    }
                    return n.length();
                }
            }
            return 0;
        };
    }

    /** The longer of this and the other's match. */
    default PlaceNames or(PlaceNames other) {
        return phrase -> Math.max(leadingPlaceLength(phrase), other.leadingPlaceLength(phrase));
    }

    private static boolean allHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }
}
