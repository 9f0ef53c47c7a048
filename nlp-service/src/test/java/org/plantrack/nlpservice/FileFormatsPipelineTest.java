package org.plantrack.nlpservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plantrack.nlpservice.NlpPipelineTest.ingested;
import static org.plantrack.nlpservice.NlpPipelineTest.one;
import static org.plantrack.nlpservice.NlpPipelineTest.send;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.Topics;
import org.plantrack.nlp.format.Fixtures;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.TestKafka;

/**
 * Real files on the real broker: a .docx and a PDF with Chinese text are analysed; a zip bomb, a .docx of
 * one-character runs and a scanned PDF end FAILED with their reason and the service goes on with the next document. Indicators carry their span in the
 * cleaned text the outcome event carries.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class FileFormatsPipelineTest {

    private static final String TITLE = "江北市国民经济和社会发展第十四个五年规划纲要";
    private static final String GDP = "到2025年，全市地区生产总值达到6500亿元，年均增长6.5%左右，常住人口城镇化率达到70%。";
    private static final String FOREST = "森林覆盖率提高到38%以上，空气质量优良天数比率保持在90%以上，生态环境持续改善。";

    @Test
    void aDocxIsAnalysed() {
        String id = "docx-" + UUID.randomUUID();
        byte[] docx = Fixtures.docx(d -> {
            XWPFParagraph title = d.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(TITLE);
            d.createParagraph().createRun().setText("一、主要目标");
            d.createParagraph().createRun().setText(GDP);
            d.createParagraph().createRun().setText("二、生态环境");
            d.createParagraph().createRun().setText(FOREST);
        });
        send(id, EventJson.toBytes(ingested(id, 1, docx, "plan.docx")));

        DocumentAnalyzedV1 analyzed = analyzed(id);
        assertThat(analyzed.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.ANALYZED);
        assertThat(analyzed.title()).isEqualTo(TITLE);
        assertThat(analyzed.cleaningNotes()).anySatisfy(n -> assertThat(n).startsWith("DOCX: extracted"));
        assertPlanIndicators(id, analyzed);
    }

    @Test
    void aPdfWithChineseTextIsAnalysed() {
        String id = "pdf-" + UUID.randomUUID();
        List<String> page1 = new ArrayList<>(List.of(TITLE, "一、主要目标"));
        page1.addAll(Fixtures.wrap(GDP, 24));
        List<String> page2 = new ArrayList<>(List.of("二、生态环境"));
        page2.addAll(Fixtures.wrap(FOREST, 24));
        byte[] pdf = Fixtures.chinesePdf(List.of(page1, page2), "江北市人民政府");
        send(id, EventJson.toBytes(ingested(id, 1, pdf, "plan.pdf")));

        DocumentAnalyzedV1 analyzed = analyzed(id);
        assertThat(analyzed.outcome()).as("failure: %s", analyzed.failureReason())
                .isEqualTo(DocumentAnalyzedV1.Outcome.ANALYZED);
        assertThat(analyzed.encoding()).isEqualTo("PDF text layer");
        assertThat(analyzed.cleaningNotes()).contains("extracted text from a 2-page PDF");
        assertThat(analyzed.cleanedText()).doesNotContain("人民政府\n").contains(GDP).contains(FOREST);
        assertPlanIndicators(id, analyzed);
    }

    @Test
    void aZipBombAndAScannedPdfFailWithTheirReasonAndTheNextDocumentStillCompletes() {
        String bomb = "bomb-" + UUID.randomUUID();
        String scan = "scan-" + UUID.randomUUID();
        String next = "next-" + UUID.randomUUID();
        // word/document.xml inflates to 1 GiB from about 1 MB
        byte[] zipBomb = Fixtures.zipBombDocx(1L << 30);
        assertThat(zipBomb.length).isLessThan(2 << 20);
        sendLarge(bomb, EventJson.toBytes(ingested(bomb, 1, zipBomb, "report.docx")));
        send(scan, EventJson.toBytes(ingested(scan, 1, Fixtures.textlessPdf(3), "scan.pdf")));
        send(next, EventJson.toBytes(ingested(next, 1, (TITLE + "\n" + GDP).getBytes(StandardCharsets.UTF_8),
                "plan.txt")));

        DocumentAnalyzedV1 bombOutcome = analyzed(bomb);
        assertThat(bombOutcome.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.FAILED);
        assertThat(bombOutcome.failureReason()).contains("zip bomb").doesNotStartWith("analysis failed");
        DocumentAnalyzedV1 scanOutcome = analyzed(scan);
        assertThat(scanOutcome.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.FAILED);
        assertThat(scanOutcome.failureReason())
                .startsWith("the PDF has no text layer (scanned pages?); OCR is not supported");
        assertThat(analyzed(next).outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.ANALYZED);
    }

    @Test
    void theDocxOfOneCharacterRunsFromIssue13FailsWithItsReasonAndTheNextDocumentStillCompletes() {
        String runs = "runs-" + UUID.randomUUID();
        String next = "after-runs-" + UUID.randomUUID();
        // 23 MiB of document XML in a 3 MB file: POI's tree of it took the whole heap and the service stalled
        byte[] docx = Fixtures.docxOfOneCharacterRuns(23L << 20);
        sendLarge(runs, EventJson.toBytes(ingested(runs, 1, docx, "report.docx")));
        send(next, EventJson.toBytes(ingested(next, 1, (TITLE + "\n" + GDP).getBytes(StandardCharsets.UTF_8),
                "plan.txt")));

        DocumentAnalyzedV1 outcome = analyzed(runs);
        assertThat(outcome.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.FAILED);
        assertThat(outcome.failureReason()).contains("more than 1,000,000 XML elements")
                .doesNotStartWith("analysis failed");
        assertThat(analyzed(next).outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.ANALYZED);
    }

    @Test
    void cleanedSpansLocateIndicatorsInTheCleanedTextOfTheOutcome() {
        // Traditional Chinese with pinyin glosses: conversion and gloss removal shift cleaned against original offsets
        String text = "江北市國民經濟和社會發展第十四個五年規劃綱要\n"
                + "一、主要(yào)目標\n"
                + "當(dāng)前經濟穩(wěn)中向好。到2025年，全市地區生產總值達到6500億元。\n"
                + "二、生態環境\n"
                + "森林覆蓋(gài)率提高到38%以上。\n";
        String id = "trad-" + UUID.randomUUID();
        send(id, EventJson.toBytes(ingested(id, 1, text.getBytes(StandardCharsets.UTF_8), "plan.txt")));

        DocumentAnalyzedV1 analyzed = analyzed(id);
        String cleaned = analyzed.cleanedText();
        assertThat(cleaned).contains("主要目标").doesNotContain("(yào)");
        List<IndicatorV1> indicators = extracted(id).indicators();
        assertThat(indicators).extracting(i -> i.value().toPlainString()).contains("6500", "38");
        assertSpansInCleanedText(indicators, cleaned);
        assertThat(indicators).anySatisfy(i -> assertThat(i.cleaned().valueStart()).isNotEqualTo(i.start()));
        // sections are spans of the cleaned text too
        assertThat(analyzed.sections()).isNotEmpty().allSatisfy(s ->
                assertThat(cleaned.substring(s.start(), s.end())).startsWith(s.heading()));
    }

    private static void assertPlanIndicators(String id, DocumentAnalyzedV1 analyzed) {
        List<IndicatorV1> indicators = extracted(id).indicators();
        assertThat(indicators).anySatisfy(i -> {
            assertThat(i.metric()).contains("地区生产总值");
            assertThat(i.value()).isEqualByComparingTo(new BigDecimal("6500"));
            assertThat(i.unit()).isEqualTo("亿元");
            assertThat(i.kind()).isEqualTo("target");
            assertThat(i.year()).isEqualTo(2025);
        });
        assertThat(indicators).anySatisfy(i -> {
            assertThat(i.metric()).contains("森林覆盖率");
            assertThat(i.value()).isEqualByComparingTo("38");
            assertThat(i.unit()).isEqualTo("%");
        });
        assertThat(analyzed.counts().indicators()).isEqualTo(indicators.size());
        assertSpansInCleanedText(indicators, analyzed.cleanedText());
    }

    private static void assertSpansInCleanedText(List<IndicatorV1> indicators, String cleaned) {
        for (IndicatorV1 i : indicators) {
            IndicatorV1.CleanedSpan c = i.cleaned();
            assertThat(c).as("cleaned span of %s", i.metric()).isNotNull();
            assertThat(cleaned.substring(c.sentenceStart(), c.sentenceEnd())).isEqualTo(i.sentence());
            assertThat(c.sentenceStart()).isLessThanOrEqualTo(c.valueStart());
            assertThat(c.valueStart()).isLessThan(c.valueEnd());
            assertThat(c.valueEnd()).isLessThanOrEqualTo(c.sentenceEnd());
            assertThat(cleaned.substring(c.valueStart(), c.valueEnd()))
                    .contains(i.value().stripTrailingZeros().toPlainString());
        }
    }

    /** Records up to the topics' 16 MiB (an upload travels inside its event), not the client default of 1 MiB. */
    private static void sendLarge(String key, byte[] value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 << 20);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.DOCUMENTS_INGESTED, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentAnalyzedV1 analyzed(String id) {
        return EventJson.fromBytes(one(Topics.DOCUMENTS_ANALYZED, id).value(), DocumentAnalyzedV1.class);
    }

    private static IndicatorsExtractedV1 extracted(String id) {
        return EventJson.fromBytes(one(Topics.INDICATORS_EXTRACTED, id).value(), IndicatorsExtractedV1.class);
    }
}
