package org.singlepassword.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The name greetings and e-mails show: any script, but never a line break. */
class DisplayNameTest {

  @Test
  void isTrimmed() {
    assertEquals("Chan Tai Man", new DisplayName("  Chan Tai Man \u3000").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Chan Tai Man", "陳大文", "O'Brien-Smith", "Zoë", "X"})
  void acceptsNamesInAnyScript(String name) {
    assertEquals(name, new DisplayName(name).value());
  }

  @Test
  void countsUpTo100CharactersAsAPersonDoes() {
    String emoji = "\uD83D\uDE00";
    assertEquals(200, new DisplayName(emoji.repeat(100)).value().length());
    assertThrows(IllegalArgumentException.class, () -> new DisplayName("a".repeat(101)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void refusesAnEmptyName(String name) {
    assertThrows(IllegalArgumentException.class, () -> new DisplayName(name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Chan\r\nBcc: x@y.z",
        "Chan\nBcc: x@y.z",
        "Chan\rBcc: x@y.z",
        "Chan\u0085Tai",
        "Chan\tTai",
        "Chan\u0000Tai",
        "Chan\u001bTai"
      })
  void refusesLineBreaksAndOtherControlCharacters(String name) {
    assertThrows(IllegalArgumentException.class, () -> new DisplayName(name));
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> new DisplayName(null));
  }
}
