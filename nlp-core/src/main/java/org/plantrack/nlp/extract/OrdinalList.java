package org.plantrack.nlp.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 第一、二、三产业…分别为: coordinated ordinals share the 第 of the first and the head of the last, so each item
 * of the list is the whole name (第一产业…, 第二产业…, 第三产业…).
 */
final class OrdinalList {

    private static final Pattern FIRST = Pattern.compile("^(.*?第)([一二三四五六七八九十])$");
    private static final Pattern BARE = Pattern.compile("^[一二三四五六七八九十]$");
    private static final Pattern LAST = Pattern.compile("^([一二三四五六七八九十])(.+)$");

    private OrdinalList() {
    }

    /** The items with the shared 第 and head filled in, or the items unchanged when they are no ordinal list. */
    static String[] expand(String[] items) {
        if (items.length < 2) {
            return items;
        }
        Matcher first = FIRST.matcher(items[0].strip());
        Matcher last = LAST.matcher(items[items.length - 1].strip());
        if (!first.matches() || !last.matches()) {
            return items;
        }
        for (int k = 1; k < items.length - 1; k++) {
            if (!BARE.matcher(items[k].strip()).matches()) {
                return items;
            }
        }
        String lead = first.group(1);
        String head = last.group(2);
        String[] out = new String[items.length];
        out[0] = lead + first.group(2) + head;
        for (int k = 1; k < items.length - 1; k++) {
            out[k] = "第" + items[k].strip() + head;
        }
        out[items.length - 1] = "第" + last.group(1) + head;
        return out;
    }
}
