package org.plantrack.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL server per test JVM (zonky embedded binaries, throw-away data directory), with a fresh
 * database per name asked for. {@code PLANTRACK_TEST_PG_URL} (a JDBC URL of a server whose user may create
 * databases, user and password in {@code PLANTRACK_TEST_PG_USER}/{@code PLANTRACK_TEST_PG_PASSWORD}) points the
 * tests at an external server instead.
 */
public final class TestPostgres {

    private static EmbeddedPostgres server;
    private static String baseUrl;
    private static String user = "postgres";
    private static String password = "postgres";

    /** JDBC URL of database {@code name}, created empty if it does not exist yet. */
    public static synchronized String jdbcUrl(String name) {
        start();
        try (Connection c = DriverManager.getConnection(baseUrl, user, password);
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    st.execute("create database \"" + name + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return baseUrl.substring(0, baseUrl.lastIndexOf('/') + 1) + name;
    }

    public static String user() {
        return user;
    }

    public static String password() {
        return password;
    }

    private static void start() {
        if (baseUrl != null) {
            return;
        }
        String external = Env.get("plantrack.test.pg.url", "PLANTRACK_TEST_PG_URL");
        if (external != null) {
            baseUrl = external;
            user = orDefault(Env.get("plantrack.test.pg.user", "PLANTRACK_TEST_PG_USER"), user);
            password = orDefault(Env.get("plantrack.test.pg.password", "PLANTRACK_TEST_PG_PASSWORD"), password);
            return;
        }
        try {
            server = EmbeddedPostgres.builder().start();
            baseUrl = server.getJdbcUrl("postgres", "postgres");
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "test-postgres-stop"));
        } catch (IOException e) {
            throw new IllegalStateException("could not start embedded PostgreSQL", e);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is going away
            }
            server = null;
        }
    }

    private TestPostgres() {
    }
}
