package org.plantrack.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Quarkus test resource: the default datasource on a fresh database of a real PostgreSQL server. The database
 * name comes from the init argument {@code database} (default {@code plantrack_test}).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "plantrack_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", TestPostgres.jdbcUrl(database),
                "quarkus.datasource.username", TestPostgres.user(),
                "quarkus.datasource.password", TestPostgres.password());
    }

    @Override
    public void stop() {
        // the server lives as long as the test JVM
    }
}
