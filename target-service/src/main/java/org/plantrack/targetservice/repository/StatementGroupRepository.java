package org.plantrack.targetservice.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.plantrack.targetservice.service.Statements;
import org.plantrack.targetservice.service.TargetMembers;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables the V6/V7 triggers keep from every change of {@code indicator}: {@code statement_group} (rows agreeing
 * on every field the summary rules read, with a count, the document range, the newest statement and the smallest
 * id) and {@code target_tally} (indicator and document counts per target). A popular target has thousands of
 * indicators but tens of distinct statements; the summary reads only those, so neither Java nor PostgreSQL does more
 * work per document as a target's history grows. Read-only here: the triggers write them.
 */
@ApplicationScoped
public class StatementGroupRepository {

    private final EntityManager em;

    public StatementGroupRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The statement groups and counts of the given targets (two statements); a target without indicators is absent.
     * The caller flushes first, so that the groups include its own changes.
     */
    public Map<Long, TargetMembers> members(List<Long> targetIds) {
        Map<Long, List<Statements>> groups = new TreeMap<>();
        Map<Long, TargetMembers> out = new TreeMap<>();
        Long[] idArray = targetIds.toArray(Long[]::new);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement grouped = connection.prepareStatement("select target_id, members, year, "
                    + "inferred_year, kind, change, canonical_unit, unit, min_value, canonical_value, qualifier, "
                    + "canonical_baseline, first_document, last_document, newest_at, newest_id, smallest_id "
                    + "from statement_group where target_id = any(?)")) {
                grouped.setArray(1, connection.createArrayOf("bigint", idArray));
                try (ResultSet r = grouped.executeQuery()) {
                    while (r.next()) {
                        OffsetDateTime newest = r.getObject(15, OffsetDateTime.class);
                        groups.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Statements(
                                r.getInt(2), r.getObject(3, Integer.class), r.getObject(4, Integer.class),
                                r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getBigDecimal(9),
                                r.getBigDecimal(10), r.getString(11), r.getBigDecimal(12), r.getString(13),
                                r.getString(14), newest == null ? null : newest.toInstant(), r.getString(16),
                                r.getString(17), List.of()));
                    }
                }
            }
            // kept per target by the triggers (V7): no scan of the target's documents, whose number only grows
            try (PreparedStatement counts = connection.prepareStatement("select target_id, members, documents "
                    + "from target_tally where target_id = any(?)")) {
                counts.setArray(1, connection.createArrayOf("bigint", idArray));
                try (ResultSet r = counts.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getLong(1), new TargetMembers(groups.getOrDefault(r.getLong(1), List.of()),
                                r.getInt(2), r.getInt(3)));
                    }
                }
            }
        });
        return out;
    }
}
