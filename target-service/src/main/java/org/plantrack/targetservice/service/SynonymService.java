package org.plantrack.targetservice.service;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.plantrack.events.EventIds;
import org.plantrack.events.IndicatorV1;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.targetservice.domain.DocumentRun;
import org.plantrack.targetservice.domain.Indicator;
import org.plantrack.targetservice.domain.MetricSynonym;
import org.plantrack.outbox.OutboxRelay;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Extends the synonym table. A new row gets the next table version; the stored indicators it now applies to are
 * regrouped by re-applying their documents' current sets (one transaction per document), which moves them to the
 * right target and emits the usual RETRACTED/ADDED and target events.
 */
@ApplicationScoped
public class SynonymService {

    private final EntityManager em;
    private final MetricNormalizer metrics;
    private final AggregationService aggregation;
    private final OutboxRelay outbox;

    public SynonymService(EntityManager em, MetricNormalizer metrics, AggregationService aggregation,
                          OutboxRelay outbox) {
        this.em = em;
        this.metrics = metrics;
        this.aggregation = aggregation;
        this.outbox = outbox;
    }

    public record Added(MetricSynonym synonym, int documents) {
    }

    public Added add(String variant, String canonical, String regionLevel) {
        MetricSynonym row = QuarkusTransaction.requiringNew().call(() -> {
            boolean exists = MetricSynonym.count("variant = ?1 and coalesce(regionLevel, '') = ?2", variant,
                    regionLevel == null ? "" : regionLevel) > 0;
            if (exists) {
                throw new ProblemException(ProblemType.SYNONYM_EXISTS, "a synonym for '" + variant + "'"
                        + (regionLevel == null ? "" : " at level " + regionLevel) + " exists already");
            }
            Integer max = em.createQuery("select max(s.version) from MetricSynonym s", Integer.class)
                    .getSingleResult();
            MetricSynonym s = new MetricSynonym();
            s.variant = variant;
            s.canonical = canonical;
            s.regionLevel = regionLevel;
            s.version = (max == null ? 0 : max) + 1;
            s.source = "user";
            s.createdAt = Instant.now();
            s.persist();
            return s;
        });
        metrics.invalidate();
        TreeSet<String> documents = QuarkusTransaction.requiringNew().call(this::documentsToRegroup);
        for (String documentId : documents) {
            QuarkusTransaction.requiringNew().run(() -> regroup(documentId));
        }
        outbox.drain();
        return new Added(row, documents.size());
    }

    private TreeSet<String> documentsToRegroup() {
        TreeSet<String> documents = new TreeSet<>();
        for (Object[] r : em.createQuery("select distinct i.metric, i.regionLevel, i.change, i.canonicalMetric "
                + "from Indicator i", Object[].class).getResultList()) {
            String now = metrics.canonical((String) r[0], (String) r[1])
                    + AggregationService.changeSuffix((String) r[2]);
            if (!Objects.equals(now, r[3])) {
                documents.addAll(em.createQuery("select distinct i.documentId from Indicator i where i.metric = ?1 "
                                + "and coalesce(i.regionLevel, '') = ?2", String.class)
                        .setParameter(1, r[0]).setParameter(2, r[1] == null ? "" : r[1]).getResultList());
            }
        }
        return documents;
    }

    private void regroup(String documentId) {
        DocumentRun run = DocumentRun.findById(documentId);
        if (run == null) {
            return;
        }
        List<IndicatorV1> current = Indicator.<Indicator>list("documentId", documentId).stream()
                .map(IndicatorMapper::toEvent).toList();
        aggregation.apply(new IndicatorsExtractedV1(EventIds.newId(), IndicatorsExtractedV1.SCHEMA_VERSION, documentId,
                run.analysisRun, run.region, run.regionLevel, run.planPeriod, run.documentDate, current,
                Instant.now()));
    }
}
