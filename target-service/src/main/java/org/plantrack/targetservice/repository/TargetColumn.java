package org.plantrack.targetservice.repository;

import org.plantrack.targetservice.domain.Target;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The columns of the {@code target} table, each with its SQL type, how to read it from and write it to a
 * {@link Target}, and whether recomputing a target writes it (the summary) or not (its identity: key, region,
 * metric, period, catalogue indicator, which only creating the row sets). {@link TargetRows} builds its locked read
 * and its update from this one list, so a column added to the entity is added here once (a unit test checks that
 * every mapped field of the entity has its column here).
 */
public enum TargetColumn {
    ID("bigint", t -> t.id, (t, v) -> t.id = (Long) v, Role.IDENTITY),
    TARGET_KEY("text", t -> t.targetKey, (t, v) -> t.targetKey = (String) v, Role.IDENTITY),
    REGION("text", t -> t.region, (t, v) -> t.region = (String) v, Role.IDENTITY),
    REGION_CODE("text", t -> t.regionCode, (t, v) -> t.regionCode = (String) v, Role.IDENTITY),
    REGION_LEVEL("text", t -> t.regionLevel, (t, v) -> t.regionLevel = (String) v, Role.IDENTITY),
    REGION_PARENT_CODE("text", t -> t.regionParentCode, (t, v) -> t.regionParentCode = (String) v, Role.IDENTITY),
    CANONICAL_METRIC("text", t -> t.canonicalMetric, (t, v) -> t.canonicalMetric = (String) v, Role.IDENTITY),
    PERIOD("text", t -> t.period, (t, v) -> t.period = (String) v, Role.IDENTITY),
    CATALOGUE_ID("text", t -> t.catalogueId, (t, v) -> t.catalogueId = (String) v, Role.IDENTITY),
    CATALOGUE_NAME("text", t -> t.catalogueName, (t, v) -> t.catalogueName = (String) v, Role.IDENTITY),
    UNIT("text", t -> t.unit, (t, v) -> t.unit = (String) v, Role.SUMMARY),
    CANONICAL_UNIT("text", t -> t.canonicalUnit, (t, v) -> t.canonicalUnit = (String) v, Role.SUMMARY),
    UNIT_FACTOR("numeric", t -> t.unitFactor, (t, v) -> t.unitFactor = (BigDecimal) v, Role.SUMMARY),
    BASELINE("numeric", t -> t.baseline, (t, v) -> t.baseline = (BigDecimal) v, Role.SUMMARY),
    BASELINE_YEAR("int", t -> t.baselineYear, (t, v) -> t.baselineYear = (Integer) v, Role.SUMMARY),
    LATEST_ACTUAL("numeric", t -> t.latestActual, (t, v) -> t.latestActual = (BigDecimal) v, Role.SUMMARY),
    LATEST_ACTUAL_YEAR("int", t -> t.latestActualYear, (t, v) -> t.latestActualYear = (Integer) v, Role.SUMMARY),
    TARGET_VALUE("numeric", t -> t.targetValue, (t, v) -> t.targetValue = (BigDecimal) v, Role.SUMMARY),
    TARGET_YEAR("int", t -> t.targetYear, (t, v) -> t.targetYear = (Integer) v, Role.SUMMARY),
    TARGET_QUALIFIER("text", t -> t.targetQualifier, (t, v) -> t.targetQualifier = (String) v, Role.SUMMARY),
    PROGRESS("double precision", t -> t.progress, (t, v) -> t.progress = (Double) v, Role.SUMMARY),
    CONFLICTS("int", t -> t.conflicts, (t, v) -> t.conflicts = zeroIfNull(v), Role.SUMMARY),
    INDICATOR_COUNT("int", t -> t.indicatorCount, (t, v) -> t.indicatorCount = zeroIfNull(v), Role.SUMMARY),
    DOCUMENT_COUNT("int", t -> t.documentCount, (t, v) -> t.documentCount = zeroIfNull(v), Role.SUMMARY),
    UPDATED_AT("timestamptz", t -> t.updatedAt, (t, v) -> t.updatedAt = instant(v), Role.SUMMARY),
    STATED("boolean", t -> t.stated, (t, v) -> t.stated = Boolean.TRUE.equals(v), Role.SUMMARY),
    ATTRIBUTE("text", t -> t.attribute, (t, v) -> t.attribute = (String) v, Role.SUMMARY),
    STATUS("text", t -> t.status, (t, v) -> t.status = (String) v, Role.SUMMARY);

    /** Whether recomputing a target writes the column (its summary) or only creating the row does (identity). */
    enum Role { IDENTITY, SUMMARY }

    private final String column;
    private final String sqlType;
    private final Function<Target, Object> get;
    private final BiConsumer<Target, Object> set;
    private final Role role;

    /** The column is named as the constant, in lower case (REGION_CODE is region_code). */
    TargetColumn(String sqlType, Function<Target, Object> get, BiConsumer<Target, Object> set, Role role) {
        this.column = name().toLowerCase(Locale.ROOT);
        this.sqlType = sqlType;
        this.get = get;
        this.set = set;
        this.role = role;
    }

    public String column() {
        return column;
    }

    String sqlType() {
        return sqlType;
    }

    boolean isSummary() {
        return role == Role.SUMMARY;
    }

    /** The target's value of this column as the SQL text it is cast from (numbers in plain notation), or null. */
    String text(Target t) {
        return SqlText.of(get.apply(t));
    }

    /** Sets the target's field from column {@code index} of the current row. */
    void read(ResultSet row, int index, Target into) throws SQLException {
        Object v = switch (sqlType) {
            case "bigint" -> row.getObject(index, Long.class);
            case "int" -> row.getObject(index, Integer.class);
            case "numeric" -> row.getBigDecimal(index);
            case "double precision" -> row.getObject(index, Double.class);
            case "boolean" -> row.getObject(index, Boolean.class);
            case "timestamptz" -> row.getObject(index, OffsetDateTime.class);
            default -> row.getString(index);
        };
        set.accept(into, v);
    }

    private static Instant instant(Object v) {
        return v == null ? null : ((OffsetDateTime) v).toInstant();
    }

    private static int zeroIfNull(Object v) {
        return v == null ? 0 : (Integer) v;
    }
}
