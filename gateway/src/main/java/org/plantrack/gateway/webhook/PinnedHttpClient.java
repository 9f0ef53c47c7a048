package org.plantrack.gateway.webhook;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * POSTs to a URL while connecting to an address chosen beforehand: the one {@link WebhookDestinations} judged. The
 * client never resolves the name itself, so a DNS answer that changes between the check and the connection (DNS
 * rebinding) cannot move the delivery to another address. The URL's host still goes into the Host header and into
 * TLS (SNI and certificate verification), so a receiver behind a shared name or certificate sees an ordinary request.
 * <p>
 * It runs on a small Vert.x instance of its own, without metrics: the framework's HTTP client metrics would tag
 * each receiver's address and path, and a webhook URL may carry a token.
 */
final class PinnedHttpClient implements AutoCloseable {

    private final Vertx vertx;
    private final HttpClient client;
    private final Duration timeout;

    PinnedHttpClient(Duration connectTimeout, Duration timeout) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setVerifyHost(true)
                .setKeepAlive(true));
        this.timeout = timeout;
    }

    /**
     * Sends the body and completes with the response status once the response has been read (and discarded);
     * completes exceptionally on a connection error or timeout. Redirects are not followed.
     */
    CompletableFuture<Integer> post(URI url, InetAddress address, Map<String, String> headers, byte[] body) {
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() >= 0 ? url.getPort() : tls ? 443 : 80;
        String host = url.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String target = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(host)
                .setPort(port)
                .setSsl(tls)
                .setURI(target)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setFollowRedirects(false)
                .setIdleTimeout(timeout.toMillis());
        headers.forEach(options::putHeader);
        CompletableFuture<Integer> status = new CompletableFuture<>();
        client.request(options)
                .compose(request -> request.send(Buffer.buffer(body)))
                .compose(response -> {
                    try {
                        response.handler(ignored -> { }); // the body means nothing to the sender
                    } catch (IllegalStateException alreadyEnded) {
                        // a short answer can be read whole before this runs; Vert.x then refuses a handler, but the
                        // status is known: a 410 answered so must not turn into a transient failure and a retry
                        return Future.succeededFuture(response.statusCode());
                    }
                    return response.end().map(done -> response.statusCode());
                })
                .onComplete(result -> {
                    if (result.succeeded()) {
                        status.complete(result.result());
                    } else {
                        status.completeExceptionally(result.cause());
                    }
                });
        return status;
    }

    @Override
    public void close() {
        client.close();
        vertx.close();
    }
}
