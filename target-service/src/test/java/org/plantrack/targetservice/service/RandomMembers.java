package org.plantrack.targetservice.service;

import org.plantrack.targetservice.domain.Indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random indicator sets of one target for the property tests of the summary computed from statement groups. Values
 * come from small pools so that ties (counts, creation times, ids), conflicts, equal values written with another
 * scale or unit, explicit baselines, inferred years and mixed units/changes all occur often.
 */
final class RandomMembers {

    private static final String[] KINDS = {"actual", "target"};
    private static final Integer[] YEARS = {null, 2019, 2020, 2022, 2025, 2030};
    private static final Integer[] INFERRED = {null, 2020, 2025};
    private static final String[] UNITS = {"亿元", "亿元", "万元", "元", "%", "家", null};
    private static final String[] VALUES = {"4000", "4000.0", "4100", "5000", "40000000", "7", "7.00", "12.5"};
    private static final String[] QUALIFIERS = {null, null, ">=", "约"};
    private static final String[] BASELINES = {"626", "3800", "3800.00", "4000"};
    static final String[] PERIODS = {"十四五", "十五五", "未定"};

    private final Random random;
    private final String prefix;

    RandomMembers(long seed, String prefix) {
        this.random = new Random(seed);
        this.prefix = prefix;
    }

    /** Between 1 and max indicators from up to five documents, with ids of varying length. */
    List<Indicator> next(int max) {
        int n = 1 + random.nextInt(max);
        int documents = 1 + random.nextInt(5);
        boolean withChanges = random.nextInt(4) == 0;
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        List<Indicator> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Indicator i = new Indicator();
            // ids of different lengths and digits: their string order differs from their numeric order
            i.id = prefix + Integer.toString(random.nextInt(100_000), 10 + random.nextInt(26)) + "-" + k;
            i.documentId = prefix + "doc" + random.nextInt(documents);
            i.metric = "m";
            i.canonicalMetric = "m";
            i.kind = pick(KINDS);
            i.year = pick(YEARS);
            i.inferredYear = i.year == null ? pick(INFERRED) : null;
            i.change = withChanges && random.nextBoolean() ? "increase" : null;
            i.unit = pick(UNITS);
            i.value = new BigDecimal(pick(VALUES));
            Units.Canonical c = Units.canonical(i.unit);
            i.canonicalValue = c.apply(i.value);
            i.canonicalUnit = c.unit();
            i.qualifier = pick(QUALIFIERS);
            if (random.nextInt(5) == 0) {
                i.baseline = new BigDecimal(pick(BASELINES));
                i.canonicalBaseline = c.apply(i.baseline);
            }
            i.sentence = "sentence " + k;
            i.start = k;
            i.end = k + 1;
            i.period = "十四五";
            // whole seconds from a few values: equal creation times are common (one per applied document)
            i.createdAt = base.plusSeconds(random.nextInt(4));
            out.add(i);
        }
        return out;
    }

    String period() {
        return pick(PERIODS);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
