package org.plantrack.nlp.format;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.plantrack.nlp.DocumentFormatException;

/**
 * PDFBox's text stripper with a bound on the glyphs of one page. The stripper keeps every glyph of a page, with
 * its position and font, until the page ends (a few hundred bytes each), so a page whose content stream draws
 * millions of characters (it compresses to almost nothing) would take the heap before the character limit on the
 * written text is ever reached.
 */
final class BoundedTextStripper extends PDFTextStripper {

    private final int maxGlyphsPerPage;
    private int glyphs;
    private int page;

    BoundedTextStripper(int maxGlyphsPerPage) {
        this.maxGlyphsPerPage = maxGlyphsPerPage;
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
        glyphs = 0;
        page++;
        super.startPage(p);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (++glyphs > maxGlyphsPerPage) {
            throw new DocumentFormatException("page " + page + " of the PDF draws more than " + maxGlyphsPerPage
                    + " characters, far more than a page of text holds; the PDF was refused");
        }
        super.processTextPosition(text);
    }
}
