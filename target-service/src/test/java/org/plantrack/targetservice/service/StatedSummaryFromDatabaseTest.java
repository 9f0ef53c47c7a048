package org.plantrack.targetservice.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plantrack.targetservice.domain.DocumentRun;
import org.plantrack.targetservice.domain.Indicator;
import org.plantrack.targetservice.domain.Target;
import org.plantrack.targetservice.repository.TargetRepository;
import org.plantrack.targetservice.repository.TargetStatementSummaryRows;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying a set grades a target from one row per target that PostgreSQL folds from its target statements
 * (TargetStatementSummaryRows); the detail view grades from every statement with TargetRevisions in Java. Both must
 * agree on the count, the attribute counts, the current value of the target year and the latest date's conflict,
 * for random statements: documents with and without a stored run, with blank, coarse (2021) and finer (2021-03)
 * dates or none (then the day the statement was stored counts), several values per document (the most stated wins,
 * the largest on a tie), equal values written with another scale, other years, inferred years and other units; and
 * again after random changes (a document's statements deleted, a statement re-read in place, a date changed, a new
 * document), which the tables kept by triggers (V11_5) must follow exactly.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class StatedSummaryFromDatabaseTest {

    private static final String[] DATES = {"2021", "2021-03", "2023-01", "2023-01", "", " ", null};
    private static final String[] VALUES = {"5000", "5000.0", "5200", "5200", "60.5", "7"};
    private static final String[] UNITS = {"亿元", "亿元", "万元", "%", null, ""};
    private static final Integer[] YEARS = {2025, 2025, 2030, null};
    private static final String[] ATTRIBUTES = {null, null, "binding", "anticipatory"};
    private static final String[] WANTED_UNITS = {"元", "元", "%", null, ""};
    private static final Integer[] WANTED_YEARS = {2025, 2025, 2030, null};

    @Inject
    TargetRepository targets;

    @Test
    void summaryFoldedInTheDatabaseEqualsTheRevisionsOfEveryStatement() {
        String prefix = "stated-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Random random = new Random(7L);
        for (int run = 0; run < 80; run++) {
            String key = prefix + run;
            int documents = 1 + random.nextInt(6);
            List<DocumentRun> runs = new ArrayList<>();
            List<Indicator> statements = new ArrayList<>();
            for (int d = 0; d < documents; d++) {
                String documentId = prefix + run + "-doc" + random.nextInt(100);
                if (random.nextInt(5) > 0 && runs.stream().noneMatch(r -> r.documentId.equals(documentId))) {
                    DocumentRun r = new DocumentRun();
                    r.documentId = documentId;
                    r.analysisRun = 1;
                    r.documentDate = pick(random, DATES);
                    r.updatedAt = Instant.now();
                    runs.add(r);
                }
                int n = 1 + random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    statements.add(statement(random, documentId, statements.size()));
                }
            }
            Integer wantedYear = pick(random, WANTED_YEARS);
            String wantedUnit = pick(random, WANTED_UNITS);
            long[] id = new long[1];
            QuarkusTransaction.requiringNew().run(() -> {
                Target t = new Target();
                t.targetKey = key;
                t.region = "性质市";
                t.canonicalMetric = "m";
                t.period = "十四五";
                t.updatedAt = Instant.now();
                t.persist();
                runs.forEach(r -> r.persist());
                for (Indicator i : statements) {
                    i.targetId = t.id;
                    i.persist();
                }
                id[0] = t.id;
            });
            compare(id[0], wantedYear, wantedUnit, "run " + run);
            // the kept tables (V11_5) after what re-analysis and deletion do to the statements and dates
            for (int change = 0; change < 3; change++) {
                String what = "run " + run + " after change " + change + " ("
                        + changeStatements(random, id[0], runs, statements, prefix + run) + ")";
                compare(id[0], wantedYear, wantedUnit, what);
            }
        }
    }

    /**
     * One random change of the kind applying and retracting sets make: a document's statements deleted (retraction,
     * deletion), a statement re-read with another value, year or attribute (updated in place), a document's date
     * changed (re-analysis), or a new document's statements added.
     */
    private String changeStatements(Random random, long targetId, List<DocumentRun> runs, List<Indicator> statements,
                                    String documentPrefix) {
        int what = random.nextInt(4);
        String[] done = new String[1];
        QuarkusTransaction.requiringNew().run(() -> {
            if (what == 0 && !statements.isEmpty()) {
                String documentId = statements.get(random.nextInt(statements.size())).documentId;
                Indicator.delete("documentId", documentId);
                statements.removeIf(i -> i.documentId.equals(documentId));
                done[0] = "deleted the statements of " + documentId;
            } else if (what == 1 && !statements.isEmpty()) {
                Indicator stored = Indicator.findById(statements.get(random.nextInt(statements.size())).id);
                stored.canonicalValue = new BigDecimal(pick(random, VALUES));
                stored.year = pick(random, YEARS);
                stored.attribute = pick(random, ATTRIBUTES);
                stored.kind = random.nextInt(6) == 0 ? "actual" : "target";
                done[0] = "re-read " + stored.id;
            } else if (what == 2 && !runs.isEmpty()) {
                DocumentRun stored = DocumentRun.findById(runs.get(random.nextInt(runs.size())).documentId);
                stored.documentDate = pick(random, DATES);
                done[0] = "dated " + stored.documentId + " " + stored.documentDate;
            } else {
                String documentId = documentPrefix + "-new" + random.nextInt(1000);
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    Indicator i = statement(random, documentId, 100 + statements.size());
                    i.targetId = targetId;
                    i.persist();
                    statements.add(i);
                }
                done[0] = "added " + n + " of " + documentId;
            }
        });
        return done[0];
    }

    private void compare(long targetId, Integer wantedYear, String wantedUnit, String run) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<StatedTarget> every = targets.statedTargets(targetId);
            TargetRevisions.Outcome revisions = every.isEmpty() ? TargetRevisions.Outcome.NONE
                    : TargetRevisions.of(every, wantedYear, wantedUnit, BigDecimal.ONE, wantedUnit);
            StatedSummary expected = StatedSummary.of(every, revisions);
            StatedSummary folded = targets.statedSummaries(List.of(new TargetStatementSummaryRows.Wanted(targetId,
                    wantedYear, wantedUnit))).getOrDefault(targetId, StatedSummary.NONE);
            String what = run + ", year " + wantedYear + ", unit " + wantedUnit + ", statements " + every;
            assertThat(folded.statements()).as(what).isEqualTo(expected.statements());
            assertThat(folded.binding()).as(what).isEqualTo(expected.binding());
            assertThat(folded.anticipatory()).as(what).isEqualTo(expected.anticipatory());
            assertThat(folded.conflict()).as(what).isEqualTo(expected.conflict());
            if (expected.current() == null) {
                assertThat(folded.current()).as(what).isNull();
            } else {
                assertThat(folded.current()).as(what).isEqualByComparingTo(expected.current());
            }
        });
    }

    /** A statement of the target (one in six an actual, which never counts), stored on one of a few days. */
    private static Indicator statement(Random random, String documentId, int k) {
        Indicator i = new Indicator();
        i.id = documentId + "-" + k + "-" + random.nextInt(1000);
        i.documentId = documentId;
        i.metric = "m";
        i.canonicalMetric = "m";
        i.kind = random.nextInt(6) == 0 ? "actual" : "target";
        i.year = pick(random, YEARS);
        i.inferredYear = i.year == null && random.nextBoolean() ? Integer.valueOf(2025) : null;
        i.unit = pick(random, UNITS);
        i.value = new BigDecimal(pick(random, VALUES));
        Units.Canonical c = Units.canonical(i.unit);
        BigDecimal canonical = c.apply(i.value);
        // the same number stored with another scale (4000 and 4000.000) is one value
        i.canonicalValue = random.nextBoolean() ? canonical : canonical.setScale(Math.max(3, canonical.scale()));
        i.canonicalUnit = "".equals(i.unit) ? "" : c.unit();
        i.attribute = pick(random, ATTRIBUTES);
        i.sentence = "sentence " + k;
        i.start = k;
        i.end = k + 1;
        i.confidence = 0.9;
        i.region = "性质市";
        i.period = "十四五";
        // days apart: a document without a date is dated by the day its earliest statement was stored
        i.createdAt = Instant.parse("2026-01-01T10:00:00Z").plusSeconds(86_400L * random.nextInt(3));
        return i;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
