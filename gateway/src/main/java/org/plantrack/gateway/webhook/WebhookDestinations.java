package org.plantrack.gateway.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a webhook may send: public addresses only, unless the host is on the allow-list
 * (PLANTRACK_WEBHOOK_ALLOWED_HOSTS, for deployments with internal receivers). Without this a webhook is a way to
 * make the gateway POST into the services behind it, the cloud metadata service or anything else on its networks.
 * <p>
 * Checked twice: at registration (a 400 naming the rule) and before every connection, because the address behind a
 * name can change after registration. The connection-time check resolves the name just before the HTTP client does;
 * the JVM keeps a successful lookup for 30 seconds (networkaddress.cache.ttl), so the client connects to the
 * addresses that were checked. Names that do not resolve at registration are accepted (the receiver may not exist
 * yet); the connection-time check judges them.
 */
public final class WebhookDestinations {

    /** Looks up every address of a name; the JDK's resolver in production, a fixed table in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Dotted-decimal IPv4 as everyone reads it: four parts, 0-255, no leading zeros. */
    private static final Pattern CANONICAL_IPV4 =
            Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
    /** Labels that are all numbers (decimal, octal or hex): a form some parsers read as an IPv4 address. */
    private static final Pattern NUMERIC_LABELS = Pattern.compile("(0[xX][0-9a-fA-F]*|[0-9]+)(\\.(0[xX][0-9a-fA-F]*|[0-9]+))*");

    private final Set<String> allowed;
    private final Resolver resolver;

    /** @param allowedHosts host names or literals, or host:port, exactly as they appear in the URL (any case) */
    public WebhookDestinations(Collection<String> allowedHosts, Resolver resolver) {
        this.allowed = allowedHosts.stream().map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    public static WebhookDestinations withSystemResolver(Collection<String> allowedHosts) {
        return new WebhookDestinations(allowedHosts, InetAddress::getAllByName);
    }

    /** Why the gateway must not send to this URL at registration; empty when it may. */
    public Optional<String> refusalAtRegistration(URI url) {
        return refusal(url, false);
    }

    /** Why the gateway must not connect to this URL now; empty when it may (or the name does not resolve). */
    public Optional<String> refusalAtConnection(URI url) {
        return refusal(url, true);
    }

    private Optional<String> refusal(URI url, boolean connecting) {
        if (url.getHost() == null || url.getHost().isEmpty()) {
            // java.net.URI leaves the host out for authorities that are no valid host name (127.0.0.1., 0x7f.0.0.1)
            return Optional.of("the URL's authority " + url.getRawAuthority() + " is not a host name or IP address");
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (isAllowListed(host, url)) {
            return Optional.empty();
        }
        String bare = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (bare.startsWith("[")) {
            return literal(bare.substring(1, bare.length() - 1).replaceAll("%.*$", ""), host);
        }
        if (CANONICAL_IPV4.matcher(bare).matches()) {
            return literal(bare, host);
        }
        if (NUMERIC_LABELS.matcher(bare).matches()) {
            return Optional.of("host " + host + " is a numeric address in a decimal, octal, hexadecimal or shortened "
                    + "form, which clients read differently; write a public IPv4 address as four decimal parts");
        }
        if (bare.equals("localhost") || bare.endsWith(".localhost")) {
            return Optional.of("host " + host + " is loopback (localhost)");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Optional.empty(); // nothing to connect to: the delivery fails on its own and is retried
        }
        for (InetAddress address : addresses) {
            Optional<String> range = AddressRanges.nonPublicRange(address);
            if (range.isPresent()) {
                return Optional.of("host " + host + " resolves to " + address.getHostAddress() + ", which is "
                        + range.get() + (connecting ? " (the name pointed elsewhere at registration)" : ""));
            }
        }
        return Optional.empty();
    }

    private Optional<String> literal(String address, String host) {
        if (!address.contains(":") && !CANONICAL_IPV4.matcher(address).matches()) {
            return Optional.of("host " + host + " is not a valid IP address");
        }
        InetAddress parsed;
        try {
            // an IPv6 or dotted-decimal IPv4 literal: the JDK parses it without asking a name service
            parsed = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " is not a valid IP address");
        }
        return AddressRanges.nonPublicRange(parsed).map(range -> "host " + host + " is " + range);
    }

    private boolean isAllowListed(String host, URI url) {
        int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return allowed.contains(host) || allowed.contains(host + ":" + port);
    }
}
