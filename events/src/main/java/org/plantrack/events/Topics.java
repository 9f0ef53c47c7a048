package org.plantrack.events;

import java.util.List;

/**
 * Every Kafka topic of PlanTrack. Names carry the schema version of the records they hold, so a breaking
 * change gets a new topic and old consumers keep reading the old one while they are migrated.
 */
public final class Topics {

    /** {@link DocumentIngestedV1}, keyed by document id; written by ingest-service. */
    public static final String DOCUMENTS_INGESTED = "plantrack.documents.ingested.v1";
    /** {@link DocumentAnalyzedV1} (analysed or failed), keyed by document id; written by nlp-service. */
    public static final String DOCUMENTS_ANALYZED = "plantrack.documents.analyzed.v1";
    /** {@link IndicatorsExtractedV1}, the full indicator set of one analysis, keyed by document id. */
    public static final String INDICATORS_EXTRACTED = "plantrack.indicators.extracted.v1";
    /** {@link IndicatorEventV1}, one per indicator added or retracted, keyed by target key; written by target-service. */
    public static final String INDICATOR_EVENTS = "plantrack.indicators.events.v1";
    /** {@link TargetUpdatedV1}, keyed by target key; written by target-service. */
    public static final String TARGETS_UPDATED = "plantrack.targets.updated.v1";
    /** {@link DocumentDeletedV1}, keyed by document id; written by ingest-service, read by target-service. */
    public static final String DOCUMENTS_DELETED = "plantrack.documents.deleted.v1";
    /** {@link DocumentStateChangedV1}, keyed by document id; written by ingest-service, read by the gateway. */
    public static final String DOCUMENTS_STATES = "plantrack.documents.states.v1";
    /** {@link WebhookRegisteredV1} keyed by webhook id, a tombstone on delete; compacted; written by the gateway. */
    public static final String WEBHOOKS = "plantrack.webhooks.v1";

    /** Dead letters: records a consumer could not process, with the reason in the headers. */
    public static final String DLQ_INGEST = "plantrack.dlq.ingest-service";
    public static final String DLQ_NLP = "plantrack.dlq.nlp-service";
    public static final String DLQ_TARGET = "plantrack.dlq.target-service";
    public static final String DLQ_GATEWAY = "plantrack.dlq.gateway";

    /** Partitions for every topic: more than one so a consumer group can spread over instances. */
    public static final int DEFAULT_PARTITIONS = 6;

    public static List<String> all() {
        return List.of(DOCUMENTS_INGESTED, DOCUMENTS_ANALYZED, INDICATORS_EXTRACTED, INDICATOR_EVENTS,
                TARGETS_UPDATED, WEBHOOKS, DOCUMENTS_DELETED, DOCUMENTS_STATES, DLQ_INGEST, DLQ_NLP, DLQ_TARGET,
                DLQ_GATEWAY);
    }

    private Topics() {
    }
}
