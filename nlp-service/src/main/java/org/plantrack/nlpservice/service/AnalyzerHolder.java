package org.plantrack.nlpservice.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.DocumentAnalyzer;

import java.nio.charset.StandardCharsets;

/**
 * The one shared analyser (thread-safe by contract). Created lazily so that a broken NLP core makes documents
 * fail with a reason instead of keeping the service from starting; warmed up in the background at start because
 * the first analysis loads the dictionaries.
 */
@ApplicationScoped
public class AnalyzerHolder {

    private static final Logger LOG = Logger.getLogger(AnalyzerHolder.class);

    private volatile DocumentAnalyzer analyzer;

    public DocumentAnalyzer get() {
        DocumentAnalyzer a = analyzer;
        if (a == null) {
            synchronized (this) {
                if (analyzer == null) {
                    analyzer = DocumentAnalyzer.standard();
                }
                a = analyzer;
            }
        }
        return a;
    }

    void warmUp(@Observes StartupEvent event) {
        Thread t = new Thread(() -> {
            try {
                long t0 = System.nanoTime();
                get().analyze("2025年地区生产总值达到100亿元。".getBytes(StandardCharsets.UTF_8), "warm-up.txt",
                        AnalysisHints.none());
                LOG.infof("NLP core warmed up in %d ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException | LinkageError e) {
                LOG.warnf("NLP core warm-up failed (documents will fail with the reason): %s", e.toString());
            }
        }, "nlp-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
