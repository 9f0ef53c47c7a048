package org.plantrack.nlp.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.DocumentFormatException;

class DocumentFormatTest {

    @Test
    void magicBytesDecideNotTheName() {
        assertThat(DocumentFormat.detect(Fixtures.textlessPdf(1))).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.detect(Fixtures.docx(d -> d.createParagraph().createRun().setText("正文"))))
                .isEqualTo(DocumentFormat.DOCX);
        assertThat(DocumentFormat.detect("到2025年森林覆盖率达到45%。".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentFormat.TEXT);
        // a text that merely mentions the PDF signature later on is still text
        assertThat(DocumentFormat.detect("文件头是 %PDF-1.7".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentFormat.TEXT);
        byte[] bomPdf = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', '%', 'P', 'D', 'F', '-', '1'};
        assertThat(DocumentFormat.detect(bomPdf)).isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void unsupportedFormatsAreNamed() {
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1}, ".doc");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'}, "PNG image");
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "OCR is not supported");
        assertRefused("{\\rtf1\\ansi 文字}".getBytes(StandardCharsets.UTF_8), "RTF");
        assertRefused(Fixtures.zipWith("[Content_Types].xml", "xl/workbook.xml"), "Excel workbook (.xlsx)");
        assertRefused(Fixtures.zipWith("[Content_Types].xml", "ppt/presentation.xml"), "PowerPoint");
        assertRefused(Fixtures.zipWith("mimetype", "content.xml"), "OpenDocument");
        assertRefused(Fixtures.zipWith("a.txt", "b.txt"), "ZIP archive");
    }

    private static void assertRefused(byte[] content, String reason) {
        assertThatThrownBy(() -> DocumentFormat.detect(content))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining(reason);
    }
}
