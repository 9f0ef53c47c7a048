package org.plantrack.gateway.webhook;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookRegistryReaderTest {

    /**
     * A broker that does not answer makes the metadata request time out after 10 seconds; the reader must ask
     * again rather than stop, or the gateway would stay not ready after a slow start-up.
     */
    @Test
    void theReaderOutlivesABrokerThatDoesNotAnswerInTime() throws Exception {
        WebhookRegistry registry = new WebhookRegistry("127.0.0.1:" + freePort(), "plantrack.webhooks.test").start();
        try {
            Thread.sleep(13_000);
            assertThat(registry.isReading()).as("reading after the first metadata timeout").isTrue();
            assertThat(registry.isCaughtUp()).isFalse();
        } finally {
            registry.close();
        }
        assertThat(registry.isReading()).as("stopped by close()").isFalse();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
