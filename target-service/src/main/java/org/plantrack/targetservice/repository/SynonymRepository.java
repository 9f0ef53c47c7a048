package org.plantrack.targetservice.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.plantrack.targetservice.domain.MetricSynonym;

import java.util.List;

/** The versioned synonym table {@code metric_synonym}. */
@ApplicationScoped
public class SynonymRepository {

    private final EntityManager em;

    public SynonymRepository(EntityManager em) {
        this.em = em;
    }

    /** Every row in the order they were added (a later version of a variant overrides an earlier one). */
    public List<MetricSynonym> inVersionOrder() {
        return em.createQuery("from MetricSynonym order by version, id", MetricSynonym.class).getResultList();
    }

    /** Every row, unordered. */
    public List<MetricSynonym> all() {
        return MetricSynonym.listAll();
    }

    /** Whether the variant has a row for exactly that level (null: every level). */
    public boolean exists(String variant, String regionLevel) {
        return MetricSynonym.count("variant = ?1 and coalesce(regionLevel, '') = ?2", variant,
                regionLevel == null ? "" : regionLevel) > 0;
    }

    /** The highest version stored, 0 for an empty table. */
    public int latestVersion() {
        Integer max = em.createQuery("select max(s.version) from MetricSynonym s", Integer.class).getSingleResult();
        return max == null ? 0 : max;
    }

    public void add(MetricSynonym synonym) {
        synonym.persist();
    }
}
