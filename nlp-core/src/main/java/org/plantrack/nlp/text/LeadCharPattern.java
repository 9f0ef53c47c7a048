package org.plantrack.nlp.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that is tried only where one of its matches can start. {@link Matcher#find()} tries the
 * pattern at every position of the input, and for a long alternation of words (目标|预期|确保|…) most of that
 * time goes into failing at positions where no alternative can begin. A {@link Finder} tries the pattern only
 * at positions holding one of its lead characters and so finds exactly the matches of a {@code find()} loop,
 * in the same order.
 *
 * <p>Whether a character can start a match is derived from the pattern itself, the first time the character
 * is met: it can if the pattern, tried on that character alone, matches or runs out of input. That holds for
 * patterns whose matches are never empty and which use no positive look-behind and no word boundary
 * ({@code \b}, {@code \B}): those could accept a character only after some other character, so such patterns
 * are refused.
 */
public final class LeadCharPattern {

    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    private final Pattern pattern;
    /**
     * Per character UNKNOWN, NO or YES, filled as characters are met (a few thousand distinct ones in practice,
     * so nothing is spent on the other sixty thousand at start-up). A byte is written whole and only ever from
     * UNKNOWN to its final value, so threads sharing the table at worst probe a character twice.
     */
    private final byte[] leads = new byte[0x10000];

    public LeadCharPattern(String regex) {
        if (regex.contains("(?<=") || regex.contains("\\b") || regex.contains("\\B")) {
            throw new IllegalArgumentException("lead characters cannot be derived for " + regex);
        }
        this.pattern = Pattern.compile(regex);
        if (pattern.matcher("").lookingAt()) {
            throw new IllegalArgumentException("pattern matches the empty string: " + regex);
        }
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether a match can start with {@code c}. */
    public boolean isLead(char c) {
        byte state = leads[c];
        if (state == UNKNOWN) {
            Matcher m = pattern.matcher(String.valueOf(c));
            state = m.lookingAt() || m.hitEnd() ? YES : NO;
            leads[c] = state;
        }
        return state == YES;
    }

    public Finder finder(CharSequence text) {
        return new Finder(this, text);
    }

    /** Whether the pattern occurs anywhere in the text (as {@code matcher(text).find()}). */
    public boolean foundIn(CharSequence text) {
        return finder(text).find();
    }

    /** Number of successive matches, as counted with a {@code find()} loop. */
    public int count(CharSequence text) {
        Finder f = finder(text);
        int n = 0;
        while (f.find()) {
            n++;
        }
        return n;
    }

    /** Successive matches of one text, like a {@code while (matcher.find())} loop. */
    public static final class Finder {
        private final CharSequence text;
        private final LeadCharPattern pattern;
        private final Matcher matcher;
        private int next;

        private Finder(LeadCharPattern p, CharSequence text) {
            this.text = text;
            this.pattern = p;
            // Transparent bounds: look-behinds see the text before the tried position, as they do for find();
            // without anchoring bounds ^ and $ keep meaning the start and end of the whole text.
            this.matcher = p.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** The next match at or after the end of the previous one (one further after an empty match). */
        public boolean find() {
            int length = text.length();
            for (int i = next; i < length; i++) {
                if (pattern.isLead(text.charAt(i))) {
                    matcher.region(i, length);
                    if (matcher.lookingAt()) {
                        next = matcher.end() == i ? i + 1 : matcher.end();
                        return true;
                    }
                }
            }
            next = length;
            return false;
        }

        public int start() {
            return matcher.start();
        }

        public int end() {
            return matcher.end();
        }

        public String group() {
            return matcher.group();
        }

        public String group(int group) {
            return matcher.group(group);
        }
    }
}
