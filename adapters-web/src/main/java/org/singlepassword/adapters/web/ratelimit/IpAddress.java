package org.singlepassword.adapters.web.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.singlepassword.domain.audit.ClientAddress;

/**
 * A client's network address, parsed strictly at the edge: an IPv4 address in dotted decimal or an
 * IPv6 address, nothing else (no host names, which would need a look-up). The audit keeps the
 * address as given; the rate limit keys on a canonical form, so that {@code ::1} and {@code
 * 0:0:0:0:0:0:0:1} are one address, and on the /64 network of an IPv6 address, which one household
 * or one attacker usually holds whole.
 */
public final class IpAddress {

  private static final String MESSAGE = "a client address is an IPv4 or IPv6 address";
  private static final int MAX_LENGTH = 64;
  private static final Pattern IPV4_PART = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final Pattern IPV6_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
  private static final Pattern ZONE = Pattern.compile("[A-Za-z0-9.-]{1,16}");
  private static final int IPV6_GROUPS = 8;

  private final String text;
  private final String limitKey;

  private IpAddress(String text, String limitKey) {
    this.text = text;
    this.limitKey = limitKey;
  }

  /**
   * @throws IllegalArgumentException unless the text is an IPv4 or IPv6 address; the message never
   *     quotes the text
   */
  public static IpAddress parse(String given) {
    Objects.requireNonNull(given, "client address");
    String text = given.strip();
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(MESSAGE);
    }
    if (!text.contains(":")) {
      return new IpAddress(text, ipv4(text));
    }
    return new IpAddress(text, ipv6Key(text));
  }

  /** The address as the audit records it. */
  public static ClientAddress clientAddress(String given) {
    return parse(given).clientAddress();
  }

  public ClientAddress clientAddress() {
    return new ClientAddress(text);
  }

  /** What the rate limit counts by: the IPv4 address, or the /64 network of an IPv6 one. */
  public String limitKey() {
    return limitKey;
  }

  @Override
  public String toString() {
    return text;
  }

  private static String ipv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(MESSAGE);
    }
    for (String part : parts) {
      // Leading zeros are refused: some readers take "010" as octal, so it is ambiguous.
      if (!IPV4_PART.matcher(part).matches() || Integer.parseInt(part) > 255) {
        throw new IllegalArgumentException(MESSAGE);
      }
    }
    return text;
  }

  private static String ipv6Key(String text) {
    String address = text;
    int percent = text.indexOf('%');
    if (percent >= 0) {
      if (!ZONE.matcher(text.substring(percent + 1)).matches()) {
        throw new IllegalArgumentException(MESSAGE);
      }
      address = text.substring(0, percent);
    }
    int[] groups = ipv6Groups(address);
    boolean ipv4Mapped =
        groups[0] == 0
            && groups[1] == 0
            && groups[2] == 0
            && groups[3] == 0
            && groups[4] == 0
            && groups[5] == 0xFFFF;
    if (ipv4Mapped) {
      // An IPv4 address seen through an IPv6 socket is still that IPv4 address.
      return (groups[6] >> 8)
          + "."
          + (groups[6] & 0xFF)
          + "."
          + (groups[7] >> 8)
          + "."
          + (groups[7] & 0xFF);
    }
    return "%x:%x:%x:%x::/64".formatted(groups[0], groups[1], groups[2], groups[3]);
  }

  private static int[] ipv6Groups(String address) {
    int gap = address.indexOf("::");
    if (gap != address.lastIndexOf("::")) {
      throw new IllegalArgumentException(MESSAGE);
    }
    List<Integer> head = groups(gap < 0 ? address : address.substring(0, gap), gap < 0);
    List<Integer> tail = gap < 0 ? List.of() : groups(address.substring(gap + 2), true);
    int given = head.size() + tail.size();
    if (gap < 0 ? given != IPV6_GROUPS : given > IPV6_GROUPS - 1) {
      throw new IllegalArgumentException(MESSAGE);
    }
    int[] groups = new int[IPV6_GROUPS];
    for (int i = 0; i < head.size(); i++) {
      groups[i] = head.get(i);
    }
    for (int i = 0; i < tail.size(); i++) {
      groups[IPV6_GROUPS - tail.size() + i] = tail.get(i);
    }
    return groups;
  }

  /** The 16-bit groups of one side of "::"; the last may be an IPv4 address (two groups). */
  private static List<Integer> groups(String side, boolean mayEndInIpv4) {
    List<Integer> groups = new ArrayList<>();
    if (side.isEmpty()) {
      return groups;
    }
    String[] parts = side.split(":", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (mayEndInIpv4 && i == parts.length - 1 && part.contains(".")) {
        String[] octets = ipv4(part).split("\\.");
        groups.add(Integer.parseInt(octets[0]) << 8 | Integer.parseInt(octets[1]));
        groups.add(Integer.parseInt(octets[2]) << 8 | Integer.parseInt(octets[3]));
      } else if (IPV6_GROUP.matcher(part).matches()) {
        groups.add(Integer.parseInt(part, 16));
      } else {
        throw new IllegalArgumentException(MESSAGE);
      }
    }
    return groups;
  }
}
