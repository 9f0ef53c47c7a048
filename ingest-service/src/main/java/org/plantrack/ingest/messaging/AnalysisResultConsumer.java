package org.plantrack.ingest.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plantrack.events.DocumentAnalyzedV1;
import org.plantrack.events.EventJson;
import org.plantrack.events.MalformedEventException;
import org.plantrack.ingest.service.DocumentService;

/**
 * Tracks analysis outcomes. Records are read as bytes and parsed here, so an unreadable record is recognised as
 * such: the document it is keyed by ends FAILED with the reason, and the exception sends the record to the
 * dead-letter topic (failure-strategy=dead-letter-queue). The offset is committed only after the update commits.
 */
@ApplicationScoped
public class AnalysisResultConsumer {

    @Inject
    DocumentService documents;

    @Incoming("documents-analyzed")
    @Blocking
    public void onResult(ConsumerRecord<String, byte[]> record) {
        DocumentAnalyzedV1 event;
        try {
            if (record.value() == null) {
                throw new MalformedEventException("empty DocumentAnalyzedV1 record", null);
            }
            event = EventJson.fromBytes(record.value(), DocumentAnalyzedV1.class);
            if (event.documentId() == null || event.outcome() == null) {
                throw new MalformedEventException("DocumentAnalyzedV1 without documentId or outcome", null);
            }
        } catch (MalformedEventException e) {
            if (record.key() != null) {
                documents.failUnreadableResult(record.key(), "analysis result unreadable: " + e.getMessage());
            }
            throw e;
        }
        documents.applyAnalysis(event);
    }
}
