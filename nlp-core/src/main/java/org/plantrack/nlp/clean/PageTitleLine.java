package org.plantrack.nlp.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.MappedText;

/**
 * A web page's title element names the article and then its column and site ({@code 标题_要闻_某某网},
 * {@code 标题 - 某某网}); the article repeats the headline alone a few lines further down. The title line is then
 * page chrome: it is removed (and logged with the other removed lines), so the headline is what the title finder
 * reads. Only a line among the first {@value #HEAD_LINES} whose part before the separator is repeated as a whole
 * line within the next {@value #LOOK_AHEAD} lines is removed.
 */
public final class PageTitleLine {

    private static final int HEAD_LINES = 5;
    private static final int LOOK_AHEAD = 30;
    private static final Pattern TITLE_WITH_SITE = Pattern.compile("^(.{4,100}?)\\s*(?:_|\\||｜| - | – | — )\\s*\\S.*$");

    private PageTitleLine() {
    }

    public static MappedText remove(MappedText in, TextCleaner.Log log) {
        String s = in.text();
        List<int[]> lines = new ArrayList<>();
        for (int start = 0; start <= s.length() && lines.size() < HEAD_LINES + LOOK_AHEAD; ) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            if (!s.substring(start, end).isBlank()) {
                lines.add(new int[] {start, end});
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
            String line = s.substring(lines.get(i)[0], lines.get(i)[1]).strip();
            Matcher m = TITLE_WITH_SITE.matcher(line);
            if (!m.matches() || !repeatedBelow(s, lines, i, m.group(1).strip())) {
                continue;
            }
            log.removedLines.add(line);
            log.notes.add("removed the page title line \"" + line + "\": its headline follows as a line of its own");
            return in.builder().copy(0, lines.get(i)[0]).copy(lines.get(i)[1], s.length()).build();
        }
        return in;
    }

    private static boolean repeatedBelow(String s, List<int[]> lines, int i, String headline) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (s.substring(lines.get(k)[0], lines.get(k)[1]).strip().equals(headline)) {
                return true;
            }
        }
        return false;
    }
}
