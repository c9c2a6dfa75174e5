package org.singlepassword.domain.eservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An e-service's registered addresses: one exact address, or a prefix ending in {@code *}. */
class ServiceUrlPatternTest {

  private static boolean matches(String pattern, String address) {
    return new ServiceUrlPattern(pattern).matches(new ServiceUrl(address));
  }

  @Nested
  class Exact {

    private static final String LOGIN = "https://soul.example.edu/cas/login";

    @ParameterizedTest
    @ValueSource(
        strings = {
          LOGIN,
          LOGIN + "?",
          LOGIN + "?lang=zh-HK",
          LOGIN + "?next=https%3A%2F%2Fsoul.example.edu%2Fhome&lang=en"
        })
    void matchesTheAddressWithAnyQuery(String address) {
      assertTrue(matches(LOGIN, address));
      assertFalse(new ServiceUrlPattern(LOGIN).isPrefix());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          LOGIN + "/",
          LOGIN + "/more",
          LOGIN + "x",
          "https://soul.example.edu/cas/logi",
          "http://soul.example.edu/cas/login",
          "https://soul.example.edu:8443/cas/login",
          "https://soul.example.edu.evil.example/cas/login",
          "https://SOUL.example.edu/cas/login"
        })
    void matchesNoOtherAddress(String address) {
      assertFalse(matches(LOGIN, address));
    }

    /** The query of a registration would be ignored in matching: refused so nobody relies on it. */
    @Test
    void cannotHaveAQueryString() {
      assertThrows(IllegalArgumentException.class, () -> new ServiceUrlPattern(LOGIN + "?lang=en"));
      assertThrows(IllegalArgumentException.class, () -> new ServiceUrlPattern(LOGIN + "?"));
    }

    @Test
    void ofAHostAloneMatchesThatHostWithoutAPath() {
      assertTrue(matches("https://soul.example.edu", "https://soul.example.edu?x=1"));
      assertFalse(matches("https://soul.example.edu", "https://soul.example.edu.evil.example"));
    }
  }

  @Nested
  class Prefix {

    private static final String CAS = "https://soul.example.edu/cas/*";

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://soul.example.edu/cas/",
          "https://soul.example.edu/cas/login",
          "https://soul.example.edu/cas/a/b/c?x=1&y=2"
        })
    void matchesEveryAddressThatStartsWithIt(String address) {
      assertTrue(matches(CAS, address));
      assertTrue(new ServiceUrlPattern(CAS).isPrefix());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://soul.example.edu/cas",
          "https://soul.example.edu/ca",
          "https://soul.example.edu/",
          "http://soul.example.edu/cas/login",
          "https://soul.example.edu:8443/cas/login",
          "https://SOUL.EXAMPLE.EDU/cas/login"
        })
    void matchesNothingElse(String address) {
      assertFalse(matches(CAS, address));
    }

    /** Whatever follows the host's '/' is a path on that host: the host stays the host. */
    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://soul.example.edu.evil.example/",
          "https://soul.example.edu@evil.example/",
          "https://soul.example.edu:443@evil.example/",
          "https://soul.example.edu%2F@evil.example/"
        })
    void ofAWholeHostCannotBeStretchedToAnotherHost(String address) {
      String wholeHost = "https://soul.example.edu/*";
      boolean refused;
      try {
        refused = !matches(wholeHost, address);
      } catch (IllegalArgumentException notAnAddress) {
        refused = true;
      }
      assertTrue(refused, address);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://soul.example.edu*",
          "https://soul.example.edu:8*",
          "https://soul.example.edu?*",
          "https://soul.example*"
        })
    void mustIncludeThePathsFirstSlash(String pattern) {
      assertThrows(IllegalArgumentException.class, () -> new ServiceUrlPattern(pattern));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://*.example.edu/",
          "https://soul.example.edu/*/login",
          "https://soul.example.edu/**",
          "https://soul.example.edu/a*b",
          "*",
          "https://soul.example.edu/*?x=*"
        })
    void hasAStarOnlyAtTheEnd(String pattern) {
      assertThrows(IllegalArgumentException.class, () -> new ServiceUrlPattern(pattern));
    }

    @Test
    void mayEndInsideAPathSegmentOrAQuery() {
      assertTrue(matches("https://soul.example.edu/app*", "https://soul.example.edu/apps/x"));
      assertTrue(matches("https://soul.example.edu/login?*", "https://soul.example.edu/login?a"));
      assertFalse(matches("https://soul.example.edu/login?*", "https://soul.example.edu/login"));
    }
  }

  @Test
  void ranksAnExactAddressThenTheLongerPrefixFirst() {
    List<ServiceUrlPattern> mostSpecificFirst =
        Stream.of(
                "https://www.example.edu/soul/login",
                "https://www.example.edu",
                "https://www.example.edu/soul/*",
                "https://www.example.edu/*")
            .map(ServiceUrlPattern::new)
            .toList();
    List<ServiceUrlPattern> shuffled = new ArrayList<>(mostSpecificFirst);
    Collections.reverse(shuffled);

    shuffled.sort(ServiceUrlPattern.MOST_SPECIFIC_FIRST);

    assertEquals(mostSpecificFirst, shuffled);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)//*",
        "https://soul.example.edu@evil.example/*",
        "https://soul.example.edu/#*",
        "https://soul.example.edu/cas/../*",
        "/cas/*",
        ""
      })
  void isItselfAPlainWebAddress(String pattern) {
    assertThrows(IllegalArgumentException.class, () -> new ServiceUrlPattern(pattern));
  }

  /** A registration is stored whole, star included, in a column of the addresses' length. */
  @Test
  void hasAtMostTwoThousandCharactersStarIncluded() {
    String host = "https://soul.example.edu/";
    String longestExact = host + "a".repeat(ServiceUrl.MAX_LENGTH - host.length());
    String longestPrefix = host + "a".repeat(ServiceUrl.MAX_LENGTH - host.length() - 1) + "*";

    new ServiceUrlPattern(longestExact);
    new ServiceUrlPattern(longestPrefix);
    assertThrows(IllegalArgumentException.class, () -> new ServiceUrlPattern(longestExact + "*"));
  }
}
