package org.plantrack.targetservice.service;

import org.junit.jupiter.api.Test;
import org.plantrack.targetservice.domain.CleanedSpan;
import org.plantrack.targetservice.domain.Indicator;
import org.plantrack.targetservice.repository.IndicatorColumn;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored indicator keeps its row only when a re-analysis reads it exactly the same way: a difference in any field
 * of the reading (found by reflection, so a field added later is covered) makes it take the new reading; the run,
 * the target and the creation time are bookkeeping and do not count.
 */
class SameReadingTest {

    private static final Set<String> BOOKKEEPING = Set.of("analysisRun", "targetId", "createdAt");

    @Test
    void anyFieldOfTheReadingReadDifferentlyIsANewReading() throws Exception {
        for (Field f : Indicator.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || !Modifier.isPublic(f.getModifiers())) {
                continue;
            }
            Indicator stored = sample();
            Indicator reread = sample();
            f.set(reread, other(f.getType(), f.get(stored)));
            assertThat(IndicatorColumn.sameReading(stored, reread)).as(f.getName())
                    .isEqualTo(BOOKKEEPING.contains(f.getName()));
        }
    }

    @Test
    void numbersCompareByValueAndAnEmptySpanIsNoSpan() {
        Indicator stored = sample();
        Indicator reread = sample();
        reread.value = new BigDecimal("45.00"); // the database's scale
        stored.cleaned = new CleanedSpan(); // an embedded object of nulls is no span
        reread.cleaned = null;
        assertThat(IndicatorColumn.sameReading(stored, reread)).isTrue();
    }

    private static Indicator sample() {
        Indicator i = new Indicator();
        i.id = "id-1";
        i.documentId = "doc-1";
        i.analysisRun = 1;
        i.metric = "森林覆盖率";
        i.canonicalMetric = "森林覆盖率";
        i.value = new BigDecimal("45");
        i.unit = "%";
        i.canonicalValue = new BigDecimal("45");
        i.canonicalUnit = "%";
        i.kind = "target";
        i.year = 2025;
        i.sentence = "到2025年森林覆盖率达到45%。";
        i.start = 10;
        i.end = 13;
        i.domain = "ecology";
        i.confidence = 0.9;
        i.region = "晋阳市";
        i.period = "十四五";
        i.createdAt = Instant.parse("2024-01-01T00:00:00Z");
        return i;
    }

    /** A value of the type that differs from {@code current}. */
    private static Object other(Class<?> type, Object current) {
        if (type == String.class) {
            return current + "-other";
        }
        if (type == int.class || type == Integer.class) {
            return current == null ? 7 : (Integer) current + 1;
        }
        if (type == long.class || type == Long.class) {
            return current == null ? 7L : (Long) current + 1;
        }
        if (type == double.class || type == Double.class) {
            return current == null ? 0.5 : (Double) current / 2;
        }
        if (type == BigDecimal.class) {
            return current == null ? BigDecimal.TEN : ((BigDecimal) current).add(BigDecimal.ONE);
        }
        if (type == Instant.class) {
            return current == null ? Instant.EPOCH : ((Instant) current).plusSeconds(1);
        }
        if (type == CleanedSpan.class) {
            CleanedSpan span = new CleanedSpan();
            span.valueStart = 1;
            span.valueEnd = 2;
            span.sentenceStart = 0;
            span.sentenceEnd = 5;
            return span;
        }
        throw new AssertionError("no other value for a field of type " + type + ": extend this test");
    }
}
