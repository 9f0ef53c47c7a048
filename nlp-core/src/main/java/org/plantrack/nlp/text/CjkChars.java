package org.plantrack.nlp.text;

/**
 * Character classes of Chinese text, defined once: what counts as a Han character decides sentence splitting,
 * cleaning, headings, titles, table row names, script detection and metric names alike, so they must agree on it.
 * Code that asks "is this Han?" uses {@link #isHan}, {@link #hasHan} or, inside a regular expression,
 * {@link #HAN_CLASS}; neither {@code Character.UnicodeScript.HAN} nor {@code \p{IsHan}}, which also count the
 * radicals (⺀-⿕), 々 and the characters beyond the Basic Multilingual Plane.
 * <p>
 * One test stays outside, on purpose: the {@code catalogue} module's {@code PlaceNames} asks
 * {@code Character.UnicodeScript} whether the start of a metric phrase is a place name, because the catalogue is built
 * below nlp-core and cannot depend on it. The two tests differ only on the radicals, 々 and the characters
 * beyond the Basic Multilingual Plane, which the names of Chinese administrative divisions do not contain.
 */
public final class CjkChars {

    /**
     * The Han characters as a regular-expression class body (use inside [...]): CJK Unified Ideographs, Extension
     * A, the compatibility ideographs and 〇, the ideographic zero of digit-by-digit years (二〇二五).
     */
    public static final String HAN_CLASS = "\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\u3007";

    private CjkChars() {
    }

    /** A Han character: see {@link #HAN_CLASS}. */
    public static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || isExtensionA(c) || c >= 0xF900 && c <= 0xFAFF || c == '\u3007';
    }

    /** CJK Unified Ideographs Extension A (U+3400-U+4DBF): rare and variant characters, Han all the same. */
    public static boolean isExtensionA(char c) {
        return c >= 0x3400 && c <= 0x4DBF;
    }

    /** At least one Han character. */
    public static boolean hasHan(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Only Han characters (true for the empty string). */
    public static boolean allHan(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 0-9 only: full-width digits are normalised by cleaning before anything asks. */
    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
