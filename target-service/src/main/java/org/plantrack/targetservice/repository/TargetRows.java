package org.plantrack.targetservice.repository;

import org.plantrack.targetservice.domain.Target;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The targets one indicator set changes, read and written as plain rows: one locking SELECT of all of them and,
 * once their summaries are recomputed, one UPDATE for all of them and one DELETE for those left without
 * indicators. A plan document changes ~64 targets; as managed entities they cost an HQL query with an IN list of
 * that many parameters (interpreted anew for every length), hydration, a snapshot and a dirty check each, and one
 * UPDATE statement each at the flush (batched over the wire, but executed one by one in PostgreSQL); that was ~17 %
 * of target-service's CPU in the load benchmark. The {@link Target} objects returned are not managed: nothing is
 * written for them unless {@link #write} is called. Values are written as text arrays cast in SQL, so a number
 * reaches its column exactly as {@link BigDecimal#toPlainString()} writes it. Plain JDBC on the caller's connection:
 * it joins the caller's transaction. A column added to {@code target} (and a field to {@link Target}) must be added
 * to the statements here too, or it is neither read nor written on this path.
 */
public final class TargetRows {

    private static final String SELECT = "select id, target_key, region, canonical_metric, period, unit, "
            + "canonical_unit, unit_factor, baseline, baseline_year, latest_actual, latest_actual_year, target_value, "
            + "target_year, target_qualifier, progress, conflicts, indicator_count, document_count, updated_at, "
            + "stated, catalogue_id, catalogue_name, attribute, status, region_code, region_level, region_parent_code "
            + "from target where id = any(?) order by id for update";

    private static final String UPDATE = "update target t set unit = u.unit, canonical_unit = u.canonical_unit, "
            + "unit_factor = u.unit_factor::numeric, baseline = u.baseline::numeric, "
            + "baseline_year = u.baseline_year::int, latest_actual = u.latest_actual::numeric, "
            + "latest_actual_year = u.latest_actual_year::int, target_value = u.target_value::numeric, "
            + "target_year = u.target_year::int, target_qualifier = u.target_qualifier, "
            + "progress = u.progress::double precision, conflicts = u.conflicts::int, "
            + "indicator_count = u.indicator_count::int, document_count = u.document_count::int, "
            + "updated_at = u.updated_at::timestamptz, stated = u.stated::boolean, attribute = u.attribute, "
            + "status = u.status "
            + "from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[]) "
            + "as u(id, unit, canonical_unit, unit_factor, baseline, baseline_year, latest_actual, latest_actual_year, "
            + "target_value, target_year, target_qualifier, progress, conflicts, indicator_count, document_count, "
            + "updated_at, stated, attribute, status) where t.id = u.id";

    private TargetRows() {
    }

    /** The given targets as they are now, locked for the caller's transaction (in id order), detached. */
    public static List<Target> lockAndRead(Connection connection, List<Long> ids) throws SQLException {
        List<Target> targets = new ArrayList<>(ids.size());
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setArray(1, connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    Target t = new Target();
                    t.id = r.getLong(1);
                    t.targetKey = r.getString(2);
                    t.region = r.getString(3);
                    t.canonicalMetric = r.getString(4);
                    t.period = r.getString(5);
                    t.unit = r.getString(6);
                    t.canonicalUnit = r.getString(7);
                    t.unitFactor = r.getBigDecimal(8);
                    t.baseline = r.getBigDecimal(9);
                    t.baselineYear = r.getObject(10, Integer.class);
                    t.latestActual = r.getBigDecimal(11);
                    t.latestActualYear = r.getObject(12, Integer.class);
                    t.targetValue = r.getBigDecimal(13);
                    t.targetYear = r.getObject(14, Integer.class);
                    t.targetQualifier = r.getString(15);
                    t.progress = r.getObject(16, Double.class);
                    t.conflicts = r.getInt(17);
                    t.indicatorCount = r.getInt(18);
                    t.documentCount = r.getInt(19);
                    OffsetDateTime updatedAt = r.getObject(20, OffsetDateTime.class);
                    t.updatedAt = updatedAt == null ? null : updatedAt.toInstant();
                    t.stated = r.getBoolean(21);
                    t.catalogueId = r.getString(22);
                    t.catalogueName = r.getString(23);
                    t.attribute = r.getString(24);
                    t.status = r.getString(25);
                    // the target's region as TargetUpdatedV1 carries it (the key holds only the code)
                    t.regionCode = r.getString(26);
                    t.regionLevel = r.getString(27);
                    t.regionParentCode = r.getString(28);
                    targets.add(t);
                }
            }
        }
        return targets;
    }

    /** Stores the summary fields of {@code updated} and deletes the rows of {@code removed}. */
    public static void write(Connection connection, List<Target> updated, List<Long> removed) throws SQLException {
        if (!updated.isEmpty()) {
            int n = updated.size();
            Long[] ids = new Long[n];
            String[][] columns = new String[18][n];
            for (int i = 0; i < n; i++) {
                Target t = updated.get(i);
                ids[i] = t.id;
                columns[0][i] = t.unit;
                columns[1][i] = t.canonicalUnit;
                columns[2][i] = plain(t.unitFactor);
                columns[3][i] = plain(t.baseline);
                columns[4][i] = text(t.baselineYear);
                columns[5][i] = plain(t.latestActual);
                columns[6][i] = text(t.latestActualYear);
                columns[7][i] = plain(t.targetValue);
                columns[8][i] = text(t.targetYear);
                columns[9][i] = t.targetQualifier;
                columns[10][i] = text(t.progress);
                columns[11][i] = Integer.toString(t.conflicts);
                columns[12][i] = Integer.toString(t.indicatorCount);
                columns[13][i] = Integer.toString(t.documentCount);
                columns[14][i] = text(t.updatedAt);
                columns[15][i] = Boolean.toString(t.stated);
                columns[16][i] = t.attribute;
                columns[17][i] = t.status;
            }
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                update.setArray(1, connection.createArrayOf("bigint", ids));
                for (int c = 0; c < columns.length; c++) {
                    update.setArray(c + 2, connection.createArrayOf("text", columns[c]));
                }
                update.executeUpdate();
            }
        }
        if (!removed.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement("delete from target where id = any(?)")) {
                delete.setArray(1, connection.createArrayOf("bigint", removed.toArray(Long[]::new)));
                delete.executeUpdate();
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
