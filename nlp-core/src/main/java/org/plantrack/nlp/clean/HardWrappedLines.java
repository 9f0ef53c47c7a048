package org.plantrack.nlp.clean;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.MappedText;

/**
 * Rejoins paragraphs that were hard-wrapped at a fixed width, as text copied out of a PDF or a fixed-width e-mail is:
 * every line of a paragraph but its last is about as wide as the page and stops mid-sentence, and since a line end
 * also ends a sentence, the wrapped halves of one sentence would be read apart (a value without its metric).
 *
 * <p>The document is judged first, so that ordinary text, where a line is a paragraph, is never touched: the usual
 * width of a full line (80th percentile of the lines of running text, counted in half-width cells: a Chinese
 * character takes two) must be a page's width, at most {@value #MAX_PAGE_CELLS} cells, and at least
 * {@value #MIN_WRAPPED_SHARE} of those lines must be full lines of prose (a comma, a stop or a figure inside) that stop
 * mid-sentence. Then every full line that stops mid-sentence is joined to the next one unless the next is empty, a
 * table row, or opens a heading or list item.
 *
 * <p>Text known to come from laid-out pages (a PDF's text layer, {@link #joinLaidOut}) is not judged first: its lines
 * are wrapped by construction, so only the line rule applies, with a width read from as few as
 * {@value #MIN_LAID_OUT_LINES} lines. Both paths share every other threshold; this is the project's one rule for
 * rejoining wrapped lines.
 */
public final class HardWrappedLines {

