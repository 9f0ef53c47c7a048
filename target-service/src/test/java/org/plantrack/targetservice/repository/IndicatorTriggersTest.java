package org.plantrack.targetservice.repository;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.TestPostgres;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables the indicator triggers maintain (statement_group, target_document, target_tally) equal what a full
 * computation over the indicator table gives, when many rows of one group arrive in ONE insert statement (the
 * statement trigger of V7 folds them at once), when they join groups stored before (ties on created_at with the
 * stored newest member), after row-level deletes, and for rows stored before V7 (the migration fills target_tally).
 * Plain JDBC on a database of its own, migrated by Flyway, so the statements are exactly the ones written here.
 */
class IndicatorTriggersTest {

    private static final Instant BASE = Instant.parse("2024-03-01T08:00:00Z");

    /** The groups as V6's refresh_statement_group computes them from every member; numbers compare by value. */
    private static final String FULL_GROUPS = """
            select i.target_id, statement_group_key(i.year, i.inferred_year, i.kind, i.change, i.canonical_unit,
                       i.unit, i.canonical_value, i.qualifier, i.canonical_baseline) as k,
                   count(*)::int, min(i.value), min(i.document_id collate "C"), max(i.document_id collate "C"),
                   max(i.created_at), (array_agg(i.id order by i.created_at desc, i.id collate "C"))[1],
                   min(i.id collate "C"), min(i.canonical_value), min(i.year)
            from indicator i group by i.target_id, k""";
    private static final String STORED_GROUPS = """
            select target_id, group_key, members, min_value, first_document, last_document, newest_at, newest_id,
                   smallest_id, canonical_value, year from statement_group""";

