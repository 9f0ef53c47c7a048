package org.plantrack.nlp.clean;

import com.hankcs.hanlp.HanLP;
import org.plantrack.nlp.text.CjkChars;
import org.plantrack.nlp.text.MappedText;

/**
 * Traditional to Simplified with HanLP, plus the 著→着 phrase fixes HanLP leaves alone, keeping the offset map.
 * Conversion is per line so a phrase that changes length only blurs offsets inside its own line.
 */
public final class ScriptConverter {

    /** Words where 著 is the aspect particle / verb 着 (HanLP keeps 著 because 著名, 著作 are right). */
    private static final String[][] ZHE_FIXES = {
        {"沿著", "沿着"}, {"随著", "随着"}, {"意味著", "意味着"}, {"著力", "着力"}, {"本著", "本着"}, {"朝著", "朝着"},
        {"向著", "向着"}, {"为著", "为着"}, {"接著", "接着"}, {"顺著", "顺着"}, {"围绕著", "围绕着"}, {"靠著", "靠着"},
        {"存在著", "存在着"}, {"有著", "有着"}, {"发挥著", "发挥着"}, {"肩负著", "肩负着"}, {"承载著", "承载着"},
        {"推动著", "推动着"}, {"带著", "带着"}, {"看著", "看着"}, {"等著", "等着"}, {"著重", "着重"}, {"著眼", "着眼"},
        {"著手", "着手"}, {"著落", "着落"}, {"著陆", "着陆"}, {"著想", "着想"}, {"著实", "着实"}, {"著急", "着急"},
        {"执著", "执着"}, {"穿著", "穿着"}, {"衣著", "衣着"}, {"睡著", "睡着"}, {"著迷", "着迷"}, {"紧跟著", "紧跟着"},
        {"伴随著", "伴随着"}, {"怀著", "怀着"}, {"保持著", "保持着"}, {"面临著", "面临着"}, {"经历著", "经历着"},
        {"著装", "着装"}, {"著力点", "着力点"}, {"著陆", "着陆"}, {"跟著", "跟着"}, {"拿著", "拿着"}, {"想著", "想着"},
    };

    /** Characters HanLP converts. */
    private static final boolean[] CONVERTIBLE = new boolean[0x10000];
    /** Convertible characters that never occur in simplified text: they decide the script. */
    private static final boolean[] TRADITIONAL = new boolean[0x10000];

    /** HanLP's conversion of each single character (identity where it has none). */
    private static final char[] CHAR_MAP = new char[0x10000];
    /**
     * Characters whose conversion depends on the word (乾隆 vs 乾淨, 著名 vs 沿著): lines containing them go
     * through HanLP's phrase-aware conversion; all other lines are converted character by character, which
     * gives the same result much faster.
     */
    private static final String PHRASE_SENSITIVE = "乾著瞭藉徵餘夥衝於麼甚蘋鍾佔";

    static {
        for (int c = 0; c < CHAR_MAP.length; c++) {
            CHAR_MAP[c] = (char) c;
        }
        for (int i = 0; i < CHAR_MAP.length; i++) {
            char c = (char) i;
            if (!CjkChars.isHan(c)) {
                continue; // what a Han character is: CjkChars, as everywhere
            }
            String s = String.valueOf(c);
            String t = HanLP.convertToSimplifiedChinese(s);
            if (!t.equals(s)) {
                CONVERTIBLE[c] = true;
                // Extension A characters HanLP converts are rare variant forms, not the characters a Traditional
                // text is written in: converted, but they do not decide the script
                TRADITIONAL[c] = !CjkChars.isExtensionA(c);
                if (t.length() == 1) {
                    CHAR_MAP[c] = t.charAt(0);
                }
            }
        }
        // Traditional texts quote with corner brackets; HanLP's phrase conversion turns them into “” ‘’, and the
        // character table must too, or a line's quotes would depend on which of the two converted it.
        for (char c : "「」『』".toCharArray()) {
            CONVERTIBLE[c] = true;
            CHAR_MAP[c] = HanLP.convertToSimplifiedChinese(String.valueOf(c)).charAt(0);
        }
        CONVERTIBLE['著'] = true;
        // Characters that also occur normally in simplified text; they do not decide the script.
        for (char c : "著乾於餘夥徵瞭藉衝".toCharArray()) {
            TRADITIONAL[c] = false;
        }
    }

    private ScriptConverter() {
    }

    /** "simplified", "traditional" or "mixed". */
    public static String detectScript(String text) {
        int han = 0, trad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CjkChars.isHan(c)) {
                han++;
                if (TRADITIONAL[c]) {
                    trad++;
                }
            }
        }
        if (han == 0 || trad == 0) {
            return "simplified";
        }
        double share = (double) trad / han;
        if (share >= 0.04) {
            return "traditional";
        }
        return share >= 0.002 && trad >= 3 ? "mixed" : "simplified";
    }

    /** HanLP's single-character conversion to Simplified (the character itself when it has none). */
    static char simplified(char c) {
        return CHAR_MAP[c];
    }

    public static boolean isTraditionalChar(char c) {
        return TRADITIONAL[c];
    }

    public static MappedText toSimplified(MappedText in) {
        String s = in.text();
        MappedText.Builder out = in.builder();
        int lineStart = 0;
        while (lineStart <= s.length()) {
            int nl = s.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? s.length() : nl;
            // Lines are inspected in place; only those HanLP converts are copied out.
            if (!hasTraditional(s, lineStart, lineEnd)) {
                out.copy(lineStart, lineEnd);
                if (nl < 0) {
                    break;
                }
                out.copy(nl, nl + 1);
                lineStart = nl + 1;
                continue;
            }
            if (!phraseSensitive(s, lineStart, lineEnd)) {
                for (int k = lineStart; k < lineEnd; k++) {
                    out.put(CHAR_MAP[s.charAt(k)], k);
                }
                if (nl < 0) {
                    break;
                }
                out.copy(nl, nl + 1);
                lineStart = nl + 1;
                continue;
            }
            String line = s.substring(lineStart, lineEnd);
            String conv = fixZhe(HanLP.convertToSimplifiedChinese(line));
            if (conv.length() == line.length()) {
                for (int k = 0; k < conv.length(); k++) {
                    out.put(conv.charAt(k), lineStart + k);
                }
            } else {
                // A phrase changed length: map proportionally within the line.
                for (int k = 0; k < conv.length(); k++) {
                    int src = line.isEmpty() ? lineStart : lineStart + (int) ((long) k * line.length() / conv.length());
                    out.put(conv.charAt(k), src);
                }
            }
            if (nl < 0) {
                break;
            }
            out.copy(nl, nl + 1);
            lineStart = nl + 1;
        }
        return out.build();
    }

    private static boolean phraseSensitive(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (PHRASE_SENSITIVE.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTraditional(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (CONVERTIBLE[c]) {
                return true;
            }
        }
        return false;
    }

    static String fixZhe(String s) {
        if (s.indexOf('著') < 0) {
            return s;
        }
        for (String[] f : ZHE_FIXES) {
            if (s.contains(f[0])) {
                s = s.replace(f[0], f[1]);
            }
        }
        return s;
    }
}
