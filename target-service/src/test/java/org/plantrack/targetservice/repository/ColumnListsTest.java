package org.plantrack.targetservice.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.plantrack.targetservice.domain.Indicator;
import org.plantrack.targetservice.domain.Target;
import org.plantrack.testsupport.TestPostgres;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The column lists the plain-JDBC paths are built from ({@link IndicatorColumn}, {@link TargetColumn}) name every
 * column of their table as the migrations create it, and every field the entity maps: a column added by a migration
 * and a field added to the entity fail here until the list has them, instead of being silently not written.
 */
class ColumnListsTest {

    @Test
    void theIndicatorColumnsAreTheTablesAndTheEntitys() throws SQLException {
        TreeSet<String> listed = new TreeSet<>(Arrays.stream(IndicatorColumn.values()).map(IndicatorColumn::column)
                .toList());
        assertThat(listed).isEqualTo(entityColumns(Indicator.class));
        assertThat(listed).isEqualTo(tableColumns("indicator"));
    }

    @Test
    void theTargetColumnsAreTheTablesAndTheEntitys() throws SQLException {
        TreeSet<String> listed = new TreeSet<>(Arrays.stream(TargetColumn.values()).map(TargetColumn::column).toList());
        assertThat(listed).isEqualTo(entityColumns(Target.class));
        assertThat(listed).isEqualTo(tableColumns("target"));
    }

    /** The columns the entity maps: @Column names, else the field name; an embedded object's fields likewise. */
    private static TreeSet<String> entityColumns(Class<?> entity) {
        TreeSet<String> columns = new TreeSet<>();
        for (Field f : entity.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || !Modifier.isPublic(f.getModifiers())) {
                continue;
            }
            if (f.isAnnotationPresent(Embedded.class)) {
                columns.addAll(entityColumns(f.getType()));
                continue;
            }
            Column c = f.getAnnotation(Column.class);
            columns.add(c != null && !c.name().isEmpty() ? c.name() : f.getName());
        }
        return columns;
    }

    private static TreeSet<String> tableColumns(String table) throws SQLException {
        String url = TestPostgres.jdbcUrl("columns_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, TestPostgres.user(), TestPostgres.password())
                .locations("classpath:db/migration").load().migrate();
        TreeSet<String> columns = new TreeSet<>();
        try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
             PreparedStatement select = c.prepareStatement(
                     "select column_name from information_schema.columns where table_name = ?")) {
            select.setString(1, table);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    columns.add(r.getString(1));
                }
            }
        }
        return columns;
    }
}
