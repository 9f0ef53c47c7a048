package org.plantrack.targetservice.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.plantrack.targetservice.domain.Indicator;
import org.plantrack.targetservice.domain.Target;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary AggregationService stores, computed from the statement groups of the statement_group table, equals
 * TargetCalculator's summary over every indicator read back from the same table, for random member sets (ties,
 * retractions, mixed units, changes, inferred years, explicit baselines; in half of the runs members are then moved
 * to another target or changed in place). The groups and counts are those the triggers of migrations V6 and V7
 * maintain (V7: a flush's inserts arrive as multi-row statements, each folded at once).
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class TargetSummaryFromDatabaseTest {

    @Inject
    AggregationService aggregation;
    @Inject
    EntityManager em;

    /**
     * A flush of many new indicators reaches PostgreSQL as a few multi-row INSERT statements (Hibernate's JDBC
     * batch, rewritten by the driver: reWriteBatchedInserts), so the statement trigger of V7 runs a few times per
     * set, not once per indicator. Counted with the transaction's own function statistics (track_functions).
     */
    @Test
    void aFlushOfManyIndicatorsFiresTheInsertTriggerAFewTimes() {
        String prefix = "batch-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<Indicator> generated = new java.util.ArrayList<>();
        RandomMembers random = new RandomMembers(11L, prefix);
        while (generated.size() < 50) {
            generated.addAll(random.next(20));
        }
        List<Indicator> set = generated.subList(0, 50);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("set local track_functions = 'pl'").executeUpdate();
            Target t = new Target();
            t.targetKey = prefix + "target";
            t.region = "性质市";
            t.canonicalMetric = "m";
            t.period = "十四五";
            t.updatedAt = java.time.Instant.now();
            t.persist();
            em.flush();
            for (Indicator i : set) {
                i.targetId = t.id;
                i.confidence = 0.9;
                i.persist();
            }
            em.flush();
            Number calls = (Number) em.createNativeQuery("select coalesce(sum(calls), 0) from "
                    + "pg_stat_xact_user_functions where funcname = 'indicator_statement_groups_added'")
                    .getSingleResult();
            // 50 rows: 32 + 16 + 2 in pgjdbc's power-of-two multi-row statements; one per row without rewriting
            assertThat(calls.intValue()).isBetween(1, 4);
            Map<Long, TargetMembers> members = aggregation.statements(List.of(t.id));
            assertThat(members.get(t.id).indicators()).isEqualTo(50);
            assertThat(members.get(t.id).documents()).isEqualTo((int) set.stream().map(i -> i.documentId)
                    .distinct().count());
        });
    }

    @Test
    void summaryFromGroupedRowsEqualsSummaryFromEveryIndicator() {
        String prefix = "prop-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        RandomMembers random = new RandomMembers(42L, prefix);
        for (int run = 0; run < 60; run++) {
            List<Indicator> generated = random.next(run < 30 ? 10 : 80);
            String period = random.period();
            String key = prefix + run;
            int removeEvery = run % 3 == 0 ? 0 : 2 + run % 4; // some runs retract part of the set afterwards
            QuarkusTransaction.requiringNew().run(() -> {
                Target t = new Target();
                t.targetKey = key;
                t.region = "性质市";
                t.canonicalMetric = "m";
                t.period = period;
                t.updatedAt = java.time.Instant.now();
                t.persist();
                for (Indicator i : generated) {
                    i.targetId = t.id;
                    i.region = t.region;
                    i.confidence = 0.9;
                    i.persist();
                }
            });
            if (removeEvery > 0) {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (int k = 0; k < generated.size(); k += removeEvery) {
                        Indicator.deleteById(generated.get(k).id);
                    }
                });
            }
            boolean changeInPlace = run % 2 == 1; // some runs also regroup and correct members afterwards
            if (changeInPlace) {
                QuarkusTransaction.requiringNew().run(() -> {
                    Target from = Target.find("targetKey", key).firstResult();
                    Target to = new Target();
                    to.targetKey = key + "-moved";
                    to.region = from.region;
                    to.canonicalMetric = "m";
                    to.period = from.period;
                    to.updatedAt = java.time.Instant.now();
                    to.persist();
                    List<Indicator> stored = Indicator.list("targetId", from.id);
                    for (int k = 0; k < stored.size(); k++) {
                        Indicator i = stored.get(k);
                        if (k % 3 == 0) {
                            i.targetId = to.id; // as a new synonym regroups an indicator
                        } else if (k % 5 == 1) {
                            i.year = i.year == null ? 2020 : i.year + 1; // joins or opens another group
                        } else if (k % 7 == 2) {
                            i.createdAt = i.createdAt.plusSeconds(86_400); // becomes its group's newest
                        }
                    }
                });
            }
            int current = run;
            for (String checked : changeInPlace ? List.of(key, key + "-moved") : List.of(key)) {
                QuarkusTransaction.requiringNew().run(() -> {
                    Target t = Target.find("targetKey", checked).firstResult();
                    List<Indicator> stored = Indicator.list("targetId", t.id);
                    Map<Long, TargetMembers> members = aggregation.statements(List.of(t.id));
                    TargetMembers m = members.getOrDefault(t.id, TargetMembers.NONE);
                    assertThat(m.indicators()).isEqualTo(stored.size());
                    assertThat(m.documents()).isEqualTo((int) stored.stream().map(i -> i.documentId).distinct()
                            .count());
                    assertThat(m.statements().stream().mapToInt(Statements::count).sum()).isEqualTo(stored.size());
                    TargetState full = TargetCalculator.compute(t.period, stored);
                    TargetState grouped = TargetCalculator.summarise(t.period, m.statements(), m.indicators(),
                            m.documents());
                    assertThat(StatementsSummaryTest.Summary.of(grouped))
                            .as("run %d (%s), period %s, members %s", current, checked, t.period,
                                    StatementsSummaryTest.describe(stored))
                            .isEqualTo(StatementsSummaryTest.Summary.of(full));
                });
            }
        }
    }
}
