package org.plantrack.gateway.webhook;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A webhook URL as it may be shown or logged: receivers often put credentials in the user-info
 * ({@code https://user:pass@host/}) or a token in the query ({@code ?token=…}). The user-info becomes {@code ***} and
 * every query value {@code ***} (which parameter is a secret is the receiver's convention, so none is shown); the
 * parameter names, scheme, host, port and path stay, enough to recognise the receiver. The fragment is dropped.
 */
public final class MaskedUrl {

    static final String MASK = "***";

    private MaskedUrl() {
    }

    public static String of(URI url) {
        StringBuilder out = new StringBuilder();
        out.append(url.getScheme()).append("://");
        if (url.getRawUserInfo() != null) {
            out.append(MASK).append('@');
        }
        out.append(url.getHost());
        if (url.getPort() >= 0) {
            out.append(':').append(url.getPort());
        }
        if (url.getRawPath() != null) {
            out.append(url.getRawPath());
        }
        if (url.getRawQuery() != null) {
            out.append('?').append(Arrays.stream(url.getRawQuery().split("&"))
                    .map(MaskedUrl::maskValue)
                    .collect(Collectors.joining("&")));
        }
        return out.toString();
    }

    private static String maskValue(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? MASK : parameter.substring(0, equals + 1) + MASK;
    }
}
