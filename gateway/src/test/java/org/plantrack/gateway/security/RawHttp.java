package org.plantrack.gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte for byte: HTTP clients normalise paths (decode, drop dot segments), which is exactly the
 * spelling an attack relies on, so the request line here is sent as given.
 */
final class RawHttp {

    record Answer(int status, String head, String body) {
    }

    private RawHttp() {
    }

    static Answer send(URI base, String method, String rawTarget, String extraHeaders, String body)
            throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String request = method + " " + rawTarget + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + (extraHeaders == null ? "" : extraHeaders)
                    + "Content-Length: " + content.length + "\r\n"
                    + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = answer.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? answer : answer.substring(0, headEnd);
            String rest = headEnd < 0 ? "" : answer.substring(headEnd + 4);
            return new Answer(Integer.parseInt(head.split(" ", 3)[1]), head, rest);
        }
    }
}
