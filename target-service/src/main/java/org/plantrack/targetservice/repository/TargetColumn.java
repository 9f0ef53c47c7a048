package org.plantrack.targetservice.repository;

import org.plantrack.targetservice.domain.Target;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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
    ID("id", "bigint", t -> t.id, (t, v) -> t.id = (Long) v, Role.IDENTITY),
    TARGET_KEY("target_key", "text", t -> t.targetKey, (t, v) -> t.targetKey = (String) v, Role.IDENTITY),
    REGION("region", "text", t -> t.region, (t, v) -> t.region = (String) v, Role.IDENTITY),
    REGION_CODE("region_code", "text", t -> t.regionCode, (t, v) -> t.regionCode = (String) v, Role.IDENTITY),
    REGION_LEVEL("region_level", "text", t -> t.regionLevel, (t, v) -> t.regionLevel = (String) v, Role.IDENTITY),
    REGION_PARENT_CODE("region_parent_code", "text", t -> t.regionParentCode,
            (t, v) -> t.regionParentCode = (String) v, Role.IDENTITY),
    CANONICAL_METRIC("canonical_metric", "text", t -> t.canonicalMetric, (t, v) -> t.canonicalMetric = (String) v,
            Role.IDENTITY),
    PERIOD("period", "text", t -> t.period, (t, v) -> t.period = (String) v, Role.IDENTITY),
    CATALOGUE_ID("catalogue_id", "text", t -> t.catalogueId, (t, v) -> t.catalogueId = (String) v, Role.IDENTITY),
    CATALOGUE_NAME("catalogue_name", "text", t -> t.catalogueName, (t, v) -> t.catalogueName = (String) v,
            Role.IDENTITY),
    UNIT("unit", "text", t -> t.unit, (t, v) -> t.unit = (String) v, Role.SUMMARY),
    CANONICAL_UNIT("canonical_unit", "text", t -> t.canonicalUnit, (t, v) -> t.canonicalUnit = (String) v,
            Role.SUMMARY),
    UNIT_FACTOR("unit_factor", "numeric", t -> t.unitFactor, (t, v) -> t.unitFactor = (BigDecimal) v, Role.SUMMARY),
    BASELINE("baseline", "numeric", t -> t.baseline, (t, v) -> t.baseline = (BigDecimal) v, Role.SUMMARY),
    BASELINE_YEAR("baseline_year", "int", t -> t.baselineYear, (t, v) -> t.baselineYear = (Integer) v, Role.SUMMARY),
    LATEST_ACTUAL("latest_actual", "numeric", t -> t.latestActual, (t, v) -> t.latestActual = (BigDecimal) v,
            Role.SUMMARY),
    LATEST_ACTUAL_YEAR("latest_actual_year", "int", t -> t.latestActualYear,
            (t, v) -> t.latestActualYear = (Integer) v, Role.SUMMARY),
    TARGET_VALUE("target_value", "numeric", t -> t.targetValue, (t, v) -> t.targetValue = (BigDecimal) v,
            Role.SUMMARY),
    TARGET_YEAR("target_year", "int", t -> t.targetYear, (t, v) -> t.targetYear = (Integer) v, Role.SUMMARY),
    TARGET_QUALIFIER("target_qualifier", "text", t -> t.targetQualifier, (t, v) -> t.targetQualifier = (String) v,
            Role.SUMMARY),
    PROGRESS("progress", "double precision", t -> t.progress, (t, v) -> t.progress = (Double) v, Role.SUMMARY),
    CONFLICTS("conflicts", "int", t -> t.conflicts, (t, v) -> t.conflicts = zeroIfNull(v), Role.SUMMARY),
    INDICATOR_COUNT("indicator_count", "int", t -> t.indicatorCount, (t, v) -> t.indicatorCount = zeroIfNull(v),
            Role.SUMMARY),
    DOCUMENT_COUNT("document_count", "int", t -> t.documentCount, (t, v) -> t.documentCount = zeroIfNull(v),
            Role.SUMMARY),
    UPDATED_AT("updated_at", "timestamptz", t -> t.updatedAt,
            (t, v) -> t.updatedAt = v == null ? null : ((OffsetDateTime) v).toInstant(), Role.SUMMARY),
    STATED("stated", "boolean", t -> t.stated, (t, v) -> t.stated = Boolean.TRUE.equals(v), Role.SUMMARY),
    ATTRIBUTE("attribute", "text", t -> t.attribute, (t, v) -> t.attribute = (String) v, Role.SUMMARY),
    STATUS("status", "text", t -> t.status, (t, v) -> t.status = (String) v, Role.SUMMARY);

    /** Whether recomputing a target writes the column (its summary) or only creating the row does (identity). */
    enum Role { IDENTITY, SUMMARY }

    private final String column;
    private final String sqlType;
    private final Function<Target, Object> get;
    private final BiConsumer<Target, Object> set;
    private final Role role;

    TargetColumn(String column, String sqlType, Function<Target, Object> get, BiConsumer<Target, Object> set,
                 Role role) {
        this.column = column;
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
        Object v = get.apply(t);
        if (v == null) {
            return null;
        }
        return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
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

    private static int zeroIfNull(Object v) {
        return v == null ? 0 : (Integer) v;
    }
}
