package org.plantrack.devinfra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesStopAndStart() throws Exception {
        int port = Ports.free();
        Path data = dir.resolve("postgres");
        try (EmbeddedPostgresServer first = new EmbeddedPostgresServer(data, dir.resolve("pg.log"), port)) {
            first.start();
            PostgresDatabases.ensure(first.jdbcBaseUrl(), "postgres", "postgres", PlanTrackServices.DATABASES,
                    Duration.ofSeconds(30));
            try (Connection c = connect(first, PlanTrackServices.INGEST_DATABASE); Statement st = c.createStatement()) {
                st.execute("create table plan (title text)");
                st.execute("insert into plan values ('第十五个五年规划纲要')");
            }
        }

        try (EmbeddedPostgresServer second = new EmbeddedPostgresServer(data, dir.resolve("pg.log"), port)) {
            second.start();
            // idempotent: the databases exist already
            PostgresDatabases.ensure(second.jdbcBaseUrl(), "postgres", "postgres", PlanTrackServices.DATABASES,
                    Duration.ofSeconds(30));
            try (Connection c = connect(second, PlanTrackServices.INGEST_DATABASE); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select title from plan")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("第十五个五年规划纲要");
            }
            try (Connection c = connect(second, "postgres"); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select datname from pg_database where datname like 'plantrack_%' order by 1")) {
                List<String> names = new java.util.ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                assertThat(names).containsExactly("plantrack_ingest", "plantrack_target");
            }
        }
    }

    @Test
    void runsDurablyWithRareCheckpoints() throws Exception {
        try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(dir.resolve("postgres"), dir.resolve("pg.log"),
                Ports.free())) {
            server.start();
            try (Connection c = connect(server, "postgres"); Statement st = c.createStatement()) {
                // zonky's own defaults are fsync off and synchronous_commit off: accepted documents could be lost
                assertThat(setting(st, "fsync")).isEqualTo("on");
                assertThat(setting(st, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(st, "full_page_writes")).isEqualTo("on");
                assertThat(setting(st, "checkpoint_timeout")).isEqualTo("15min");
                assertThat(setting(st, "max_wal_size")).isEqualTo("2GB");
            }
        }
    }

    private static String setting(Statement st, String name) throws Exception {
        try (ResultSet rs = st.executeQuery("show " + name)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server, String database) throws Exception {
        return DriverManager.getConnection(server.jdbcBaseUrl() + database, "postgres", "postgres");
    }
}
