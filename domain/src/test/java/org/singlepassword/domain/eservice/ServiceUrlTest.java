package org.singlepassword.domain.eservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CAS's {@code service} parameter: where a person is sent back with a ticket, so anything a browser
 * might read as another place than it seems is refused before any registration is consulted.
 */
class ServiceUrlTest {

  private static final String HOST = "https://soul.example.edu";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://soul.example.edu/",
        "https://soul.example.edu",
        "http://legacy.soul.example.edu/login",
        "HTTPS://soul.example.edu/cas/login",
        "https://soul.example.edu:8443/cas/login?lang=zh-HK&next=%2Fhome",
        "https://[2001:db8::1]/login",
        "https://soul.example.edu/a/.well-known/x",
        "https://soul.example.edu/...",
        "https://soul.example.edu/@user"
      })
  void acceptsAPlainWebAddressAsGiven(String address) {
    assertEquals(address, new ServiceUrl(address).value());
    assertEquals(address, new ServiceUrl(address).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript://soul.example.edu/%0Aalert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://soul.example.edu/",
        "file:///etc/passwd",
        "//soul.example.edu/",
        "/cas/login",
        "soul.example.edu/login",
        "https:soul.example.edu",
        "https:///soul.example.edu/",
        ""
      })
  void refusesAnythingButAnAbsoluteHttpAddress(String address) {
    assertThrows(IllegalArgumentException.class, () -> new ServiceUrl(address));
  }

  /** What a browser would take to be the host is evil.example, whatever the address looks like. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://soul.example.edu@evil.example/",
        "https://soul.example.edu:443@evil.example/",
        "https://user:password@soul.example.edu/",
        "https://evil.example\\@soul.example.edu/",
        "https://evil.example\\.soul.example.edu/",
        "https://soul.example.edu\\evil.example/",
        "https://soul.example.edu/\\evil.example/",
        "https:/\\evil.example/"
      })
  void refusesUserInfoAndBackslashes(String address) {
    assertThrows(IllegalArgumentException.class, () -> new ServiceUrl(address));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://soul.example.edu/\r\nSet-Cookie: a=b",
        "https://soul.example.edu/\nx",
        "https://soul.example.edu/\rx",
        "https://soul.example.edu/\tx",
        "https://soul.example.edu/ x",
        "https://soul.example.edu/\u0000x",
        "https://soul.example.edu/\u007fx",
        "https://soul.example.edu/\u0085x",
        "https://soul.example.edu/\u00a0x",
        "https://soul.example.edu/\u2028x",
        " https://soul.example.edu/",
        "https://soul.example.edu/ "
      })
  void refusesWhiteSpaceAndControlCharacters(String address) {
    assertThrows(IllegalArgumentException.class, () -> new ServiceUrl(address));
  }

  /** The ticket is added to the query; a fragment would hide it from the e-service's server. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://soul.example.edu/#",
        "https://soul.example.edu/#top",
        "https://soul.example.edu/login?a=b#top"
      })
  void refusesAFragment(String address) {
    assertThrows(IllegalArgumentException.class, () -> new ServiceUrl(address));
  }

  /**
   * A browser resolves {@code ..} before it asks: {@code https://www.example.edu/soul/../evil/}
   * would match a registered prefix {@code https://www.example.edu/soul/*} and yet deliver the
   * ticket to another application of that host.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://soul.example.edu/cas/../evil/",
        "https://soul.example.edu/cas/..",
        "https://soul.example.edu/cas/./login",
        "https://soul.example.edu/cas/%2e%2e/evil/",
        "https://soul.example.edu/cas/%2E%2e/evil/",
        "https://soul.example.edu/cas/.%2E/evil/",
        "https://soul.example.edu/cas/%2e/login",
        "https://soul.example.edu/../evil"
      })
  void refusesDotSegmentsInThePath(String address) {
    assertThrows(IllegalArgumentException.class, () -> new ServiceUrl(address));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://soul.example.edu/a b", "https://soul.example.edu/<x>", "https://so ul/"})
  void refusesWhatIsNoValidAddress(String address) {
    assertThrows(IllegalArgumentException.class, () -> new ServiceUrl(address));
  }

  @Test
  void acceptsUpToTwoThousandCharactersAndNoMore() {
    String longest = HOST + "/" + "a".repeat(ServiceUrl.MAX_LENGTH - HOST.length() - 1);

    assertEquals(ServiceUrl.MAX_LENGTH, new ServiceUrl(longest).value().length());
    assertThrows(IllegalArgumentException.class, () -> new ServiceUrl(longest + "a"));
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> new ServiceUrl(null));
  }

  @Test
  void dropsTheQueryForComparisonWithAnExactRegistration() {
    assertEquals(HOST + "/login", new ServiceUrl(HOST + "/login?lang=zh-HK").withoutQuery());
    assertEquals(HOST + "/login", new ServiceUrl(HOST + "/login").withoutQuery());
    assertEquals(HOST + "/login", new ServiceUrl(HOST + "/login?").withoutQuery());
  }

  @Test
  void addsAParameterAfterAnyQueryAlreadyThere() {
    assertEquals(
        HOST + "/login?ticket=ST-1",
        new ServiceUrl(HOST + "/login").withParameter("ticket", "ST-1"));
    assertEquals(
        HOST + "/login?lang=zh-HK&ticket=ST-1",
        new ServiceUrl(HOST + "/login?lang=zh-HK").withParameter("ticket", "ST-1"));
  }
}
