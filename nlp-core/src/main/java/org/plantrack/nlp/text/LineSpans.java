package org.plantrack.nlp.text;

import java.util.ArrayList;
import java.util.List;

/** The lines of a text as {start, end} offsets (end exclusive, the '\n' left out); a final empty line counts. */
public final class LineSpans {

    private LineSpans() {
    }

    public static List<int[]> of(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return out;
    }
}
