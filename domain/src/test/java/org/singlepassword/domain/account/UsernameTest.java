package org.singlepassword.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The name a person signs in with, normalised so that one person has one account. */
class UsernameTest {

  @Test
  void isTrimmedAndLowerCased() {
    assertEquals("chan.tm", new Username("  Chan.TM \t").value());
  }

  @Test
  void makesDifferentlyTypedNamesOneAccount() {
    assertEquals(new Username("chan.tm "), new Username("CHAN.TM"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "3012345678", "chan.tm", "chan_tm", "chan-tm", "chan@hku.hk"})
  void acceptsLettersDigitsAndDotUnderscoreAtHyphen(String name) {
    assertEquals(name, new Username(name).value());
  }

  @Test
  void acceptsUpTo64Characters() {
    assertEquals(64, new Username("a".repeat(64)).value().length());
    assertThrows(IllegalArgumentException.class, () -> new Username("a".repeat(65)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        ".chan",
        "-chan",
        "_chan",
        "chan tm",
        "chan/tm",
        "chan\ntm",
        "chän",
        "chan\u00a0tm",
        "chan'; drop table accounts; --"
      })
  void refusesAnythingElse(String name) {
    assertThrows(IllegalArgumentException.class, () -> new Username(name));
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> new Username(null));
  }

  @Test
  void printsAsItself() {
    assertEquals("chan.tm", new Username("Chan.TM").toString());
  }
}
