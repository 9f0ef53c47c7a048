package org.plantrack.devinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;

/** Creates the per-service databases on a PostgreSQL server (embedded or external). */
public final class PostgresDatabases {

    /**
     * @param baseUrl JDBC URL ending in '/', e.g. {@code jdbc:postgresql://localhost:5432/}
     */
    public static void ensure(String baseUrl, String user, String password, Collection<String> names, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(baseUrl + "postgres", user, password)) {
                for (String name : names) {
                    createIfMissing(c, name);
                }
                return;
            } catch (SQLException e) {
                last = e;
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", ie);
                }
            }
        }
        throw new IllegalStateException("could not create databases " + names + " on " + baseUrl, last);
    }

    private static void createIfMissing(Connection c, String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unsafe database name " + name);
        }
        try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("create database " + name);
            Log.info("created database " + name);
        }
    }

    /** Makes sure the base URL ends with '/', so a database name can be appended. */
    public static String normaliseBaseUrl(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private PostgresDatabases() {
    }
}
