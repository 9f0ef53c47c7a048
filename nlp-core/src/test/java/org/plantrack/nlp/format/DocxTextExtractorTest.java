package org.plantrack.nlp.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.DocumentFormatException;

/** The streaming DOCX reader: the text POI's tree gave for ordinary documents, and bounded cost for hostile ones. */
class DocxTextExtractorTest {

    private static final ExtractionLimits STANDARD = ExtractionLimits.standard();

    private static String text(byte[] docx) {
        return TextExtractor.extract(DocumentFormat.DOCX, docx, STANDARD).text();
    }

    private static String body(String xml) {
        return text(Fixtures.docxWithBody("word/document.xml", xml));
    }

    private static String p(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    // ---- the same text as POI's XWPF tree for documents a word processor writes ----

    @Test
    void ordinaryDocumentsReadAsPoiReadThem() {
        byte[] docx = Fixtures.docx(d -> {
            XWPFParagraph title = d.createParagraph();
            title.setStyle("Title");
            title.createRun().setText("东江市国民经济和社会发展第十四个五年规划");
            XWPFParagraph heading = d.createParagraph();
            heading.setStyle("1"); // Chinese Word's style id of 标题 1
            heading.createRun().setText("第一章 发展目标");
            XWPFParagraph mixed = d.createParagraph();
            XWPFRun a = mixed.createRun();
            a.setText("到2025年，");
            a.addTab();
            a.setText("粮食产量");
            XWPFRun b = mixed.createRun();
            b.setBold(true);
            b.setText("稳定在120万吨");
            b.addBreak();
            b.setText("以上。");
            d.createParagraph(); // empty: no line
            XWPFTable table = d.createTable(3, 3);
            String[][] cells = {{"指标", "2020年", "2025年"}, {"粮食产量（万吨）", "118", "120"}, {"", "", ""}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            d.createParagraph().createRun().setText("森林覆盖率达到45%。");
        });

        String streamed = text(docx);

        assertThat(streamed).isEqualTo(poiReference(docx));
        assertThat(streamed.split("\n")).containsExactly("东江市国民经济和社会发展第十四个五年规划", "第一章 发展目标",
                "到2025年，\t粮食产量稳定在120万吨 以上。", "| 指标 | 2020年 | 2025年 |", "| 粮食产量（万吨） | 118 | 120 |",
                "森林覆盖率达到45%。");
        assertThat(TextExtractor.extract(DocumentFormat.DOCX, docx, STANDARD).notes())
                .containsExactly("DOCX: extracted 2 paragraph(s), 2 heading(s) and 1 table(s) (table rows as cells "
                        + "separated by |)");
    }

    /** What the reader did before it streamed (POI XWPF), for documents without multi-paragraph cells. */
    private static String poiReference(byte[] docx) {
        StringBuilder out = new StringBuilder();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement e : d.getBodyElements()) {
                if (e instanceof XWPFParagraph p && !p.getText().replace('\n', ' ').strip().isEmpty()) {
                    out.append(p.getText().replace('\n', ' ').strip()).append('\n');
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText().replaceAll("\\s*\\n\\s*", " ").strip());
                        }
                        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
                        }
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString().strip();
    }

    // ---- WordprocessingML constructs, each in a sentence of its own ----

    @Test
    void contentControlsHyperlinksAndInsertionsAreTextDeletionsAndFieldCodesAreNot() {
        String text = body("<w:sdt><w:sdtPr><w:alias w:val=\"目标\"/></w:sdtPr><w:sdtContent>" + p("主要目标如下。")
                + "</w:sdtContent></w:sdt>"
                + "<w:p><w:hyperlink><w:r><w:t>城镇新增就业</w:t></w:r></w:hyperlink>"
                + "<w:ins><w:r><w:t>每年5万人</w:t></w:r></w:ins>"
                + "<w:del><w:r><w:delText>每年4万人</w:delText></w:r></w:del>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:sdt><w:sdtContent><w:r><w:t>以上</w:t></w:r></w:sdtContent></w:sdt>"
                + "<w:r><w:t xml:space=\"preserve\">。</w:t></w:r></w:p>");

        assertThat(text.split("\n")).containsExactly("主要目标如下。", "城镇新增就业每年5万人以上。");
    }

