package org.plantrack.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Configuration of a service whose PostgreSQL cannot be reached (nothing listens on port 1), for the services'
 * DatabaseDownTest profiles: connections fail within two seconds, nothing is migrated or version-checked at start,
 * and the outbox relay's timer stays quiet (its failing rounds would only fill the log).
 */
public final class UnreachableDatabase {

    private UnreachableDatabase() {
    }

    public static Map<String, String> config(String database) {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/" + database,
                "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                "quarkus.flyway.migrate-at-start", "false",
                "quarkus.hibernate-orm.database.version-check.enabled", "false",
                "plantrack.outbox.interval", "1h");
    }

    /**
     * The test profile with that configuration. Quarkus instantiates a profile by its no-argument constructor, so a
     * service declares {@code public static class NoDatabase extends UnreachableDatabase.Profile} calling
     * {@code super("its database")}.
     */
    public abstract static class Profile implements QuarkusTestProfile {

        private final String database;

        protected Profile(String database) {
            this.database = database;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return config(database);
        }
    }
}
