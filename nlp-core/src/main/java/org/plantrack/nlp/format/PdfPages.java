package org.plantrack.nlp.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.plantrack.nlp.clean.HardWrappedLines;

/**
 * Turns the text of PDF pages into running text: short lines that do not end a sentence, repeated at the top or
 * bottom of most pages (running headers and footers, digits ignored so "第3页" and "第4页" count as the same
 * line), and page numbers at a page edge are dropped, and lines the page layout wrapped mid-sentence are joined
 * again by {@link HardWrappedLines#joinLaidOut}, the rule every text's wrapped lines are joined by.
 */
final class PdfPages {

    /** Lines inspected at each edge of a page. */
    private static final int EDGE = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–·\\s]*(第\\s*)?\\d{1,4}\\s*页?\\s*([/／]\\s*(共\\s*)?\\d{1,4}\\s*页?)?[-—–·\\s]*"
            + "|(?i)[-—–\\s]*page\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?[-—–\\s]*"
            + "|[-—–\\s]*[ivxlc]{1,6}[-—–\\s]*");

    private PdfPages() {
    }

    static String clean(List<String> pages, List<String> notes) {
        List<List<String>> lines = new ArrayList<>(pages.size());
        for (String p : pages) {
            lines.add(new ArrayList<>(Arrays.asList(p.split("\n", -1))));
        }
        int numbers = 0;
        int furniture = 0;
        Set<String> repeated = repeatedEdgeLines(lines);
        for (List<String> page : lines) {
            for (int edge = 0; edge < 2; edge++) {
                boolean top = edge == 0;
                int seen = 0;
                for (int k = 0; k < page.size() && seen < EDGE; k++) {
                    int i = top ? k : page.size() - 1 - k;
                    String line = page.get(i).strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                    seen++;
                    if (PAGE_NUMBER.matcher(line).matches()) {
                        page.set(i, "");
                        numbers++;
                    } else if (repeated.contains(key(line))) {
                        page.set(i, "");
                        furniture++;
                    }
                }
            }
        }
        if (furniture > 0 || numbers > 0) {
            notes.add("PDF: removed " + furniture + " running header/footer line(s) repeated on the pages and "
                    + numbers + " page number(s)");
        }
        List<String> all = new ArrayList<>();
        for (List<String> page : lines) {
            for (String l : page) {
                if (!l.isBlank()) {
                    all.add(l.strip());
                }
            }
        }
        // The one rule for rejoining wrapped lines, told that these lines come from laid-out pages.
        return HardWrappedLines.joinLaidOut(String.join("\n", all), notes);
    }

    /** Lines (digits ignored) found at a top or bottom edge of at least half the pages, and of at least two. */
    private static Set<String> repeatedEdgeLines(List<List<String>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> edges = new HashSet<>();
            collectEdge(page, true, edges);
            collectEdge(page, false, edges);
            edges.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        Set<String> out = new HashSet<>();
        counts.forEach((k, n) -> {
            if (n >= needed) {
                out.add(k);
            }
        });
        return out;
    }

    private static void collectEdge(List<String> page, boolean top, Set<String> into) {
        int seen = 0;
        for (int k = 0; k < page.size() && seen < EDGE; k++) {
            String line = page.get(top ? k : page.size() - 1 - k).strip();
            if (!line.isEmpty()) {
                seen++;
                // Long lines and sentences are text, not furniture, even when a document repeats them.
                if (line.length() <= 40 && "。！？!?；;".indexOf(line.charAt(line.length() - 1)) < 0) {
                    into.add(key(line));
                }
            }
        }
    }

    private static String key(String line) {
        return line.replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }
}
