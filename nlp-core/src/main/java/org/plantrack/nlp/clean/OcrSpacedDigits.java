package org.plantrack.nlp.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrack.nlp.text.MappedText;

/**
 * Closes the spaces an OCR pass or old typesetting put between the digits of every number ("2 0 0 5年",
 * "1 0 8 0万千瓦", "6 .5 %"). Only a document that spaces its numbers throughout is repaired: there a run of
 * two digits ("5 0座") is one number too, while elsewhere "1 2" may be two table cells.
 */
public final class OcrSpacedDigits {

    /** Three or more single digits with single spaces between them, glued to what follows (2 0 0 5年). */
    private static final Pattern EVIDENCE = Pattern.compile("(?<![\\d.])\\d(?: \\d){2,}(?=[^\\d\\s])");
    /**
     * Single digits with single spaces between them, and a decimal point set apart (6 .5, 6 . 5). A comma before the
     * run only keeps it apart when a digit precedes the comma (1,2 3 is a thousands group); a clause comma does not
     * (通达,7 5公里: scraped text often writes the clause comma in ASCII).
     */
    private static final Pattern RUN = Pattern.compile("(?<![\\d.])(?<!\\d,)\\d(?: ?\\.? ?\\d)+(?![\\d])");
    /** A piece of a spaced run: one digit, maybe with the decimal point beside it, the point alone, or 7.8 (4 7.6 5). */
    private static final Pattern PIECE = Pattern.compile("\\.?\\d\\.?|\\.|\\d\\.\\d");
    /** How many glued spaced numbers show that the whole document spaces its digits. */
    private static final int MIN_EVIDENCE = 3;

    private OcrSpacedDigits() {
    }

    public static MappedText join(MappedText in, TextCleaner.Log log) {
        String s = in.text();
        Matcher e = EVIDENCE.matcher(s);
        int evidence = 0;
        while (evidence < MIN_EVIDENCE && e.find()) {
            evidence++;
        }
        if (evidence < MIN_EVIDENCE) {
            return in;
        }
        MappedText.Builder out = in.builder();
        Matcher m = RUN.matcher(s);
        int last = 0, joined = 0;
        while (m.find()) {
            String run = m.group();
            if (run.indexOf(' ') < 0 || run.indexOf('.') != run.lastIndexOf('.') || !singleDigits(run)) {
                continue;
            }
            out.copy(last, m.start());
            for (int i = m.start(); i < m.end(); i++) {
                if (s.charAt(i) != ' ') {
                    out.put(s.charAt(i), i);
                }
            }
            last = m.end();
            joined++;
        }
        if (joined == 0) {
            return in;
        }
        out.copy(last, s.length());
        log.note("closed the OCR spaces inside " + joined + " number(s)");
        return out.build();
    }

    /** Whether every space-separated piece is a single digit: "12 34" are two numbers, not one spaced apart. */
    private static boolean singleDigits(String run) {
        for (String piece : run.split(" ")) {
            if (!PIECE.matcher(piece).matches()) {
                return false;
            }
        }
        return true;
    }
}
