package org.plantrack.nlp.internal;

import java.util.List;
import org.plantrack.nlp.CleaningReport;
import org.plantrack.nlp.clean.EscapedMarkup;
import org.plantrack.nlp.clean.HardWrappedLines;
import org.plantrack.nlp.clean.HtmlToText;
import org.plantrack.nlp.clean.MojibakeRepair;
import org.plantrack.nlp.clean.LeftoverEntities;
import org.plantrack.nlp.clean.OcrDigitConfusions;
import org.plantrack.nlp.clean.OcrSpacedDigits;
import org.plantrack.nlp.clean.PageTitleLine;
import org.plantrack.nlp.clean.ScriptConverter;
import org.plantrack.nlp.clean.StrayTags;
import org.plantrack.nlp.clean.TextCleaner;
import org.plantrack.nlp.format.DocumentFormat;
import org.plantrack.nlp.table.ColumnSeparators;
import org.plantrack.nlp.text.MappedText;

/**
 * Step 2: the original text becomes the cleaned text, every character still mapped to its origin: mojibake repair →
 * escaped HTML → HTML to text (or leftover entities and stray tags) → column separators → width → OCR digit confusions → inline boilerplate → Traditional to
 * Simplified → hard-wrapped lines → pinyin glosses → page title line → boilerplate lines → OCR-spaced digits →
 * spaces and PDF columns → broken lines → mojibake flags (docs/nlp.md, "Pipeline", says what each does). Markup and
 * mojibake are only looked for in text files: extracted PDF and DOCX text holds neither.
 */
final class CleanText implements AnalysisStep {

    @Override
    public void apply(AnalysisContext c) {
        boolean text = c.format == DocumentFormat.TEXT;
        TextCleaner.Log log = c.log;
        MappedText t = MappedText.identity(c.original);
        if (text) {
            t = MojibakeRepair.repair(t, log);
        }
        if (text && EscapedMarkup.holdsEscapedHtml(t.text())) {
            t = EscapedMarkup.unescape(t);
            log.notes.add("unescaped HTML held in JSON or entity-escaped text");
        }
        if (text && HtmlToText.looksLikeHtml(t.text(), c.fileName)) {
            t = HtmlToText.convert(t);
            log.notes.add("converted HTML to text (tables kept as rows of cells separated by |)");
        } else if (text) {
            t = LeftoverEntities.decode(t, log);
            if (StrayTags.present(t.text())) {
                t = StrayTags.remove(t, log);
            }
        }
        // Tab and space-aligned table rows become pipe rows before their gaps are folded into single spaces.
        t = ColumnSeparators.toPipes(t);
        t = TextCleaner.normalizeWidth(t, log);
        // Before boilerplate lines are removed: their dates (日期:2O20-07-30) still feed the document date.
        t = OcrDigitConfusions.repair(t, log);
        t = TextCleaner.removeInlineBoilerplate(t, log);
        String script = ScriptConverter.detectScript(t.text());
        if (!script.equals("simplified")) {
            t = ScriptConverter.toSimplified(t);
            log.notes.add("converted " + script + " Chinese to simplified");
        }
        // Before glosses and boilerplate: a wrapped line may end inside a gloss, and a line fragment is no line.
        t = HardWrappedLines.join(t, log);
        t = TextCleaner.removePinyinGlosses(t, log);
        t = PageTitleLine.remove(t, log);
        t = TextCleaner.removeBoilerplateLines(t, log);
        t = OcrSpacedDigits.join(t, log);
        t = TextCleaner.normalizeSpaces(t, log);
        t = TextCleaner.joinBrokenLines(t, log);
        TextCleaner.detectMojibake(t, log);
        c.mapped = t;
        c.script = script;
        c.clean = t.text();
        c.cleaning = new CleaningReport(c.encoding, script, c.original, c.clean,
                List.copyOf(log.notes), List.copyOf(log.warnings));
    }
}
