package org.plantrack.targetservice.service;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.plantrack.targetservice.domain.MetricSynonym;
import org.plantrack.targetservice.repository.IndicatorRepository;
import org.plantrack.targetservice.repository.SynonymRepository;
import org.plantrack.outbox.OutboxRelay;

import java.time.Instant;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Extends the synonym table. A new row gets the next table version; the stored indicators it now applies to are
 * regrouped by re-applying their documents' current sets (one transaction per document), which moves them to the
 * right target and emits the usual RETRACTED/ADDED and target events.
 */
@ApplicationScoped
public class SynonymService {

    private final SynonymRepository synonyms;
    private final IndicatorRepository indicators;
    private final MetricNormalizer metrics;
    private final AggregationService aggregation;
    private final OutboxRelay outbox;

    public SynonymService(SynonymRepository synonyms, IndicatorRepository indicators, MetricNormalizer metrics,
                          AggregationService aggregation, OutboxRelay outbox) {
        this.synonyms = synonyms;
        this.indicators = indicators;
        this.metrics = metrics;
        this.aggregation = aggregation;
        this.outbox = outbox;
    }

    public record Added(MetricSynonym synonym, int documents) {
    }

    public Added add(String variant, String canonical, String regionLevel) {
        MetricSynonym row = QuarkusTransaction.requiringNew().call(() -> {
            if (synonyms.exists(variant, regionLevel)) {
                throw new ProblemException(ProblemType.SYNONYM_EXISTS, "a synonym for '" + variant + "'"
                        + (regionLevel == null ? "" : " at level " + regionLevel) + " exists already");
            }
            MetricSynonym s = new MetricSynonym();
            s.variant = variant;
            s.canonical = canonical;
            s.regionLevel = regionLevel;
            s.version = synonyms.latestVersion() + 1;
            s.source = "user";
            s.createdAt = Instant.now();
            synonyms.add(s);
            return s;
        });
        metrics.invalidate();
        TreeSet<String> documents = QuarkusTransaction.requiringNew().call(this::documentsToRegroup);
        for (String documentId : documents) {
            QuarkusTransaction.requiringNew().run(() -> aggregation.reapplyStored(documentId));
        }
        outbox.drain();
        return new Added(row, documents.size());
    }

    private TreeSet<String> documentsToRegroup() {
        TreeSet<String> documents = new TreeSet<>();
        for (IndicatorRepository.MetricReading r : indicators.metricReadings()) {
            String now = metrics.canonical(r.metric(), r.regionLevel()) + AggregationService.changeSuffix(r.change());
            if (!Objects.equals(now, r.canonicalMetric())) {
                documents.addAll(indicators.documentsWithMetric(r.metric(), r.regionLevel()));
            }
        }
        return documents;
    }
}