    @Test
    void rowsOfOneStatementFoldIntoTheirGroupsLikeEveryRowAddedAlone() throws SQLException {
        String url = migratedDatabase(null);
        try (Connection c = connect(url)) {
            long t1 = target(c, "t1");
            long t2 = target(c, "t2");
            Random random = new Random(7);
            // 90 rows in one statement: 3 groups per target (a value written as 4000 and 4000.0 is one group),
            // 5 documents, created_at ties on two instants, ids in random order
            List<Object[]> first = new ArrayList<>();
            for (int i = 0; i < 90; i++) {
                first.add(row("a-" + UUID.randomUUID(), "doc-" + random.nextInt(5), i % 2 == 0 ? t1 : t2,
                        new BigDecimal(random.nextInt(3) == 0 ? "4000.0" : "4000").add(BigDecimal.valueOf(i % 3)),
                        BigDecimal.valueOf(random.nextInt(50)), 2025, BASE.plusSeconds(random.nextInt(2))));
            }
            assertThat(insert(c, first)).isEqualTo(90);
            assertMatchesFullComputation(c);

            // a second statement into the same groups: some tie with the stored newest (created_at), with ids
            // smaller and larger than it ("0..." and "z..."), new documents and a group of its own
            List<Object[]> second = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                second.add(row((i % 2 == 0 ? "0-" : "z-") + UUID.randomUUID(), "doc-" + (3 + random.nextInt(4)),
                        i % 3 == 0 ? t2 : t1, BigDecimal.valueOf(4000 + i % 4), BigDecimal.valueOf(random.nextInt(80)),
                        i % 5 == 0 ? null : 2025, BASE.plusSeconds(1)));
            }
            assertThat(insert(c, second)).isEqualTo(40);
            assertMatchesFullComputation(c);

            // retractions go row by row (V6's delete trigger), documents leave the tally when their last row goes
            try (Statement st = c.createStatement()) {
                st.executeUpdate("delete from indicator where document_id in ('doc-0', 'doc-6') or id like 'z-%'");
                st.executeUpdate("update indicator set target_id = " + t2 + " where document_id = 'doc-1'");
            }
            assertMatchesFullComputation(c);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("delete from indicator");
            }
            assertMatchesFullComputation(c);
            assertThat(rows(c, "select * from target_tally where members <> 0 or documents <> 0")).isEmpty();
        }
    }

    @Test
    void migrationCountsTheIndicatorsStoredBeforeIt() throws SQLException {
        String url = migratedDatabase("6");
        try (Connection c = connect(url)) {
            long t1 = target(c, "t1");
            long t2 = target(c, "t2");
            List<Object[]> before = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                before.add(row("b-" + i, "doc-" + i % 7, i % 3 == 0 ? t2 : t1, BigDecimal.valueOf(i % 2),
                        BigDecimal.ONE, 2030, BASE));
            }
            insert(c, before);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("delete from indicator where id in ('b-3', 'b-6', 'b-13')");
            }
        }
        migrate(url, null);
        try (Connection c = connect(url)) {
            assertThat(rows(c, "select target_id, members, documents from target_tally order by target_id"))
                    .isEqualTo(rows(c, "select target_id, count(*)::int, count(distinct document_id)::int "
                            + "from indicator group by target_id order by target_id"))
                    .hasSize(2);
            insert(c, List.<Object[]>of(row("after-1", "doc-new", first(c, "select min(id) from target"),
                    BigDecimal.ONE, BigDecimal.TEN, 2030, BASE)));
            assertMatchesFullComputation(c);
        }
    }

    private static void assertMatchesFullComputation(Connection c) throws SQLException {
        assertThat(rows(c, "(" + STORED_GROUPS + ") except (" + FULL_GROUPS + ")")).as("stored groups not computed")
                .isEmpty();
        assertThat(rows(c, "(" + FULL_GROUPS + ") except (" + STORED_GROUPS + ")")).as("computed groups not stored")
                .isEmpty();
        assertThat(rows(c, "select target_id, document_id, members from target_document order by 1, 2"))
                .isEqualTo(rows(c, "select target_id, document_id, count(*)::int from indicator group by 1, 2 "
                        + "order by 1, 2"));
        assertThat(rows(c, "select target_id, members, documents from target_tally where members > 0 order by 1"))
                .isEqualTo(rows(c, "select target_id, count(*)::int, count(distinct document_id)::int "
                        + "from indicator group by target_id order by target_id"));
    }

    private static Object[] row(String id, String document, long target, BigDecimal canonicalValue, BigDecimal value,
                                Integer year, Instant createdAt) {
        return new Object[] {id, document, target, canonicalValue, value, year, createdAt};
    }

    /** All rows in ONE multi-row INSERT statement; returns the rows inserted. */
    private static int insert(Connection c, List<Object[]> rows) throws SQLException {
        StringBuilder sql = new StringBuilder("insert into indicator (id, document_id, target_id, canonical_value, "
                + "value, year, created_at, analysis_run, metric, canonical_metric, unit, canonical_unit, kind, "
                + "start_offset, end_offset, confidence, period) values ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, 1, 'm', 'm', '%', '%', 'target', 0, 1, 0.9, "
                    + "'2021-2025')");
        }
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (Object[] r : rows) {
                st.setString(p++, (String) r[0]);
                st.setString(p++, (String) r[1]);
                st.setLong(p++, (Long) r[2]);
                st.setBigDecimal(p++, (BigDecimal) r[3]);
                st.setBigDecimal(p++, (BigDecimal) r[4]);
                st.setObject(p++, r[5], java.sql.Types.INTEGER);
                st.setTimestamp(p++, Timestamp.from((Instant) r[6]));
            }
            return st.executeUpdate();
        }
    }

    private static long target(Connection c, String key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into target (target_key, region, canonical_metric, "
                + "period) values (?, 'r', 'm', '2021-2025') returning id")) {
            st.setString(1, key);
            try (ResultSet r = st.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long first(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<List<String>> rows(Connection c, String sql) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(r.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static String migratedDatabase(String target) {
        String url = TestPostgres.jdbcUrl("triggers_" + UUID.randomUUID().toString().substring(0, 8));
        migrate(url, target);
        return url;
    }

    private static void migrate(String url, String target) {
        var config = Flyway.configure().dataSource(url, TestPostgres.user(), TestPostgres.password())
                .locations("classpath:db/migration");
        if (target != null) {
            config.target(target);
        }
        config.load().migrate();
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
    }
}
