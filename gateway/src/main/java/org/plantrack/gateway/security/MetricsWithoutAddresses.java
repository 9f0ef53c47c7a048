package org.plantrack.gateway.security;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The REST client's {@code http.client.requests} meters carry an {@code address} tag with the downstream host and
 * port (e.g. {@code ingest-service:8081}); metrics are for dashboards, not a map of the internal network (issue 13),
 * so the tag is dropped. {@code clientName} already tells which service was called, and {@code uri} is the path
 * template, never the concrete path.
 */
@Singleton
public class MetricsWithoutAddresses {

    static final String ADDRESS_TAG = "address";

    @Produces
    @Singleton
    MeterFilter dropDownstreamAddresses() {
        return MeterFilter.ignoreTags(ADDRESS_TAG);
    }
}
