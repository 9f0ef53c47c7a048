package org.plantrack.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.format.Fixtures;

/** PDF and DOCX through the whole analyzer, and the readable failures for files that cannot be read. */
class FileFormatsTest {

    private static final DocumentAnalyzer ANALYZER = DocumentAnalyzer.standard();

    static final String TITLE = "江南市国民经济和社会发展第十四个五年规划纲要";
    static final String GDP = "到2025年，全市地区生产总值达到8000亿元，年均增长6%左右，城乡居民人均可支配收入增长与经济增长基本同步。";
    static final String FOREST = "森林覆盖率提高到42%以上，单位地区生产总值能耗下降13.5%，主要污染物排放总量持续减少。";

    @Test
    void docxParagraphsHeadingsAndTablesAreAnalysed() {
        byte[] docx = Fixtures.docx(FileFormatsTest::planDocx);

        DocumentAnalysis a = ANALYZER.analyze(docx, "plan.docx", AnalysisHints.none());

        assertThat(a.cleaning().cleanedText().split("\n")).contains(TITLE, "一、发展目标", GDP, FOREST);
        assertThat(a.cleaning().cleanedText()).contains("| 地区生产总值（亿元） | 6000 | 8000 |");
        assertThat(a.cleaning().notes()).anySatisfy(n -> assertThat(n).contains("2 heading(s)").contains("1 table(s)"));
        assertThat(a.structure().title()).isEqualTo(TITLE);
        assertThat(a.structure().headings()).extracting(DocumentStructure.Heading::text).contains("一、发展目标");
        assertPlanIndicators(a);
    }

    static void planDocx(XWPFDocument d) {
        XWPFParagraph title = d.createParagraph();
        title.setStyle("Title");
        title.createRun().setText(TITLE);
        XWPFParagraph heading = d.createParagraph();
        heading.setStyle("Heading1");
        heading.createRun().setText("一、发展目标");
        d.createParagraph().createRun().setText(GDP);
        XWPFTable table = d.createTable(2, 3);
        String[][] cells = {{"指标", "2020年", "2025年"}, {"地区生产总值（亿元）", "6000", "8000"}};
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                table.getRow(r).getCell(c).setText(cells[r][c]);
            }
        }
        d.createParagraph().createRun().setText(FOREST);
    }

    @Test
    void pdfTextLayerIsAnalysedWithoutPageFurnitureAndWithWrappedLinesJoined() {
        List<List<String>> pages = new ArrayList<>();
        List<String> first = new ArrayList<>(List.of(TITLE, "一、发展目标"));
        first.addAll(Fixtures.wrap(GDP, 22));
        pages.add(first);
        pages.add(new ArrayList<>(Fixtures.wrap(FOREST, 22)));
        pages.get(1).add(0, "二、生态环境");
        pages.add(List.of("三、保障措施", "加强组织领导。"));
        byte[] pdf = Fixtures.chinesePdf(pages, "江南市人民政府办公室");

        // named .txt on purpose: the bytes say PDF
        DocumentAnalysis a = ANALYZER.analyze(pdf, "plan.txt", AnalysisHints.none());

        String clean = a.cleaning().cleanedText();
        assertThat(clean.split("\n")).contains(TITLE, "一、发展目标", GDP, FOREST);
        assertThat(clean).doesNotContain("人民政府办公室").doesNotContain("- 2 -");
        assertThat(a.cleaning().encoding()).isEqualTo("PDF text layer");
        assertThat(a.cleaning().notes()).contains("extracted text from a 3-page PDF")
                .anySatisfy(n -> assertThat(n).contains("3 running header/footer").contains("3 page number"))
                .anySatisfy(n -> assertThat(n).contains("wrapped by the page layout"));
        assertPlanIndicators(a);
    }

    private static void assertPlanIndicators(DocumentAnalysis a) {
        assertThat(a.indicators()).anySatisfy(i -> {
            assertThat(i.metric()).contains("地区生产总值");
            assertThat(i.value()).isEqualByComparingTo(new BigDecimal("8000"));
            assertThat(i.unit()).isEqualTo("亿元");
            assertThat(i.kind()).isEqualTo("target");
            assertThat(i.year()).isEqualTo(2025);
            assertThat(i.sentence()).startsWith("到2025年").contains("8000亿元");
        });
        assertThat(a.indicators()).anySatisfy(i -> {
            assertThat(i.metric()).contains("森林覆盖率");
            assertThat(i.value()).isEqualByComparingTo("42");
            assertThat(i.unit()).isEqualTo("%");
        });
        // offsets of extracted documents refer to the extracted (original) text
        for (Indicator i : a.indicators()) {
            assertThat(a.cleaning().originalText().substring(i.start(), i.end())).isNotBlank();
        }
    }

    @Test
    void aPdfWithoutTextLayerFailsWithTheReason() {
        assertThatThrownBy(() -> ANALYZER.analyze(Fixtures.textlessPdf(2), "scan.pdf", AnalysisHints.none()))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("the PDF has no text layer (scanned pages?); OCR is not supported");
    }

    @Test
    void aPasswordProtectedPdfFailsWithTheReason() {
        assertThatThrownBy(() -> ANALYZER.analyze(Fixtures.passwordPdf(), "secret.pdf", AnalysisHints.none()))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("password-protected");
    }

    @Test
    void damagedFilesFailWithTheReason() {
        byte[] pdf = Fixtures.textlessPdf(1);
        assertThatThrownBy(() -> ANALYZER.analyze(Arrays.copyOf(pdf, 40), "cut.pdf", AnalysisHints.none()))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("PDF").hasMessageContaining("damaged");
        byte[] docx = Fixtures.docx(FileFormatsTest::planDocx);
        byte[] cut = Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> ANALYZER.analyze(cut, "cut.docx", AnalysisHints.none()))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("DOCX").hasMessageContaining("damaged");
    }

    @Test
    void aDocxZipBombIsRefusedWithoutInflatingIt() {
        byte[] bomb = Fixtures.zipBombDocx(256L << 20);
        assertThat(bomb.length).isLessThan(1 << 20);

        // refused by the streaming ratio check (inflated into a counter), before POI would inflate it into memory
        assertThatThrownBy(() -> ANALYZER.analyze(bomb, "bomb.docx", AnalysisHints.none()))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("word/document.xml expands more than 100 times")
                .hasMessageContaining("zip bomb");
    }

    @Test
    void legacyOfficeFilesAreNamed() {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> ANALYZER.analyze(doc, "report.doc", AnalysisHints.none()))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("legacy Microsoft Office document (.doc");
    }

    @Test
    void plainTextIsUnaffected() {
        DocumentAnalysis a = ANALYZER.analyze((TITLE + "\n" + GDP).getBytes(StandardCharsets.UTF_8), "plan.pdf",
                AnalysisHints.none());
        assertThat(a.cleaning().encoding()).isEqualTo("UTF-8");
        assertThat(a.indicators()).isNotEmpty();
    }

    @Test
    void plainTextOverTheCharacterLimitFailsWithTheReason() {
        // 3.6 million characters of ASCII digits: within the upload size, over what one document may hold
        byte[] huge = GDP.replaceAll("[^0-9]", "").repeat(400_000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ANALYZER.analyze(huge, "huge.txt", AnalysisHints.none()))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("more than the 3000000 one document may have");
    }
}
