package org.plantrack.nlpservice.service;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.DocumentHintsV1;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.DocumentAnalyzer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever goes wrong inside the analysis of one document fails that document with a reason, and nothing else. */
class AnalysisServiceTest {

    private static DocumentIngestedV1 document(String id) {
        return document(id, "plan.txt", "到2025年，粮食产量稳定在1300万吨。");
    }

    private static DocumentIngestedV1 document(String id, String fileName, String content) {
        byte[] text = content.getBytes(StandardCharsets.UTF_8);
        return new DocumentIngestedV1("event-" + id, DocumentIngestedV1.SCHEMA_VERSION, id, "hash-" + id, fileName,
                "text/plain", text.length, text, DocumentHintsV1.none(), 1, Instant.now());
    }

    /** An analyser standing in for the NLP core, so the failure can be chosen. */
    private static AnalysisService serviceWith(DocumentAnalyzer analyzer) {
        AnalyzerHolder holder = new AnalyzerHolder() {
            @Override
            public DocumentAnalyzer get() {
                return analyzer;
            }
        };
        return new AnalysisService(holder, new SimpleMeterRegistry());
    }

    private static int depth(int n) {
        return depth(n + 1) + 1; // recurses until the stack runs out: a real StackOverflowError
    }

    @Test
    void aStackOverflowInTheAnalysisFailsOnlyThatDocumentWithAReason() {
        AnalysisService service = serviceWith((content, fileName, hints) -> {
            depth(0);
            return null;
        });

        DocumentAnalyzedV1 outcome = service.analyse(document("deep")).analyzed();

        assertThat(outcome.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.FAILED);
        assertThat(outcome.documentId()).isEqualTo("deep");
        assertThat(outcome.failureReason()).contains("stack overflow");
    }

    @Test
    void runningOutOfMemoryFailsOnlyThatDocumentAndTheNextOneIsAnalysed() {
        DocumentAnalyzer real = DocumentAnalyzer.standard();
        AnalysisService service = serviceWith((content, fileName, hints) -> {
            if (fileName.equals("huge.docx")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return real.analyze(content, fileName, hints);
        });

        DocumentAnalyzedV1 failed = service.analyse(document("huge", "huge.docx", "到2025年，粮食产量稳定在1300万吨。")).analyzed();
        DocumentAnalyzedV1 next = service.analyse(document("next")).analyzed();

        assertThat(failed.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.FAILED);
        assertThat(failed.failureReason()).contains("out of memory").contains("split it");
        assertThat(next.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.ANALYZED);
    }

    @Test
    void aRuntimeFailureNamesItsMessage() {
        AnalysisService service = serviceWith((content, fileName, hints) -> {
            throw new IllegalStateException("table of contents could not be read");
        });

        DocumentAnalyzedV1 outcome = service.analyse(document("broken")).analyzed();

        assertThat(outcome.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.FAILED);
        assertThat(outcome.failureReason()).isEqualTo("analysis failed: table of contents could not be read");
    }

    @Test
    void theAnalysedEventCarriesTheRegionsCodes() {
        AnalysisService service = serviceWith(DocumentAnalyzer.standard());

        DocumentAnalyzedV1 outcome = service.analyse(document("taiyuan", "plan.txt",
                "太原市2024年政府工作报告\n各位代表：\n过去一年，全市地区生产总值增长5%。\n")).analyzed();

        assertThat(outcome.outcome()).isEqualTo(DocumentAnalyzedV1.Outcome.ANALYZED);
        assertThat(outcome.region()).isEqualTo("太原市");
        assertThat(outcome.regionLevel()).isEqualTo("city");
        assertThat(outcome.regionCode()).isEqualTo("140100");
        assertThat(outcome.regionParentCode()).isEqualTo("140000");
        assertThat(outcome.genre()).isEqualTo("government_work_report");
    }
}
