package org.plantrack.targetservice.repository;

import org.plantrack.targetservice.domain.CleanedSpan;
import org.plantrack.targetservice.domain.Indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;

/**
 * The columns of the {@code indicator} table, each with its SQL type and how to read its value from an
 * {@link Indicator}: the one list the plain-JDBC insert ({@link IndicatorRows}) and the comparison of a stored reading
 * with a new one ({@link #sameReading}) derive from, so a column added to the entity is added here once (a unit test
 * checks that every mapped field of the entity has its column here).
 */
public enum IndicatorColumn {
    ID("id", "text", i -> i.id),
    DOCUMENT_ID("document_id", "text", i -> i.documentId),
    ANALYSIS_RUN("analysis_run", "int", i -> i.analysisRun, Role.BOOKKEEPING),
    METRIC("metric", "text", i -> i.metric),
    CANONICAL_METRIC("canonical_metric", "text", i -> i.canonicalMetric),
    VALUE("value", "numeric", i -> i.value),
    UNIT("unit", "text", i -> i.unit),
    CANONICAL_VALUE("canonical_value", "numeric", i -> i.canonicalValue),
    CANONICAL_UNIT("canonical_unit", "text", i -> i.canonicalUnit),
    KIND("kind", "text", i -> i.kind),
    QUALIFIER("qualifier", "text", i -> i.qualifier),
    CHANGE("change", "text", i -> i.change),
    BASELINE("baseline", "numeric", i -> i.baseline),
    CANONICAL_BASELINE("canonical_baseline", "numeric", i -> i.canonicalBaseline),
    YEAR("year", "int", i -> i.year),
    INFERRED_YEAR("inferred_year", "int", i -> i.inferredYear),
    SENTENCE("sentence", "text", i -> i.sentence),
    START_OFFSET("start_offset", "int", i -> i.start),
    END_OFFSET("end_offset", "int", i -> i.end),
    CLEANED_VALUE_START("cleaned_value_start", "int", i -> cleaned(i, c -> c.valueStart)),
    CLEANED_VALUE_END("cleaned_value_end", "int", i -> cleaned(i, c -> c.valueEnd)),
    CLEANED_SENTENCE_START("cleaned_sentence_start", "int", i -> cleaned(i, c -> c.sentenceStart)),
    CLEANED_SENTENCE_END("cleaned_sentence_end", "int", i -> cleaned(i, c -> c.sentenceEnd)),
    DOMAIN("domain", "text", i -> i.domain),
    CONFIDENCE("confidence", "double precision", i -> i.confidence),
    REGION("region", "text", i -> i.region),
    REGION_LEVEL("region_level", "text", i -> i.regionLevel),
    PLAN_PERIOD("plan_period", "text", i -> i.planPeriod),
    PERIOD("period", "text", i -> i.period),
    TARGET_ID("target_id", "bigint", i -> i.targetId, Role.BOOKKEEPING),
    CREATED_AT("created_at", "timestamptz", i -> i.createdAt, Role.BOOKKEEPING),
    CATALOGUE_ID("catalogue_id", "text", i -> i.catalogueId),
    CATALOGUE_NAME("catalogue_name", "text", i -> i.catalogueName),
    ATTRIBUTE("attribute", "text", i -> i.attribute),
    REGION_CODE("region_code", "text", i -> i.regionCode),
    REGION_PARENT_CODE("region_parent_code", "text", i -> i.regionParentCode);

    /**
     * What a column holds: a fact of the indicator's reading (what a re-analysis may read differently), or the
     * bookkeeping of storing it (its run, its target, when it was first stored), which a re-analysis always moves on.
     */
    enum Role { READING, BOOKKEEPING }

    private final String column;
    private final String sqlType;
    private final Function<Indicator, Object> value;
    private final Role role;

    IndicatorColumn(String column, String sqlType, Function<Indicator, Object> value) {
        this(column, sqlType, value, Role.READING);
    }

    IndicatorColumn(String column, String sqlType, Function<Indicator, Object> value, Role role) {
        this.column = column;
        this.sqlType = sqlType;
        this.value = value;
        this.role = role;
    }

    public String column() {
        return column;
    }

    String sqlType() {
        return sqlType;
    }

    /** The indicator's value of this column as the SQL text it is cast from (numbers in plain notation), or null. */
    String text(Indicator i) {
        return SqlText.of(value.apply(i));
    }

    /**
     * True when a stored indicator and its new reading agree on every column but the bookkeeping ones (numbers by
     * value: the database gives them another scale; a span of all nulls is no span, as the embedded object loads).
     */
    public static boolean sameReading(Indicator a, Indicator b) {
        for (IndicatorColumn c : values()) {
            if (c.role == Role.READING && !same(c.value.apply(a), c.value.apply(b))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Integer cleaned(Indicator i, Function<CleanedSpan, Integer> offset) {
        return i.cleaned == null ? null : offset.apply(i.cleaned);
    }
}
