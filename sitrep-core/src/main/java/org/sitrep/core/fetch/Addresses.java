package org.sitrep.core.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a fetcher must not reach unless told to: loopback, private (RFC 1918, carrier
 * NAT, IPv6 unique local), link-local, multicast and the unspecified address. A URL list from
 * someone else must not make Sitrep probe the machine's own network.
 */
final class Addresses {
  private Addresses() {}

  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
        || a.isMulticastAddress() || a.isAnyLocalAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 || first == 100 && second >= 64 && second < 128 // 100.64/10
          || first == 169 && second == 254 || first >= 240;
    }
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // fc00::/7
    }
    return false;
  }
}
