package org.plantrack.nlp;

import java.util.List;

/**
 * How the raw bytes became clean simplified text.
 *
 * @param encoding     detected character encoding, e.g. "UTF-8", "GB18030", "Big5", "UTF-16LE"
 * @param script       "simplified", "traditional" or "mixed" (of the original text)
 * @param originalText the decoded original text; indicator offsets refer to it
 * @param cleanedText  the cleaned, simplified text
 * @param notes        what was changed or removed and why, readable by a user
 * @param warnings     problems found but not fixed (mojibake spans, column interleaving), readable by a user
 */
public record CleaningReport(
        String encoding,
        String script,
        String originalText,
        String cleanedText,
        List<String> notes,
        List<String> warnings) {
}
