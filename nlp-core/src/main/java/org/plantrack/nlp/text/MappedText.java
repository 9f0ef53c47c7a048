package org.plantrack.nlp.text;

import java.util.Arrays;

/**
 * A text together with, for every character, the offset of the character it came from in the original
 * decoded document. Every cleaning step produces a new MappedText, so indicator offsets can always be
 * reported against the original text whatever was removed, joined or converted on the way.
 */
public final class MappedText {

    private final String text;
    /** origin[i] = original offset of char i; origin[length] = original end offset. */
    private final int[] origin;

    private MappedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** The identity mapping: the text is the original. */
    public static MappedText identity(String text) {
        int[] o = new int[text.length() + 1];
        for (int i = 0; i < o.length; i++) {
            o[i] = i;
        }
        return new MappedText(text, o);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    /** Original offset of the character at {@code i} (i may equal length()). */
    public int originOf(int i) {
        return origin[Math.max(0, Math.min(i, text.length()))];
    }

    /** Original exclusive end offset of a span that ends (exclusively) at {@code end}. */
    public int originEnd(int end) {
        if (end <= 0) {
            return origin[0];
        }
        return origin[Math.min(end, text.length()) - 1] + 1;
    }

    public Builder builder() {
        return new Builder(this, text.length());
    }

    /**
     * Builds a new MappedText from pieces of this one (and inserted characters). The characters go into a plain
     * char array rather than a StringBuilder: a StringBuilder starts in Latin-1 and re-allocates and widens its
     * whole buffer at the first Chinese character, once per cleaning step and document.
     */
    public static final class Builder {
        private final MappedText source;
        private char[] chars;
        private int[] map;
        private int n;

        Builder(MappedText source, int capacity) {
            this.source = source;
            this.chars = new char[capacity + 16];
            this.map = new int[capacity + 16];
        }

        private void ensure(int extra) {
            if (n + extra + 1 > map.length) {
                int size = Math.max(map.length * 2, n + extra + 16);
                map = Arrays.copyOf(map, size);
                chars = Arrays.copyOf(chars, size);
            }
        }

        /** Copies source characters [from, to). */
        public Builder copy(int from, int to) {
            ensure(to - from);
            source.text.getChars(from, to, chars, n);
            System.arraycopy(source.origin, from, map, n, to - from);
            n += to - from;
            return this;
        }

        /** Appends a character standing for the source character at {@code at}. */
        public Builder put(char c, int at) {
            ensure(1);
            chars[n] = c;
            map[n++] = source.origin[Math.min(at, source.text.length())];
            return this;
        }

        /** Appends a string whose characters all stand for the source span starting at {@code at}. */
        public Builder put(CharSequence s, int at) {
            for (int i = 0; i < s.length(); i++) {
                put(s.charAt(i), at);
            }
            return this;
        }

        public int length() {
            return n;
        }

        public char lastChar() {
            return n == 0 ? '\0' : chars[n - 1];
        }

        public void trimTrailing(char c) {
            while (n > 0 && chars[n - 1] == c) {
                n--;
            }
        }

        public MappedText build(int endOrigin) {
            ensure(0);
            int[] o = Arrays.copyOf(map, n + 1);
            o[n] = endOrigin;
            return new MappedText(new String(chars, 0, n), o);
        }

        public MappedText build() {
            return build(source.origin[source.text.length()]);
        }
    }
}
