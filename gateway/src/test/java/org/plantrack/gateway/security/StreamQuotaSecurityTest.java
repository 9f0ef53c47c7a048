package org.plantrack.gateway.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plantrack.gateway.IngestStub;
import org.plantrack.testsupport.KafkaResource;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 8: one client cannot hold more than plantrack.stream.max-subscriptions-per-client (32) live
 * subscriptions; beyond them it gets a 429 problem, and once it closes some it is admitted again.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class StreamQuotaSecurityTest {

    private static final int CAP = 32;

    @TestHTTPResource("/")
    URI base;

    /** Opens a stream and reads its status line and head; the socket stays open (the stream goes on). */
    private Socket open(String target, StringBuilder head) throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(10_000);
        String request = "GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nAccept: text/event-stream\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
        InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        while (!text.toString().contains("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            text.append((char) b);
        }
        head.append(text);
        return socket;
    }

    @Test
    void aClientBeyondTheCapGetsA429ProblemAndIsAdmittedAgainOnceItClosesStreams() throws Exception {
        List<Socket> open = new ArrayList<>();
        String refused = null;
        try {
            for (int i = 0; i <= CAP && refused == null; i++) {
                StringBuilder head = new StringBuilder();
                Socket socket = open(i % 2 == 0 ? "/api/indicators/stream" : "/api/targets/stream", head);
                open.add(socket);
                if (head.toString().startsWith("HTTP/1.1 429")) {
                    refused = head.toString();
                } else {
                    assertThat(head.toString()).startsWith("HTTP/1.1 200");
                }
            }
            assertThat(refused).as("the stream past the cap").isNotNull()
                    .containsIgnoringCase("content-type: application/problem+json");
            StringBuilder ws = new StringBuilder();
            open.add(open("/api/ws", ws));
            assertThat(ws.toString()).as("a WebSocket past the cap").startsWith("HTTP/1.1 429");
        } finally {
            for (Socket socket : open) {
                socket.close();
            }
        }
        // closed streams are noticed at the next heartbeat (1 s in tests) and stop counting
        long deadline = System.nanoTime() + 15_000_000_000L;
        String status;
        do {
            Thread.sleep(500);
            StringBuilder head = new StringBuilder();
            try (Socket again = open("/api/indicators/stream", head)) {
                status = head.toString();
            }
        } while (!status.startsWith("HTTP/1.1 200") && System.nanoTime() < deadline);
        assertThat(status).startsWith("HTTP/1.1 200");
    }
}
