package org.plantrack.testsupport;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where a running Quarkus test application serves /q/health and /q/metrics: its management interface, a port of
 * its own (random in tests), not the public port RestAssured points at.
 */
public final class ManagementInterface {

    /** @param path under the management root, e.g. {@code /metrics} or {@code /health/ready} */
    public static String url(String path) {
        // test.management.url is http://localhost:<management port>/q once the application has started
        return ConfigProvider.getConfig().getValue("test.management.url", String.class) + path;
    }

    private ManagementInterface() {
    }
}
