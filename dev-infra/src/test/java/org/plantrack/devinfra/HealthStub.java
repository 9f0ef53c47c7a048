package org.plantrack.devinfra;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A minimal process with a Quarkus-style readiness endpoint on its management port (QUARKUS_MANAGEMENT_PORT) and
 * a public port (QUARKUS_HTTP_PORT) that serves no health, run as a child by {@link ServiceProcessTest} and the
 * launcher tests to exercise start, health wait and supervision without packaging a real service.
 */
public final class HealthStub {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        int managementPort = Integer.parseInt(System.getenv("QUARKUS_MANAGEMENT_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        HttpServer management = HttpServer.create(new InetSocketAddress("localhost", managementPort), 0);
        management.createContext("/q/health/ready", exchange -> {
            byte[] body = "{\"status\":\"UP\",\"checks\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        management.start();
        System.out.println("stub listening on " + port + ", health on " + managementPort);
    }

    private HealthStub() {
    }
}
