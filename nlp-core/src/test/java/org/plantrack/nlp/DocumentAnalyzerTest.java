package org.plantrack.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DocumentAnalyzerTest {

    private static final String TEXT = "二、今后五年的主要目标\n"
            + "到2025年，全县地区生产总值突破800亿元，年均增长7%左右，森林覆盖率达到62.5%。\n";

    @Test
    void standardIsSharedInstance() {
        assertThat(DocumentAnalyzer.standard()).isSameAs(DocumentAnalyzer.standard());
    }

    @Test
    void extractsIndicatorsWithOffsetsIntoTheOriginalText() {
        DocumentAnalysis a = DocumentAnalyzer.standard().analyze(TEXT.getBytes(StandardCharsets.UTF_8), "t.txt", AnalysisHints.none());
        assertThat(a.cleaning().encoding()).isEqualTo("UTF-8");
        assertThat(a.indicators()).hasSize(3);
        Indicator gdp = a.indicators().get(0);
        assertThat(gdp.metric()).isEqualTo("地区生产总值");
        assertThat(gdp.value()).isEqualByComparingTo(new BigDecimal("800"));
        assertThat(gdp.unit()).isEqualTo("亿元");
        assertThat(gdp.kind()).isEqualTo("target");
        assertThat(gdp.qualifier()).isEqualTo(">=");
        assertThat(gdp.year()).isEqualTo(2025);
        assertThat(TEXT.substring(gdp.start(), gdp.end())).isEqualTo("800亿元");
        Indicator growth = a.indicators().get(1);
        assertThat(growth.metric()).isEqualTo("地区生产总值");
        assertThat(growth.change()).isEqualTo("increase");
        assertThat(growth.qualifier()).isEqualTo("~");
        Indicator forest = a.indicators().get(2);
        assertThat(forest.metric()).isEqualTo("森林覆盖率");
        assertThat(forest.unit()).isEqualTo("%");
        assertThat(forest.domain()).isEqualTo("ecology");
        assertThat(forest.sentence()).startsWith("到2025年");
    }

    @Test
    void readsLegacyEncodingsAndTraditionalScript() {
        String trad = "到2025年，森林覆蓋率將達到24.1%。\n";
        for (Charset cs : List.of(Charset.forName("Big5"), Charset.forName("GB18030"), StandardCharsets.UTF_16LE)) {
            byte[] bytes = trad.getBytes(cs);
            if (cs == StandardCharsets.UTF_16LE) {
                byte[] bom = new byte[bytes.length + 2];
                bom[0] = (byte) 0xFF;
                bom[1] = (byte) 0xFE;
                System.arraycopy(bytes, 0, bom, 2, bytes.length);
                bytes = bom;
            }
            DocumentAnalysis a = DocumentAnalyzer.standard().analyze(bytes, "x.txt", null);
            assertThat(a.cleaning().originalText()).isEqualTo(trad);
            assertThat(a.cleaning().script()).isEqualTo("traditional");
            assertThat(a.cleaning().cleanedText()).contains("森林覆盖率将达到24.1%");
            Indicator i = a.indicators().get(0);
            assertThat(i.metric()).isEqualTo("森林覆盖率");
            assertThat(trad.substring(i.start(), i.end())).isEqualTo("24.1%");
        }
    }

    @Test
    void flagsMojibakeOnTheSentence() {
        String text = "第一句正常，收入增长5%。\n第二句出现乱码?xùn)|西路，里程20公里。\n";
        DocumentAnalysis a = DocumentAnalyzer.standard().analyze(text.getBytes(StandardCharsets.UTF_8), "m.txt", null);
        assertThat(a.structure().sentences()).extracting(DocumentStructure.Sentence::flags)
                .containsExactly(List.of(), List.of("mojibake"));
        assertThat(a.cleaning().warnings()).anyMatch(w -> w.contains("mojibake"));
        assertThat(a.cleaning().cleanedText()).contains("?xùn)|");
        assertThat(a.indicators().get(1).confidence()).isLessThan(a.indicators().get(0).confidence());
    }

    @Test
    void survivesEmptyBinaryAndPathologicalInput() {
        DocumentAnalyzer a = DocumentAnalyzer.standard();
        assertThat(a.analyze(new byte[0], "e.txt", null).indicators()).isEmpty();
        byte[] junk = new byte[4096];
        new java.util.Random(3).nextBytes(junk);
        assertThat(a.analyze(junk, "j.bin", null)).isNotNull();
        // One 120,000-character "sentence" with 20,000 values: work per value must stay bounded.
        String longLine = "营业收入增长5%，".repeat(20_000);
        long t = System.nanoTime();
        DocumentAnalysis d = a.analyze(longLine.getBytes(StandardCharsets.UTF_8), "l.txt", null);
        assertThat(d.indicators()).hasSize(20_000);
        assertThat((System.nanoTime() - t) / 1e9).isLessThan(10.0);
    }

    @Test
    void isThreadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DocumentAnalysis>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                fs.add(pool.submit(() -> DocumentAnalyzer.standard().analyze(TEXT.getBytes(StandardCharsets.UTF_8), "t", null)));
            }
            for (Future<DocumentAnalysis> f : fs) {
                assertThat(f.get().indicators()).hasSize(3);
            }
        } finally {
            pool.shutdown();
        }
    }
}
