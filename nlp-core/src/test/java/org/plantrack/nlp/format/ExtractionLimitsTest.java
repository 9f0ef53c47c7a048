package org.plantrack.nlp.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.DocumentFormatException;

/** The size limits stop extraction with a reason; small limits stand in for huge files. */
class ExtractionLimitsTest {

    private static final String LINE = "到2025年，全市地区生产总值达到8000亿元。";

    private static ExtractionLimits limits(int pages, int characters) {
        ExtractionLimits s = ExtractionLimits.standard();
        return new ExtractionLimits(pages, characters, s.maxExpandedBytes(), s.maxExpandedXmlBytes(),
                s.maxExpansionRatio(), s.minBytesForRatioCheck(), s.pdfMainMemoryBytes(), s.maxXmlElements(),
                s.maxXmlDepth(), s.pdfMaxGlyphsPerPage());
    }

    @Test
    void tooManyPdfPages() {
        byte[] pdf = Fixtures.chinesePdf(List.of(List.of(LINE), List.of(LINE), List.of(LINE)), null);
        assertThat(TextExtractor.extract(DocumentFormat.PDF, pdf, limits(3, 10_000)).text()).contains(LINE);
        assertThatThrownBy(() -> TextExtractor.extract(DocumentFormat.PDF, pdf, limits(2, 10_000)))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("the PDF has 3 pages, more than the 2 read here");
    }

    @Test
    void tooManyCharactersStopExtractionOfPdfAndDocx() {
        byte[] pdf = Fixtures.chinesePdf(List.of(List.of(LINE, LINE, LINE)), null);
        assertThatThrownBy(() -> TextExtractor.extract(DocumentFormat.PDF, pdf, limits(10, 40)))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("the PDF has more than 40 characters");
        byte[] docx = Fixtures.docx(d -> {
            for (int i = 0; i < 3; i++) {
                d.createParagraph().createRun().setText(LINE);
            }
        });
        assertThatThrownBy(() -> TextExtractor.extract(DocumentFormat.DOCX, docx, limits(10, 40)))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("the DOCX has more than 40 characters");
    }

    @Test
    void aPdfPageDrawingMoreGlyphsThanAPageHoldsIsRefused() {
        byte[] pdf = Fixtures.chinesePdf(List.of(List.of(LINE), List.of(LINE, LINE, LINE, LINE)), null);
        ExtractionLimits s = ExtractionLimits.standard();
        ExtractionLimits perPage = new ExtractionLimits(s.maxPages(), s.maxCharacters(), s.maxExpandedBytes(),
                s.maxExpandedXmlBytes(), s.maxExpansionRatio(), s.minBytesForRatioCheck(), s.pdfMainMemoryBytes(),
                s.maxXmlElements(), s.maxXmlDepth(), 2 * LINE.length() + 10);

        assertThatThrownBy(() -> TextExtractor.extract(DocumentFormat.PDF, pdf, perPage))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("page 2 of the PDF draws more than " + (2 * LINE.length() + 10) + " characters");
        assertThat(TextExtractor.extract(DocumentFormat.PDF, pdf, s).text()).contains(LINE);
    }

    @Test
    void tooMuchDocumentXmlEvenAtAModestRatio() {
        ExtractionLimits s = ExtractionLimits.standard();
        // 3 MB of XML inflated, below the ratio check's threshold, against an XML budget of 1 MB
        ExtractionLimits small = new ExtractionLimits(s.maxPages(), s.maxCharacters(), s.maxExpandedBytes(), 1 << 20,
                s.maxExpansionRatio(), s.minBytesForRatioCheck(), s.pdfMainMemoryBytes(), s.maxXmlElements(),
                s.maxXmlDepth(), s.pdfMaxGlyphsPerPage());
        byte[] docx = Fixtures.zipBombDocx(3L << 20);
        assertThatThrownBy(() -> TextExtractor.extract(DocumentFormat.DOCX, docx, small))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("holds more than 1 MB of document XML");
    }
}
