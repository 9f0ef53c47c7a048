package org.plantrack.targetservice.repository;

import org.plantrack.targetservice.service.ActualRow;
import org.plantrack.targetservice.service.TargetMetric;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The actual values (indicators of kind actual with a year) series are built from, filtered in SQL by region,
 * catalogue indicator, metric and years. Plain JDBC on the caller's connection.
 */
public final class SeriesRows {

    /** More rows than this make the query too broad to answer: narrow it by region, indicator or metric. */
    public static final int MAX_ROWS = 50_000;

    /**
     * @param region      a GB/T 2260 code or a region name as the lists take it ({@link RegionCondition}), or null
     * @param within      a GB/T 2260 code: the region and every region inside it, or null
     * @param catalogueId a catalogue indicator id, or null
     * @param metric      metric names to match: the synonym-table name, the name as written (null: any)
     * @param metricId    the catalogue indicator the metric filter resolves to, or null
     */
    public record Filter(String region, String within, String catalogueId, List<String> metric, String metricId,
                         Integer yearFrom, Integer yearTo) {
    }

    private SeriesRows() {
    }

    /** The matching actuals ordered by region, metric and year; at most {@link #MAX_ROWS} + 1 rows. */
    public static List<ActualRow> read(Connection connection, Filter f) throws SQLException {
        StringBuilder sql = new StringBuilder("select region, catalogue_id, catalogue_name, canonical_metric, "
                + "coalesce(year, inferred_year) as y, document_id, sentence, value, unit, canonical_value, "
                + "canonical_unit, metric, change, region_level, region_code, region_parent_code from indicator "
                + "where kind = 'actual' and coalesce(year, inferred_year) is not null");
        List<Object> params = new ArrayList<>();
        RegionCondition.addSql(sql, params, f.region(), f.within());
        if (f.catalogueId() != null) {
            sql.append(" and catalogue_id = ?");
            params.add(f.catalogueId());
        }
        if (f.metric() != null) {
            sql.append(" and (canonical_metric = ? or metric = ? or catalogue_id = ?)");
            params.add(f.metric().get(0));
            params.add(f.metric().get(1));
            params.add(f.metricId() == null ? "" : f.metricId());
        }
        if (f.yearFrom() != null) {
            sql.append(" and coalesce(year, inferred_year) >= ?");
            params.add(f.yearFrom());
        }
        if (f.yearTo() != null) {
            sql.append(" and coalesce(year, inferred_year) <= ?");
            params.add(f.yearTo());
        }
        sql.append(" order by region, canonical_metric, y, document_id, id limit ").append(MAX_ROWS + 1);
        List<ActualRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                select.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
        }
        return rows;
    }

    private static ActualRow row(ResultSet r) throws SQLException {
        String catalogueName = r.getString(3);
        String keyed = TargetMetric.of(r.getString(12), r.getString(4), catalogueName, r.getString(13),
                r.getString(14));
        boolean byCatalogue = TargetMetric.keyedByCatalogue(r.getString(12), catalogueName, r.getString(14));
        String code = r.getString(15);
        // without a code the stored level is the document's, not the region's: the lists show none (as targets do)
        return new ActualRow(r.getString(1), code, code == null ? null : r.getString(14),
                code == null ? null : r.getString(16), byCatalogue ? r.getString(2) : null,
                byCatalogue ? catalogueName : null, keyed, r.getObject(5, Integer.class), r.getString(6),
                r.getString(7), r.getBigDecimal(8), r.getString(9), r.getBigDecimal(10), r.getString(11));
    }
}