    /** A page of 60 Chinese characters; a wrapped PDF line of A4 text holds about 35-45. */
    static final int MAX_PAGE_CELLS = 120;
    static final double MIN_WRAPPED_SHARE = 0.35;
    private static final int MIN_LINES = 6;
    /** A laid-out page needs no evidence that it wraps, only enough lines to tell its width. */
    static final int MIN_LAID_OUT_LINES = 3;
    /** Characters a sentence or a paragraph may stop with. */
    private static final String ENDS = "。！？!?；;：:…”’」』）)";
    /** Starts of headings and list items, which begin a new line even after a full one. */
    private static final Pattern NEW_ITEM = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|第[一二三四五六七八九十百\\d]+[章节条篇部分]|\\d+[.、．]\\D|[•●■◆▪-]\\s|——)");

    /** A line wholly in brackets is a note of its own (the adoption date under a title), never a wrapped line's rest. */
    private static final Pattern BRACKETED_LINE = Pattern.compile("\\s*[（(][^()（）]*[)）]\\s*");

    private HardWrappedLines() {
    }

    /** Joins the wrapped lines of a text of unknown origin, when the text as a whole looks hard-wrapped. */
    public static MappedText join(MappedText in, TextCleaner.Log log) {
        String[] lines = in.text().split("\n", -1);
        PageWidth full = PageWidth.of(lines, MIN_LINES);
        if (full == null || !looksWrapped(lines, full)) {
            return in;
        }
        return joinFullLines(in, lines, full, log, "joined %d line(s) hard-wrapped at %d characters");
    }

    /**
     * Joins the wrapped lines of text taken from laid-out pages (a PDF's text layer after its running headers,
     * footers and page numbers are gone). Pages side by side in columns are still left to {@link PdfColumns}.
     */
    public static String joinLaidOut(String text, List<String> notes) {
        String[] lines = text.split("\n", -1);
        PageWidth full = PageWidth.of(lines, MIN_LAID_OUT_LINES);
        if (full == null || full.cells() > MAX_PAGE_CELLS || printedInColumns(lines)) {
            return text;
        }
        TextCleaner.Log log = new TextCleaner.Log();
        String joined = joinFullLines(MappedText.identity(text), lines, full, log,
                "PDF: joined %d line(s) wrapped by the page layout at %d characters").text();
        notes.addAll(log.notes);
        return joined;
    }

    private static MappedText joinFullLines(MappedText in, String[] lines, PageWidth full, TextCleaner.Log log,
            String note) {
        MappedText.Builder out = in.builder();
        int joined = 0, at = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.copy(at, at + line.length());
            at += line.length();
            if (i + 1 == lines.length) {
                break;
            }
            if (stopsMidSentenceAtFullWidth(line, full) && continuesParagraph(lines[i + 1])
                    && !titleBeforeProse(lines, i)) {
                joined++;
                if (wrappedAtASpace(line, lines[i + 1])) {
                    out.put(' ', at);
                }
            } else {
                out.copy(at, at + 1);
            }
            at++;
        }
        if (joined == 0) {
            return in;
        }
        log.notes.add(String.format(note, joined, full.chars()));
        return out.build();
    }

    private static boolean looksWrapped(String[] lines, PageWidth full) {
        if (full.cells() > MAX_PAGE_CELLS) {
            return false;
        }
        int running = 0, wrapped = 0;
        for (String line : lines) {
            if (isRunningText(line)) {
                running++;
                if (stopsMidSentenceAtFullWidth(line, full) && (hasClausePunctuation(line) || hasDigit(line))) {
                    wrapped++;
                }
            }
        }
        return running >= MIN_LINES && wrapped >= MIN_WRAPPED_SHARE * running && !printedInColumns(lines);
    }

    /**
     * Half the lines of running text cut into spaced-apart fragments are columns side by side: joining them would
     * fuse the columns before PdfColumns can put them in reading order.
     */
    private static boolean printedInColumns(String[] lines) {
        int running = 0, columned = 0;
        for (String line : lines) {
            if (isRunningText(line)) {
                running++;
                if (spacedApartFragments(line) >= 2) {
                    columned++;
                }
            }
        }
        return columned * 2 >= running && running > 0;
    }

    /** Spaces with Chinese characters or quotes on both sides, as between columns printed side by side. */
    private static int spacedApartFragments(String line) {
        int gaps = 0;
        for (int i = 1; i + 1 < line.length(); i++) {
            if (line.charAt(i) == ' ' && line.charAt(i - 1) > 0x2000 && line.charAt(i + 1) > 0x2000) {
                gaps++;
            }
        }
        return gaps;
    }

    /**
     * A line filled to the page's width (a little over it for punctuation kept at its end) that ends no sentence.
     * Full by its cells (a PDF's proportional font gives a digit half a Chinese character's width) or by its
     * characters (a fixed-width export counts characters).
     */
    static boolean stopsMidSentenceAtFullWidth(String line, PageWidth full) {
        String l = line.strip();
        if (l.isEmpty() || !isRunningText(l)) {
            return false;
        }
        int cells = cells(l), chars = l.length();
        boolean isFull = cells >= full.cells() * 0.85 && cells <= full.cells() + 4
                || chars >= full.chars() * 0.85 && chars <= full.chars() + 2;
        return isFull && ENDS.indexOf(l.charAt(l.length() - 1)) < 0;
    }

    /**
     * Wrapped prose carries its commas and stops into every line; a list of names or headings of similar length
     * (a table of contents, a list of projects) does not, and is not taken for a wrapped paragraph.
     */
    private static boolean hasClausePunctuation(String line) {
        for (int i = 0; i < line.length(); i++) {
            if ("，、。；：,;".indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The document's first line, without a comma or stop, before a line of prose is its title, as long as a full
     * line only by chance: a title cut in two by the wrap goes on in a line without clause punctuation, and is
     * joined.
     */
    private static boolean titleBeforeProse(String[] lines, int i) {
        for (int k = 0; k < i; k++) {
            if (!lines[k].isBlank()) {
                return false;
            }
        }
        return !hasClausePunctuation(lines[i]) && hasClausePunctuation(lines[i + 1]);
    }

    private static boolean continuesParagraph(String next) {
        return !next.isBlank() && next.indexOf('|') < 0 && !NEW_ITEM.matcher(next).find()
                && !BRACKETED_LINE.matcher(next).matches();
    }

    /** The usual width of a full line, in cells and in characters: the 80th percentile over the lines of running text. */
    record PageWidth(int cells, int chars) {

        /** Null when there are fewer than {@code minLines} lines of running text to tell. */
        static PageWidth of(String[] lines, int minLines) {
            String[] running = Arrays.stream(lines).filter(HardWrappedLines::isRunningText).map(String::strip)
                    .toArray(String[]::new);
            if (running.length < minLines) {
                return null;
            }
            int at = (int) Math.floor(running.length * 0.8);
            return new PageWidth(Arrays.stream(running).mapToInt(HardWrappedLines::cells).sorted().toArray()[at],
                    Arrays.stream(running).mapToInt(String::length).sorted().toArray()[at]);
        }
    }

    /** Lines of ten characters or more that are no table rows. */
    private static boolean isRunningText(String line) {
        return line.strip().length() >= 10 && line.indexOf('|') < 0;
    }

    /** Width in half-width cells: CJK characters and full-width signs take two. */
    static int cells(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return n;
    }

    /**
     * English wrapped between two words lost a space at the break; Chinese, numbers and a pinyin gloss cut inside its
     * brackets (科技(k\nē)) lost none.
     */
    private static boolean wrappedAtASpace(String line, String next) {
        String l = line.stripTrailing();
        return isAsciiLetter(l.charAt(l.length() - 1)) && isAsciiLetter(next.charAt(0))
                && l.lastIndexOf('(') <= l.lastIndexOf(')') && l.lastIndexOf('（') <= l.lastIndexOf('）');
    }

    /** Flattened tables and statistics wrap lines of figures with few commas. */
    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
