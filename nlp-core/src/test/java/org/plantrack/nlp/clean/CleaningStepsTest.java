package org.plantrack.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.text.MappedText;

class CleaningStepsTest {

    private static final String SAMPLE = "今年全县粮食产量达到十二万吨，比上年增长百分之三。";

    @Test
    void detectsEncodingsFromBytes() {
        assertThat(EncodingDetector.decode(SAMPLE.getBytes(StandardCharsets.UTF_8)).encoding()).isEqualTo("UTF-8");
        byte[] bom = ("\uFEFF" + SAMPLE).getBytes(StandardCharsets.UTF_8);
        EncodingDetector.Decoded d = EncodingDetector.decode(bom);
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(SAMPLE);
        assertThat(EncodingDetector.decode(withBom(SAMPLE.getBytes(StandardCharsets.UTF_16LE), 0xFF, 0xFE)).text()).isEqualTo(SAMPLE);
        assertThat(EncodingDetector.decode(withBom(SAMPLE.getBytes(StandardCharsets.UTF_16BE), 0xFE, 0xFF)).encoding()).isEqualTo("UTF-16BE");
        String ascii = "2024年 GDP 5% growth, 3 items\n";
        assertThat(EncodingDetector.decode(ascii.getBytes(StandardCharsets.UTF_16LE)).encoding()).isEqualTo("UTF-16LE");
        EncodingDetector.Decoded gb = EncodingDetector.decode(SAMPLE.getBytes(Charset.forName("GB18030")));
        assertThat(gb.encoding()).isEqualTo("GB18030");
        assertThat(gb.text()).isEqualTo(SAMPLE);
        String trad = "今年全縣糧食產量達到十二萬噸，比上年增長百分之三，經濟發展穩中向好。";
        EncodingDetector.Decoded big5 = EncodingDetector.decode(trad.getBytes(Charset.forName("Big5")));
        assertThat(big5.encoding()).isEqualTo("Big5");
        assertThat(big5.text()).isEqualTo(trad);
    }