    @Test
    void headingsAreToldByTheParagraphStyleId() {
        byte[] docx = Fixtures.docxWithBody("word/document.xml",
                "<w:p><w:pPr><w:pStyle w:val=\"2\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>二、主要任务</w:t></w:r></w:p>"
                        + "<w:p><w:pPr><w:pStyle w:val=\"Heading3\"/></w:pPr><w:r><w:t>（一）产业</w:t></w:r></w:p>"
                        + "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr><w:r><w:t>推进产业升级。</w:t></w:r></w:p>");

        assertThat(TextExtractor.extract(DocumentFormat.DOCX, docx, STANDARD).notes().get(0))
                .startsWith("DOCX: extracted 1 paragraph(s), 2 heading(s) and 0 table(s)");
    }

    @Test
    void tableRowsInContentControlsNestedTablesAndMultiParagraphCellsStayInTheirRow() {
        String cell = "<w:tc><w:tcPr><w:tcW w:w=\"2000\"/></w:tcPr>%s</w:tc>";
        String text = body("<w:tbl><w:tblPr/><w:tblGrid/>"
                + "<w:tr>" + cell.formatted(p("指标")) + cell.formatted(p("目标值")) + "</w:tr>"
                + "<w:sdt><w:sdtContent><w:tr>" + cell.formatted(p("耕地保有量")) + cell.formatted(p("1200")
                + p("万亩")) + "</w:tr></w:sdtContent></w:sdt>"
                + "<w:tr>" + cell.formatted("<w:tbl><w:tr>" + cell.formatted(p("其中")) + cell.formatted(p("水田"))
                + "</w:tr></w:tbl>" + p("")) + cell.formatted(p("300")) + "</w:tr>"
                + "</w:tbl>" + p("表后正文。"));

        assertThat(text.split("\n")).containsExactly("| 指标 | 目标值 |", "| 耕地保有量 | 1200 万亩 |", "| 其中 水田 | 300 |",
                "表后正文。");
    }

    @Test
    void mergedCellsAreWrittenLikeHtmlSpans() {
        String cell = "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>";
        String restart = "<w:vMerge w:val=\"restart\"/>";
        String text = body("<w:tbl><w:tblGrid/>"
                + "<w:tr>" + cell.formatted(restart, p("指标")) + cell.formatted("<w:gridSpan w:val=\"2\"/>", p("2025年"))
                + cell.formatted(restart, p("属性")) + "</w:tr>"
                + "<w:tr>" + cell.formatted("<w:vMerge/>", "<w:p/>") + cell.formatted("", p("目标值"))
                + cell.formatted("", p("年均增长")) + cell.formatted("<w:vMerge w:val=\"continue\"/>", "<w:p/>") + "</w:tr>"
                + "<w:tr>" + cell.formatted("", p("粮食产量")) + cell.formatted("", p("1200"))
                + cell.formatted("", p("1.5")) + cell.formatted("", p("约束性")) + "</w:tr>"
                + "</w:tbl>");

        // A spanning cell is followed by empty cells, a continued merge repeats the text that starts it.
        assertThat(text.split("\n")).containsExactly("| 指标 | 2025年 |  | 属性 |", "| 指标 | 目标值 | 年均增长 | 属性 |",
                "| 粮食产量 | 1200 | 1.5 | 约束性 |");
    }

    @Test
    void aMergeEndsWhereACellOfItsColumnIsNotMerged() {
        String cell = "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>";
        String text = body("<w:tbl>"
                + "<w:tr>" + cell.formatted("<w:vMerge w:val=\"restart\"/>", p("经济")) + cell.formatted("", p("甲")) + "</w:tr>"
                + "<w:tr>" + cell.formatted("", p("生态")) + cell.formatted("", p("乙")) + "</w:tr>"
                + "<w:tr>" + cell.formatted("<w:vMerge/>", "<w:p/>") + cell.formatted("", p("丙")) + "</w:tr>"
                + "</w:tbl>");

        // The third row's stray continuation has no start above it in its column any more: it stays empty.
        assertThat(text.split("\n")).containsExactly("| 经济 | 甲 |", "| 生态 | 乙 |", "|  | 丙 |");
    }

    @Test
    void textBoxesFollowTheirRunAndAlternateContentIsNotReadTwice() {
        String text = body("<w:p><w:r><w:t>见图</w:t><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\">"
                + "<v:textbox><w:txbxContent>" + p("框内说明") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
                + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">" + p("选项一") + "</mc:Choice>"
                + "<mc:Fallback>" + p("选项二") + "</mc:Fallback></mc:AlternateContent></w:r></w:p>");

        assertThat(text).isEqualTo("见图 ( 框内说明 )");
    }

