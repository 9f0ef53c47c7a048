package org.plantrack.gateway.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plantrack.gateway.IngestStub;
import org.plantrack.gateway.stream.LiveEvent;
import org.plantrack.gateway.stream.LiveStreams;
import org.plantrack.gateway.stream.StreamHub;
import org.plantrack.testsupport.KafkaResource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 6: a WebSocket client resuming both streams from about a thousand events back gets them all
 * and stays connected. Before the fix both streams shared one counter of frames not yet written, so the second
 * stream's replay found the first one's in it and closed the connection with 1008 "too slow" at once.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class WebSocketResumeSecurityTest {

    private static final int PER_STREAM = 500;

    @TestHTTPResource("/")
    URI base;

    @Inject
    LiveStreams streams;

    @Test
    void resumingBothStreamsAThousandEventsBackReplaysThemAllAndStaysOpen() throws Exception {
        String doc = "resume-" + UUID.randomUUID();
        String region = "回放县-" + UUID.randomUUID();
        List<StreamHub.Incoming> indicators = new ArrayList<>();
        List<StreamHub.Incoming> targets = new ArrayList<>();
        for (int i = 0; i < PER_STREAM; i++) {
            indicators.add(new StreamHub.Incoming("{\"n\":" + i + "}", Map.of("documentId", List.of(doc), "region", List.of(region))));
            targets.add(new StreamHub.Incoming("{\"n\":" + i + "}", Map.of("region", List.of(region))));
        }
        List<LiveEvent> published = new ArrayList<>(streams.indicators().publishAll("indicator", indicators));
        published.addAll(streams.targets().publishAll("target", targets));
        long before = published.stream().mapToLong(LiveEvent::id).min().orElseThrow() - 1;

        LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    frames.add(partial.toString());
                    partial.setLength(0);
                }
                socket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }
        };
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws") + "api/ws?documentId=" + doc + "&region="
                + java.net.URLEncoder.encode(region, java.nio.charset.StandardCharsets.UTF_8) + "&lastEventId="
                + before);
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(ws, listener)
                .get(10, TimeUnit.SECONDS);
        try {
            int events = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (events < 2 * PER_STREAM && System.nanoTime() < deadline && !closed.isDone()) {
                String frame = frames.poll(200, TimeUnit.MILLISECONDS);
                if (frame != null && frame.contains("\"id\":")) {
                    events++;
                }
            }
            assertThat(closed.isDone()).as("closed with %s", closed.getNow(null)).isFalse();
            assertThat(events).isEqualTo(2 * PER_STREAM);
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
