package org.plantrack.nlp.robustness;

/**
 * Breaks every long line at a fixed page width, mid-sentence, as text copied out of a PDF is: width counted in
 * half-width cells (a Chinese character or full-width sign takes two, a digit or Latin letter one), closing
 * punctuation kept at the end of the line it follows (no line starts with ，。). Table rows (lines with |) are left
 * whole: a wrapped table is another kind of damage.
 */
final class HardWrap {

    private static final String NO_LINE_START = "，。、；：！？）》”’」』,.;:!?)";

    private HardWrap() {
    }

    /** A width of 30-40 Chinese characters that depends only on the document's name, so runs repeat. */
    static int widthFor(String name) {
        return 2 * (30 + Math.floorMod(name.hashCode(), 11));
    }

    static String wrap(String s, int cells) {
        StringBuilder out = new StringBuilder(s.length() + s.length() / 16);
        for (String line : s.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (line.indexOf('|') >= 0) {
                out.append(line);
                continue;
            }
            int used = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                int w = c < 0x2E80 ? 1 : 2;
                if (used + w > cells && NO_LINE_START.indexOf(c) < 0) {
                    out.append('\n');
                    used = 0;
                }
                out.append(c);
                used += w;
            }
        }
        return out.toString();
    }
}