    @Test
    void theMainPartIsTheOneThePackageRelationshipsName() {
        byte[] docx = Fixtures.docxWithBody("word/main.xml", p("正文在别的部件里。"));

        assertThat(text(docx)).isEqualTo("正文在别的部件里。");
    }

    @Test
    void strictOpenXmlIsReadToo() {
        byte[] docx = Fixtures.docxWithDocument("word/document.xml", "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/"
                + "wordprocessingml/main\"><w:body>" + p("严格格式的正文。") + "</w:body></w:document>");

        assertThat(text(docx)).isEqualTo("严格格式的正文。");
    }

    // ---- hostile and broken files end with a reason ----

    @Test
    void theIssue13DocxOfOneCharacterRunsIsRefusedByItsElementCountQuicklyAndWithoutItsXmlInMemory() {
        byte[] docx = Fixtures.docxOfOneCharacterRuns(23L << 20);
        // it is what the probe sent: a few MB that pass the size, ratio and XML-byte checks
        assertThat(docx.length).isBetween(1 << 20, 4 << 20);
        ZipGuard.checkExpansion(docx, "DOCX file", STANDARD);

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> text(docx))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("the DOCX file's word/document.xml has more than 1,000,000 XML elements")
                .hasMessageContaining("save it again");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(20_000);
    }

    @Test
    void withTheElementLimitLiftedTheSameFileStreamsToItsText() {
        ExtractionLimits lifted = new ExtractionLimits(STANDARD.maxPages(), STANDARD.maxCharacters(),
                STANDARD.maxExpandedBytes(), STANDARD.maxExpandedXmlBytes(), STANDARD.maxExpansionRatio(),
                STANDARD.minBytesForRatioCheck(), STANDARD.pdfMainMemoryBytes(), Long.MAX_VALUE, STANDARD.maxXmlDepth(),
                STANDARD.pdfMaxGlyphsPerPage());
        byte[] docx = Fixtures.docxOfOneCharacterRuns(8L << 20);

        ExtractedText text = TextExtractor.extract(DocumentFormat.DOCX, docx, lifted);

        // one character per run, forty runs per paragraph
        assertThat(text.text().split("\n")[0]).hasSize(40);
        assertThat(text.notes().get(0)).matches("DOCX: extracted \\d{4,} paragraph\\(s\\).*");
    }

    @Test
    void oneHugeParagraphStopsAtTheCharacterLimitBeforeItIsComplete() {
        ExtractionLimits small = new ExtractionLimits(STANDARD.maxPages(), 1_000, STANDARD.maxExpandedBytes(),
                STANDARD.maxExpandedXmlBytes(), STANDARD.maxExpansionRatio(), STANDARD.minBytesForRatioCheck(),
                STANDARD.pdfMainMemoryBytes(), STANDARD.maxXmlElements(), STANDARD.maxXmlDepth(),
                STANDARD.pdfMaxGlyphsPerPage());
        byte[] docx = Fixtures.docxWithBody("word/document.xml",
                "<w:p>" + "<w:r><w:t>推进高质量发展。</w:t></w:r>".repeat(500) + "</w:p>");

        assertThatThrownBy(() -> TextExtractor.extract(DocumentFormat.DOCX, docx, small))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("the DOCX has more than 1000 characters");
    }

    @Test
    void nestingBeyondTheDepthLimitIsRefused() {
        String open = "<w:sdt><w:sdtContent>".repeat(200);
        String close = "</w:sdtContent></w:sdt>".repeat(200);

        assertThatThrownBy(() -> body(open + p("藏在深处。") + close))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("nests its XML more than 256 levels deep");
    }

    @Test
    void aDoctypeIsRefusedAndItsEntitiesNeverExpanded() {
        String lol = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"哈哈哈哈哈哈哈哈\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<w:document xmlns:w=\"" + Fixtures.W_NS + "\"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p>"
                + "</w:body></w:document>";

        assertThatThrownBy(() -> text(Fixtures.docxWithDocument("word/document.xml", lol)))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("the DOCX file's word/document.xml declares a DTD");
    }

    @Test
    void aPackageWithoutItsMainPartOrBodyIsDamaged() {
        assertThatThrownBy(() -> text(Fixtures.zipWith("word/styles.xml", "_rels/.rels")))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("damaged");
        assertThatThrownBy(() -> text(Fixtures.docxWithDocument("word/document.xml",
                "<w:document xmlns:w=\"" + Fixtures.W_NS + "\"/>")))
                .hasMessageContaining("has no body");
    }
}
