package org.plantrack.nlp.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.CjkChars;

/**
 * A Chinese name glossed with its Latin abbreviation, or the other way round (地区生产总值(GDP), GDP(地区生产总值),
 * 居民消费价格指数（CPI）): both spell one metric, so the name keeps the Chinese term alone. A Latin word that is the
 * whole name (GDP增长) or part of it (5G基站) is left alone.
 */
final class AcronymGloss {

    private static final String LATIN = "[A-Za-z][A-Za-z0-9.]*";
    private static final String HAN = "[" + CjkChars.HAN_CLASS + "][^()（）]*";
    /** 地区生产总值(GDP) and what follows the gloss (总量). */
    private static final Pattern HAN_THEN_LATIN = Pattern.compile("(" + HAN + ")[(（]" + LATIN + "[)）]");
    /** GDP(地区生产总值): the gloss is the name. */
    private static final Pattern LATIN_THEN_HAN = Pattern.compile("(?<![A-Za-z0-9])" + LATIN + "[(（](" + HAN + ")[)）]");

    private AcronymGloss() {
    }

    static String strip(String name) {
        Matcher a = LATIN_THEN_HAN.matcher(name);
        String s = a.find() ? name.substring(0, a.start()) + a.group(1) + name.substring(a.end()) : name;
        Matcher b = HAN_THEN_LATIN.matcher(s);
        return b.find() ? s.substring(0, b.start()) + b.group(1) + s.substring(b.end()) : s;
    }
}
