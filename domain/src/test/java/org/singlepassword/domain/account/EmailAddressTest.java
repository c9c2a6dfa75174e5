package org.singlepassword.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where notices go: strict, because the address ends up in mail headers. */
class EmailAddressTest {

  @Test
  void isTrimmedWithItsDomainLowerCasedAndItsLocalPartKept() {
    assertEquals("Chan.TM@example.edu", new EmailAddress("  Chan.TM@Example.EDU ").value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a@b.c",
        "chan.tm@hku-space.edu.hk",
        "chan+portal@example.edu",
        "o'brien@example.edu",
        "x@a1.b2.c3"
      })
  void acceptsOrdinaryAddresses(String address) {
    assertEquals(address, new EmailAddress(address).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a@b.c\r\nBcc: x@y.z",
        "a@b.c\nBcc: x@y.z",
        "a@b.c\rBcc: x@y.z",
        "a@b.c\r\n\r\nforged body",
        "a@b.c%0D%0ABcc:x@y.z",
        "a@b.c,x@y.z",
        "a@b.c;x@y.z",
        "a@b.c x@y.z",
        "Chan <a@b.c>",
        "<a@b.c>",
        "\"a b\"@c.d",
        "a(comment)@b.c",
        "a\u0000@b.c"
      })
  void refusesHeaderInjectionAttempts(String address) {
    assertThrows(IllegalArgumentException.class, () -> new EmailAddress(address));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "chan",
        "chan@",
        "@example.edu",
        "a@b",
        "a@@b.c",
        "a@-b.c",
        "a@b-.c",
        "chan tm@example.edu",
        "chan\ttm@example.edu",
        "chän@example.edu",
        "chan@exämple.edu"
      })
  void refusesWhatIsNoAddress(String address) {
    assertThrows(IllegalArgumentException.class, () -> new EmailAddress(address));
  }

  @Test
  void refusesALocalPartOver64Characters() {
    assertEquals(64 + 6, new EmailAddress("a".repeat(64) + "@b.edu").value().length());
    assertThrows(IllegalArgumentException.class, () -> new EmailAddress("a".repeat(65) + "@b.edu"));
  }

  @Test
  void refusesAnAddressOver254Characters() {
    String label = "d".repeat(60);
    String domain = label + "." + label + "." + label + "." + label + "d.hk";
    assertEquals(254, new EmailAddress("abcdef@" + domain).value().length());
    assertThrows(IllegalArgumentException.class, () -> new EmailAddress("abcdefg@" + domain));
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> new EmailAddress(null));
  }
}
