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
 * name can change after registration. The connection-time check resolves the name once and returns the address it
 * judged ({@link ConnectionCheck#address()}); the delivery connects to exactly that address (keeping the name for
 * the Host header and TLS), so a second DNS answer (rebinding) never reaches the socket. Names that do not resolve
 * at registration are accepted (the receiver may not exist yet); the connection-time check judges them.
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

    /**
     * What the connection-time check decided: a refusal naming the rule, or the one address to connect to (null when
     * the name does not resolve now: the attempt fails like any connection error and is retried).
     */
    public record ConnectionCheck(String refusal, InetAddress address) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /** Why the gateway must not send to this URL at registration; empty when it may. */
    public Optional<String> refusalAtRegistration(URI url) {
        return Optional.ofNullable(check(url, false).refusal());
    }

    /** Whether the gateway may connect for this URL now, and to which address (the one that was judged). */
    public ConnectionCheck checkAtConnection(URI url) {
        return check(url, true);
    }

    private ConnectionCheck check(URI url, boolean connecting) {
        if (url.getHost() == null || url.getHost().isEmpty()) {
            // java.net.URI leaves the host out for authorities that are no valid host name (127.0.0.1., 0x7f.0.0.1)
            return refused("the URL's authority " + url.getRawAuthority() + " is not a host name or IP address");
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        String bare = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (isAllowListed(host, url)) {
            // trusted by configuration, whatever it resolves to; still pinned to one answer for the connection
            return new ConnectionCheck(null, resolveFirst(bare.startsWith("[") ? bare.substring(1, bare.length() - 1) : bare));
        }
        if (bare.startsWith("[")) {
            return literal(bare.substring(1, bare.length() - 1).replaceAll("%.*$", ""), host);
        }
        if (CANONICAL_IPV4.matcher(bare).matches()) {
            return literal(bare, host);
        }
        if (NUMERIC_LABELS.matcher(bare).matches()) {
            return refused("host " + host + " is a numeric address in a decimal, octal, hexadecimal or shortened "
                    + "form, which clients read differently; write a public IPv4 address as four decimal parts");
        }
        if (bare.equals("localhost") || bare.endsWith(".localhost")) {
            return refused("host " + host + " is loopback (localhost)");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return new ConnectionCheck(null, null); // nothing to connect to: the delivery fails and is retried
        }
        for (InetAddress address : addresses) {
            Optional<String> range = AddressRanges.nonPublicRange(address);
            if (range.isPresent()) {
                return refused("host " + host + " resolves to " + address.getHostAddress() + ", which is "
                        + range.get() + (connecting ? " (the name pointed elsewhere at registration)" : ""));
            }
        }
        // every answer is public; connect to the first, as a resolving client would
        return new ConnectionCheck(null, addresses.length == 0 ? null : addresses[0]);
    }

    private ConnectionCheck literal(String address, String host) {
        if (!address.contains(":") && !CANONICAL_IPV4.matcher(address).matches()) {
            return refused("host " + host + " is not a valid IP address");
        }
        InetAddress parsed;
        try {
            // an IPv6 or dotted-decimal IPv4 literal: the JDK parses it without asking a name service
            parsed = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return refused("host " + host + " is not a valid IP address");
        }
        Optional<String> range = AddressRanges.nonPublicRange(parsed);
        return range.isPresent() ? refused("host " + host + " is " + range.get()) : new ConnectionCheck(null, parsed);
    }

    private InetAddress resolveFirst(String host) {
        try {
            InetAddress[] addresses = resolver.resolve(host);
            return addresses.length == 0 ? null : addresses[0];
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static ConnectionCheck refused(String reason) {
        return new ConnectionCheck(reason, null);
    }

    private boolean isAllowListed(String host, URI url) {
        int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return allowed.contains(host) || allowed.contains(host + ":" + port);
    }
}
