package org.plantrack.targetservice.repository;

import org.plantrack.targetservice.service.StatedTarget;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The target statements (indicators of kind target) of some targets, each with its document's date: what the current
 * target value, its revisions and the target's attribute are found from. Plain JDBC on the caller's connection, so it
 * joins the caller's transaction and sees its unflushed-then-flushed writes.
 */
public final class TargetStatementRows {

    private static final String SELECT = "select i.target_id, i.document_id, d.document_date, i.created_at, "
            + "coalesce(i.year, i.inferred_year), i.value, i.unit, i.canonical_value, i.canonical_unit, i.qualifier, "
            + "i.attribute from indicator i left join document_run d on d.document_id = i.document_id "
            + "where i.target_id = any(?) and i.kind = 'target' order by i.target_id, i.id";

    private TargetStatementRows() {
    }

    /** The target statements of each given target (targets without one are absent). */
    public static Map<Long, List<StatedTarget>> read(Connection connection, List<Long> targetIds) throws SQLException {
        Map<Long, List<StatedTarget>> out = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setArray(1, connection.createArrayOf("bigint", targetIds.toArray(Long[]::new)));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    OffsetDateTime created = r.getObject(4, OffsetDateTime.class);
                    out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new StatedTarget(r.getString(2),
                            r.getString(3), created == null ? null : created.toInstant(),
                            r.getObject(5, Integer.class), r.getBigDecimal(6), r.getString(7), r.getBigDecimal(8),
                            r.getString(9), r.getString(10), r.getString(11)));
                }
            }
        }
        return out;
    }
}