    @Test
    void utf8WithAGenuineReplacementCharacterStaysUtf8AndMalformedUtf8DoesNot() {
        String withReplacement = "产量\uFFFD增长百分之三，全年粮食产量达到十二万吨。";
        EncodingDetector.Decoded d = EncodingDetector.decode(withReplacement.getBytes(StandardCharsets.UTF_8));
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(withReplacement);
        byte[] utf8 = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length - 1);
        assertThat(EncodingDetector.decode(cut).text()).isNotEqualTo(new String(cut, StandardCharsets.UTF_8));
    }

    private static byte[] withBom(byte[] b, int x, int y) {
        byte[] out = new byte[b.length + 2];
        out[0] = (byte) x;
        out[1] = (byte) y;
        System.arraycopy(b, 0, out, 2, b.length);
        return out;
    }

    @Test
    void convertsTraditionalKeepingOffsetsAndFixingZhe() {
        String trad = "隨著經濟發展，沿著這條路著力推進，意味著地區生產總值再創新高。";
        assertThat(ScriptConverter.detectScript(trad)).isEqualTo("traditional");
        assertThat(ScriptConverter.detectScript("随着经济发展，著名作家来访。")).isEqualTo("simplified");
        MappedText t = ScriptConverter.toSimplified(MappedText.identity(trad));
        assertThat(t.text()).isEqualTo("随着经济发展，沿着这条路着力推进，意味着地区生产总值再创新高。");
        int i = t.text().indexOf("地区");
        assertThat(trad.substring(t.originOf(i), t.originEnd(i + 2))).isEqualTo("地區");
    }

    @Test
    void normalisesFullWidthDigitsAndPercent() {
        TextCleaner.Log log = new TextCleaner.Log();
        MappedText t = TextCleaner.normalizeWidth(MappedText.identity("增长１２．５％\r\n下一行"), log);
        assertThat(t.text()).isEqualTo("增长12.5%\n下一行");
        assertThat(log.notes).isNotEmpty();
    }

    @Test
    void strayTagsInPlainTextAreRemovedSoNumbersMeetTheirUnits() {
        String in = "全市生产总值3.2<span style=\"font-size:16px\">万</span>亿元，增长5.5<font color=red>%</font>。<br/>"
                + "单位：亿元<p>指标<4的保留，<人民日报>也保留。";
        assertThat(StrayTags.present(in)).isTrue();
        assertThat(StrayTags.present("PM2.5<35，<人民日报>")).isFalse();
        TextCleaner.Log log = new TextCleaner.Log();
        MappedText t = StrayTags.remove(MappedText.identity(in), log);
        assertThat(t.text()).isEqualTo("全市生产总值3.2万亿元，增长5.5%。\n单位：亿元\n指标<4的保留，<人民日报>也保留。");
        // The kept characters still point at the original: 万 at its place between the tags.
        assertThat(in.charAt(t.originOf(t.text().indexOf('万')))).isEqualTo('万');
        assertThat(log.notes).anyMatch(n -> n.contains("HTML tag"));
    }

    @Test
    void fullWidthCommaBetweenFullWidthDigitsGroupsThousands() {
        TextCleaner.Log log = new TextCleaner.Log();
        String in = "新增就业１，２００人，投资３，４５６．７亿元，共３，５个。完成１２，３４５６项，第１，２００名。";
        MappedText t = TextCleaner.normalizeWidth(MappedText.identity(in), log);
        // A separator only before exactly three full-width digits; a clause comma after a number stays.
        assertThat(t.text()).isEqualTo("新增就业1,200人，投资3,456.7亿元，共3，5个。完成12，3456项，第1,200名。");
        // Half-width digits with the Chinese comma may be two clauses: left alone.
        assertThat(TextCleaner.normalizeWidth(MappedText.identity("排名第1，200家企业"), log).text()).isEqualTo("排名第1，200家企业");
    }

    @Test
    void removesPinyinGlossesButNotRealParentheses() {
        TextCleaner.Log log = new TextCleaner.Log();
        String in = "當(dāng)前，十(shí)五五時期的(de)任務；會議(2021年9月26日)在村(社区)服务站(站)检测(PM2.5)浓度。";
        MappedText t = TextCleaner.removePinyinGlosses(MappedText.identity(in), log);
        assertThat(t.text()).isEqualTo("當前，十五五時期的任務；會議(2021年9月26日)在村(社区)服务站(站)检测(PM2.5)浓度。");
        assertThat(log.notes.get(0)).contains("3 pinyin");
        int i = t.text().indexOf("時期");
        assertThat(in.substring(t.originOf(i), t.originEnd(i + 2))).isEqualTo("時期");
    }

    @Test
    void glossScannerAcceptsOneToSevenPinyinLettersBetweenBrackets() {
        // [(（][a-z and toned vowels]{1,7}[)）] opening at the bracket; the end is exclusive.
        assertThat(TextCleaner.glossEnd("當(dāng)前", 1)).isEqualTo(7);
        assertThat(TextCleaner.glossEnd("的（de）任务", 1)).isEqualTo(5);
        assertThat(TextCleaner.glossEnd("x(zhuàngz)", 1)).isEqualTo(10);
        assertThat(TextCleaner.glossEnd("x(zhuàngzu)", 1)).as("eight letters").isEqualTo(-1);
        assertThat(TextCleaner.glossEnd("x()", 1)).as("no letter").isEqualTo(-1);
        assertThat(TextCleaner.glossEnd("x(PM)", 1)).as("capitals").isEqualTo(-1);
        assertThat(TextCleaner.glossEnd("x(站)", 1)).isEqualTo(-1);
        assertThat(TextCleaner.glossEnd("x(de", 1)).as("not closed").isEqualTo(-1);
        assertThat(TextCleaner.glossEnd("x(de]", 1)).isEqualTo(-1);
    }

    @Test
    void flagsMojibakeWithoutRemovingIt() {
        TextCleaner.Log log = new TextCleaner.Log();
        MappedText t = MappedText.identity("道路建成投用,滨河?xùn)|西路南延。另有\uFFFD\uFFFD字符。正常句子吗?\n");
        TextCleaner.detectMojibake(t, log);
        assertThat(log.mojibake).hasSize(2);
        assertThat(log.warnings).allMatch(w -> w.startsWith("mojibake"));
    }

    @Test
    void joinsLinesBrokenInsideAWordOnly() {
        TextCleaner.Log log = new TextCleaner.Log();
        String in = "到二〇三五年将与全国同步全面建成小\n\n康社会，人民生活更加美好。\n一、总体要求\n坚持稳中求进。";
        MappedText t = TextCleaner.joinBrokenLines(MappedText.identity(in), log);
        assertThat(t.text()).contains("全面建成小康社会").contains("一、总体要求\n坚持");
    }

    @Test
    void tableRowsAreNeverJoinedAsBrokenLines() {
        TextCleaner.Log log = new TextCleaner.Log();
        // 性 and 生 would make a dictionary word across the break, but the lines are two rows of cells.
        String in = "污水处理率 | % | 93 | 97 | 约束性\n生活垃圾无害化处理率 | % | 100 | 100 | 约束性\n";
        assertThat(TextCleaner.joinBrokenLines(MappedText.identity(in), log).text()).isEqualTo(in);
    }

    @Test
    void removesBoilerplateLinesAndBylines() {
        TextCleaner.Log log = new TextCleaner.Log();
        String in = "当前位置：首页 > 政务公开 > 规划计划\n"
                + "某市国民经济发展报告\n"
                + "某市国民经济发展报告\n"
                + "发布时间：2023-01-05 来源：市发改委\n"
                + "正文第一段，全市经济稳定增长(3205字)。\n"
                + "<image>data:image/png;base64,iVBORw0KGgo123456</image>\n"
                + "欢迎加入QQ群123456789，投稿邮箱 tougao@example.com\n"
                + "版权所有 © 某某网站 备案号 ICP备12345678号\n"
                + "上一篇：关于做好2023年春季农业生产工作的通知\n"
                + "主办单位：某某市人民政府办公室 地址：某某路1号 邮编：310000\n";
        MappedText t = TextCleaner.removeInlineBoilerplate(MappedText.identity(in), log);
        t = TextCleaner.removeBoilerplateLines(t, log);
        String out = t.text();
        assertThat(out).contains("某市国民经济发展报告").contains("正文第一段，全市经济稳定增长。");
        assertThat(out).doesNotContain("当前位置", "发布时间", "3205", "QQ", "版权", "base64", "上一篇", "主办单位");
        assertThat(out.indexOf("某市国民经济发展报告")).isEqualTo(out.lastIndexOf("某市国民经济发展报告"));
        assertThat(log.removedLines).anyMatch(l -> l.contains("2023-01-05"));
        assertThat(String.join(" ", log.notes)).contains("breadcrumb", "repeated title", "page metadata", "contact", "footer");
    }

    @Test
    void removesSpamAdvertisingHeaders() {
        TextCleaner.Log log = new TextCleaner.Log();
        String in = "免费观看在线视频,国产精品久久,AV专区\n新闻正文，今年增长5%。\n";
        MappedText t = TextCleaner.removeBoilerplateLines(MappedText.identity(in), log);
        assertThat(t.text().strip()).isEqualTo("新闻正文，今年增长5%。");
    }

    @Test
    void htmlTablesBecomeRowsOfCells() {
        String html = "<html><body><h2>主要指标</h2><p>说明&nbsp;文字&amp;备注</p>"
                + "<table><tr><td><div>指标</div></td><td>2020年</td><td>2025年</td></tr>"
                + "<tr><td><p>森林覆盖率(%)</p></td><td>40.1</td><td>42</td></tr></table>"
                + "<script>var x = 1;</script></body></html>";
        assertThat(HtmlToText.looksLikeHtml(html, "x.txt")).isTrue();
        MappedText t = HtmlToText.convert(MappedText.identity(html));
        assertThat(t.text()).contains("主要指标\n说明 文字&备注\n指标 | 2020年 | 2025年\n森林覆盖率(%) | 40.1 | 42");
        assertThat(t.text()).doesNotContain("var x");
        int i = t.text().indexOf("40.1");
        assertThat(html.substring(t.originOf(i), t.originEnd(i + 4))).isEqualTo("40.1");
    }

    @Test
    void reordersInterleavedPdfColumns() {
        // Three columns of 14 characters; every physical line holds one line of each column.
        String in = "甲栏第一行的文字内容在这里 乙栏第一行的文字内容在这里 丙栏第一行写到2025 年粮食产\n"
                + "量达到6.5 亿 吨以上、能源 乙栏第二行的文字内容在这里 丙栏第二行的文字内容在这里\n"
                + "甲栏第三行的文字内容在这里 乙栏第三行的文字内容在这里 丙栏第三行的文字内容在这里\n"
                + "甲栏第四行的文字内容在这里 乙栏第四行的文字内容在这里 丙栏第四行的文字内容在这里\n"
                + "甲栏第五行的文字内容在这里 乙栏第五行的文字内容在这里 丙栏第五行的文字内容在这里\n";
        TextCleaner.Log log = new TextCleaner.Log();
        MappedText t = TextCleaner.normalizeSpaces(MappedText.identity(in), log);
        assertThat(log.pdfColumns).isTrue();
        String[] cols = t.text().split("\n");
        assertThat(cols[0]).startsWith("甲栏第一行的文字内容在这里量达到6.5亿吨以上、能源甲栏第三行");
        assertThat(cols[1]).startsWith("乙栏第一行的文字内容在这里乙栏第二行");
        assertThat(cols[2]).startsWith("丙栏第一行写到2025年粮食产丙栏第二行");
        int i = t.text().indexOf("6.5");
        assertThat(in.substring(t.originOf(i), t.originEnd(i + 3))).isEqualTo("6.5");
    }

    @Test
    void flagsInterleavedPdfColumnsAndGluesNumbersToUnits() {
        TextCleaner.Log log = new TextCleaner.Log();
        String in = "第一栏的文字内容在这里 第二栏的内容也在 第三栏粮食产量 6.5 亿 吨\n"
                + "第一栏继续写下去的话 第二栏继续写的字 第三栏能源生产能力\n"
                + "第一栏还是有一些字的 第二栏同样有一些 第三栏其他的内容啊\n"
                + "第一栏最后一行文字了 第二栏最后一行字 第三栏结尾的一行字\n";
        MappedText t = TextCleaner.normalizeSpaces(MappedText.identity(in), log);
        assertThat(log.pdfColumns).isTrue();
        assertThat(log.warnings.get(0)).contains("PDF column");
        assertThat(t.text()).contains("6.5亿吨");
    }

    @Test
    void spacesAroundPunctuationAreOcrSpacingNotColumns() {
        // Scanned print: every punctuation mark and digit stands apart, but no gap cuts a run of Han text.
        String in = "　　今后五年 , 全县经济保持较快增长 , 到2 0 3 0年 , 地区生产总值达到8 0 0亿元左右 。\n"
                + "　　城乡居民收入稳步提高 , 农村居民人均可支配收入年均增长7 %以上 , 社会事业全面进步 。\n"
                + "　　生态环境持续改善 , 森林覆盖率提高到6 2 %, 城市空气质量优良天数比例保持在9 5 %以上 。\n"
                + "　　基础设施更加完善 , 新建改造农村公路1 2 0 0公里 , 新增高标准农田5万亩 、 水库3座 。\n";
        TextCleaner.Log log = new TextCleaner.Log();
        MappedText t = TextCleaner.normalizeSpaces(MappedText.identity(in), log);
        assertThat(log.pdfColumns).isFalse();
        assertThat(t.text().split("\n")[0]).startsWith("　　今后五年 , 全县经济保持较快增长").contains("到2 0 3 0年");
        assertThat(t.text().split("\n")[3]).contains("新建改造农村公路1 2 0 0公里");
    }

    @Test
    void closesOcrSpacesInsideNumbersOfASpacedDocument() {
        String in = "到2 0 3 0年 , 全县粮食产量达到5 0万吨 , 人均收入年均增长6 .5 %左右 , 新建水库1 2座 , 农村公路1 2 0 0公里 。\n"
                + "装机容量达到1 0 8 0万千瓦 , 人口自然增长率控制在8 ‰以下 。\n";
        TextCleaner.Log log = new TextCleaner.Log();
        MappedText t = OcrSpacedDigits.join(MappedText.identity(in), log);
        assertThat(t.text()).contains("到2030年", "50万吨", "6.5 %", "12座", "1200公里", "1080万千瓦");
        int i = t.text().indexOf("1080");
        assertThat(in.substring(t.originOf(i), t.originEnd(i + 4))).isEqualTo("1 0 8 0");
    }

    @Test
    void leavesSpacedDigitsAloneWhereTheDocumentDoesNotSpaceItsNumbers() {
        // Two table cells "1 2" and a list "3 4" in an ordinary text are separate numbers.
        String in = "序号 1 2 指标\n全县粮食产量达到50万吨，新建水库12座，第3 4页。\n";
        TextCleaner.Log log = new TextCleaner.Log();
        assertThat(OcrSpacedDigits.join(MappedText.identity(in), log).text()).isEqualTo(in);
    }

    @Test
    void invisibleCharactersAreDroppedAndThinSpacesBecomeSpaces() {
        String text = "地区生产\u00AD总值增长\u200B5.\u200D8%，常住人口12\u2009860人\u2060。";
        MappedText t = TextCleaner.normalizeWidth(MappedText.identity(text), new TextCleaner.Log());
        assertThat(t.text()).isEqualTo("地区生产总值增长5.8%，常住人口12 860人。");
        assertThat(t.originOf(t.text().indexOf('5'))).isEqualTo(text.indexOf('5'));
    }
}
