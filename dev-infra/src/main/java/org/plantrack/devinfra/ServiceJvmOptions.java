package org.plantrack.devinfra;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JVM options of each service process.
 * <p>
 * By default ingest-service, target-service and the gateway run with the C1 compiler only
 * ({@code -XX:TieredStopAtLevel=1}); nlp-service keeps C2. On the two-core machine this launcher is made for, seven
 * JVMs compiling Quarkus, Hibernate, Kafka and Jackson code with C2 spent much of the CPU on compiling for the first
 * thousands of documents after a start (docs/benchmarks.md, "Figures at e366841"). The three services are framework
 * and client code, where C1's code does nearly as well; nlp-service's text analysis is where C2's code pays.
 * Containers (docker-compose.yml) keep the JVM's default: there each service has its own CPU share.
 *
 * @param common      options of every service
 * @param firstTierOnly services that also get {@code -XX:TieredStopAtLevel=1}
 */
public record ServiceJvmOptions(List<String> common, Set<String> firstTierOnly) {

    /**
     * -Xms64m: without it the initial heap is 1/64 of the machine's memory and its young generation is touched in
     * full during start-up, so an idle service sat near the 300 MB goal; with a small initial heap the heap grows only
     * as far as the load needs (docs/benchmarks.md, "Figures behind code choices").
     */
    public static final List<String> DEFAULT_COMMON = List.of("-Xmx512m", "-Xms64m", "-XX:+UseSerialGC");

    static final String FIRST_TIER_ONLY = "-XX:TieredStopAtLevel=1";

    public ServiceJvmOptions {
        common = List.copyOf(common);
        firstTierOnly = Set.copyOf(firstTierOnly);
    }

    /** What {@code ./plantrack up} and {@code ./plantrack bench} use unless told otherwise. */
    public static ServiceJvmOptions defaults() {
        return new ServiceJvmOptions(DEFAULT_COMMON, Set.of(PlanTrackServices.INGEST.name(),
                PlanTrackServices.TARGET.name(), PlanTrackServices.GATEWAY.name()));
    }

    /** The same options for every service, exactly as given (PLANTRACK_JAVA_OPTS, tests). */
    public static ServiceJvmOptions same(List<String> options) {
        return new ServiceJvmOptions(options, Set.of());
    }

    public List<String> forService(String service) {
        if (!firstTierOnly.contains(service)) {
            return common;
        }
        List<String> options = new ArrayList<>(common);
        options.add(FIRST_TIER_ONLY);
        return options;
    }
}
