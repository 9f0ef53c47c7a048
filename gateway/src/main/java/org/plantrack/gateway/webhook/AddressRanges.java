package org.plantrack.gateway.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which range an address belongs to when it is not a public unicast address: the ranges a webhook must not reach
 * because they lead into the deployment itself (loopback, private networks, link-local with the cloud metadata
 * service at 169.254.169.254, unique-local IPv6) or nowhere meaningful (unspecified, multicast, reserved). IPv6
 * forms that carry an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64) are judged by the IPv4 address they carry.
 */
final class AddressRanges {

    private AddressRanges() {
    }

    /** The name of the non-public range the address is in; empty for a public unicast address. */
    static Optional<String> nonPublicRange(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            return embeddedIpv4(v6).map(AddressRanges::ipv4Range).orElseGet(() -> ipv6Range(v6));
        }
        return ipv4Range(address.getAddress());
    }

    private static Optional<String> ipv4Range(byte[] a) {
        int first = a[0] & 0xff;
        int second = a[1] & 0xff;
        if (first == 0) {
            return Optional.of("unspecified (0.0.0.0/8)");
        }
        if (first == 127) {
            return Optional.of("loopback (127.0.0.0/8)");
        }
        if (first == 10 || first == 172 && second >= 16 && second <= 31 || first == 192 && second == 168) {
            return Optional.of("private (RFC 1918)");
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return Optional.of("private (shared address space 100.64.0.0/10)");
        }
        if (first == 169 && second == 254) {
            return Optional.of("link-local (169.254.0.0/16, cloud metadata)");
        }
        if (first >= 224 && first <= 239) {
            return Optional.of("multicast");
        }
        if (first >= 240 || first == 192 && second == 0 && (a[2] & 0xff) == 0 || first == 198 && (second == 18
                || second == 19)) {
            return Optional.of("reserved");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Range(Inet6Address address) {
        byte[] a = address.getAddress();
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified (::)");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback (::1)");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local (fe80::/10)");
        }
        if ((a[0] & 0xfe) == 0xfc) {
            return Optional.of("unique-local (fc00::/7)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private (site-local fec0::/10)");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        return Optional.empty();
    }

    /** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d and 64:ff9b::a.b.c.d; empty for other IPv6 addresses. */
    private static Optional<byte[]> embeddedIpv4(Inet6Address address) {
        byte[] a = address.getAddress();
        byte[] tail = Arrays.copyOfRange(a, 12, 16);
        boolean firstTenZero = Arrays.equals(Arrays.copyOfRange(a, 0, 10), new byte[10]);
        boolean mapped = firstTenZero && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
        boolean compatible = firstTenZero && a[10] == 0 && a[11] == 0 && !isZeroOrOne(tail);
        boolean nat64 = (a[0] & 0xff) == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff
                && (a[3] & 0xff) == 0x9b && Arrays.equals(Arrays.copyOfRange(a, 4, 12), new byte[8]);
        return mapped || compatible || nat64 ? Optional.of(tail) : Optional.empty();
    }

    /** :: and ::1 are themselves, not IPv4-compatible forms of 0.0.0.0 and 0.0.0.1. */
    private static boolean isZeroOrOne(byte[] tail) {
        return tail[0] == 0 && tail[1] == 0 && tail[2] == 0 && (tail[3] == 0 || tail[3] == 1);
    }
}
