package org.plantrack.nlpservice.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.DocumentIngestedV1;
import org.plantrack.events.IndicatorV1;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalysis;
import org.plantrack.nlp.DocumentAnalyzer;
import org.plantrack.nlp.DocumentFormatException;

import java.util.List;

/**
 * Runs the NLP core on one ingested document and turns the result into events. Never throws for a bad document:
 * whatever goes wrong in the analysis becomes a FAILED outcome with a reason a user can act on.
 */
@ApplicationScoped
public class AnalysisService {

    private static final Logger LOG = Logger.getLogger(AnalysisService.class);
    static final String STACK_OVERFLOW_REASON =
            "analysis failed: the document is nested or repetitive beyond what the analyser can follow (stack overflow)";
    static final String OUT_OF_MEMORY_REASON = "analysis failed: the document needs more memory than this service "
            + "has for one document (out of memory); split it into smaller files and upload those";

    private final AnalyzerHolder analyzer;
    private final Counter analysed;
    private final Counter failed;
    private final Counter indicatorCount;
    private final Timer timer;

    public AnalysisService(AnalyzerHolder analyzer, MeterRegistry registry) {
        this.analyzer = analyzer;
        this.analysed = Counter.builder("plantrack.nlp.documents").tag("outcome", "analyzed")
                .description("documents analysed").register(registry);
        this.failed = Counter.builder("plantrack.nlp.documents").tag("outcome", "failed")
                .description("documents whose analysis failed").register(registry);
        this.indicatorCount = Counter.builder("plantrack.nlp.indicators")
                .description("indicators extracted").register(registry);
        this.timer = Timer.builder("plantrack.nlp.analysis")
                .description("time to analyse one document").register(registry);
    }

    public AnalysisOutcome analyse(DocumentIngestedV1 doc) {
        String id = doc.documentId();
        int run = doc.analysisRun();
        byte[] content = doc.content();
        if (content == null || content.length == 0) {
            return fail(id, run, "the document is empty (0 bytes): nothing to analyse");
        }
        DocumentAnalysis analysis;
        try {
            DocumentAnalyzer nlp = analyzer.get();
            AnalysisHints hints = EventMapper.INSTANCE.hints(doc.hints());
            analysis = timer.record(() -> nlp.analyze(content, doc.fileName(), hints));
        } catch (DocumentFormatException e) {
            // A content problem (scanned PDF, .doc, zip bomb, ...): the core's message is the reason as it stands.
            LOG.infof("document %s (run %d, %s) cannot be read: %s", id, run, doc.fileName(), e.getMessage());
            return fail(id, run, limit(e.getMessage()));
        } catch (RuntimeException | LinkageError e) {
            LOG.warnf(e, "analysis of document %s (run %d, %s) failed", id, run, doc.fileName());
            return fail(id, run, reason(e));
        } catch (StackOverflowError e) {
            // A pathological document (deeply nested markup, a line a regular expression recurses on) can exhaust
            // the stack. The stack is unwound by now, so only this document fails; uncaught, the error would stop
            // the consumer and leave every later document unanalysed. Internal errors of the VM are left to
            // propagate: they say the process itself is in trouble.
            LOG.warnf("analysis of document %s (run %d, %s) overflowed the stack", id, run, doc.fileName());
            return fail(id, run, STACK_OVERFLOW_REASON);
        } catch (OutOfMemoryError e) {
            // The analysis of one document holds nothing beyond its own call: once the error has unwound it, all
            // that document's memory is garbage. Left to propagate, it would stop the consumer with the document
            // never answered, and after a restart the same record would come back (a poison pill). The format
            // readers bound what a document may cost (format.ExtractionLimits), so this is a last resort. (With
            // -XX:+ExitOnOutOfMemoryError, as in the container images, the JVM exits before this is reached.)
            LOG.errorf("analysis of document %s (run %d, %s, %d bytes) ran out of memory", id, run, doc.fileName(),
                    content.length);
            return fail(id, run, OUT_OF_MEMORY_REASON);
        }
        if (analysis == null || analysis.cleaning() == null || analysis.cleaning().cleanedText() == null
                || analysis.cleaning().cleanedText().isBlank()) {
            return fail(id, run, "no readable text could be decoded from the document ("
                    + content.length + " bytes)");
        }
        double unreadable = ContentCheck.unreadableShare(analysis.cleaning().originalText());
        if (unreadable > ContentCheck.MAX_UNREADABLE) {
            return fail(id, run, String.format("the content does not decode to text: %.0f%% of its characters are "
                    + "unreadable (binary data or an unsupported encoding)", unreadable * 100));
        }
        List<IndicatorV1> indicators = EventMapper.INSTANCE.indicators(id, analysis);
        String titleHint = doc.hints() == null ? null : doc.hints().title();
        analysed.increment();
        indicatorCount.increment(indicators.size());
        return new AnalysisOutcome(
                EventMapper.INSTANCE.analyzed(id, run, analysis, titleHint, indicators.size()),
                EventMapper.INSTANCE.extracted(id, run, analysis, indicators));
    }

    private AnalysisOutcome fail(String id, int run, String reason) {
        failed.increment();
        return new AnalysisOutcome(DocumentAnalyzedV1.failed(id, run, reason), null);
    }

    /** A sentence for the user: the exception's own message when it has one, its type otherwise. */
    static String reason(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return limit("analysis failed: " + message);
    }

    private static String limit(String reason) {
        return reason.length() > 500 ? reason.substring(0, 497) + "..." : reason;
    }
}
