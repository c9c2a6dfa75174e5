package org.singlepassword.adapters.web.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Client addresses at the edge: IP addresses only, and one key per address however written. */
class IpAddressTest {

  @ParameterizedTest(name = "{0} counts as {1}")
  @CsvSource({
    "203.0.113.7, 203.0.113.7",
    "' 203.0.113.7 ', 203.0.113.7",
    "::1, 0:0:0:0::/64",
    "0:0:0:0:0:0:0:1, 0:0:0:0::/64",
    "[::1], 0:0:0:0::/64",
    "2001:db8:1:2:aaaa::1, 2001:db8:1:2::/64",
    "2001:DB8:1:2:bbbb:cccc:dddd:eeee, 2001:db8:1:2::/64",
    "::ffff:203.0.113.7, 203.0.113.7",
    "::FFFF:cb00:7107, 203.0.113.7",
    "fe80::1%eth0, fe80:0:0:0::/64",
    "1:2:3:4:5:6:7::, 1:2:3:4::/64",
    "::, 0:0:0:0::/64"
  })
  void countsOneAddressOrOneIpv6NetworkUnderOneKey(String given, String key) {
    assertEquals(key, IpAddress.parse(given).limitKey());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        " ",
        "localhost",
        "example.edu",
        "abc",
        "1.2.3",
        "1.2.3.4.5",
        "256.1.1.1",
        "01.2.3.4",
        "1.2.3.-4",
        ":1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9",
        "1::2::3",
        "12345::1",
        "1:2:3:4:5:6:7:8::",
        "::1.2.3",
        "1.2.3.4::",
        "fe80::1%",
        "[203.0.113.7",
        "203.0.113.7, 10.0.0.1"
      })
  void refusesAnythingButAnIpAddressWithoutQuotingIt(String given) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> IpAddress.parse(given));

    assertEquals("a client address is an IPv4 or IPv6 address", refused.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"203.0.113.7", "2001:db8::1", "fe80::1%eth0", "::ffff:203.0.113.7"})
  void keepsTheAddressAsGivenForTheAudit(String given) {
    assertEquals(given, IpAddress.clientAddress(given).value());
  }
}
