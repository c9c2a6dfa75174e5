package org.singlepassword.domain.password;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The password as typed: a secret that never prints itself and compares by its NFC form. */
class PasswordTest {

  private static final String COMPOSED = "Caf\u00e9Latte1";
  private static final String DECOMPOSED = "Cafe\u0301Latte1";

  @Nested
  class AsASecret {

    @Test
    void neverShowsItselfInText() {
      Password password = Password.of("Chan1Secret");

      assertEquals("Password[hidden]", password.toString());
      assertFalse(String.valueOf(password).contains("Chan1Secret"));
      assertFalse(List.of(password).toString().contains("Secret"));
    }

    @Test
    void refusesNull() {
      assertThrows(NullPointerException.class, () -> Password.of(null));
    }

    @Test
    void acceptsNothingTypedForThePolicyToReject() {
      assertTrue(Password.of("").isEmpty());
      assertFalse(Password.of(" ").isEmpty());
    }
  }

  @Nested
  class Comparing {

    @Test
    void findsTheSameWordTypedComposedOrDecomposedTheSame() {
      assertTrue(Password.of(COMPOSED).sameAs(Password.of(DECOMPOSED)));
      assertTrue(Password.of(DECOMPOSED).sameAs(Password.of(COMPOSED)));
    }

    @Test
    void givesTheHasherTheSameBytesForBothForms() {
      byte[] expected = COMPOSED.getBytes(StandardCharsets.UTF_8);

      assertArrayEquals(expected, Password.of(DECOMPOSED).normalizedUtf8());
      assertArrayEquals(expected, Password.of(COMPOSED).normalizedUtf8());
    }

    @Test
    void isCaseSensitive() {
      assertFalse(Password.of("PASSWORD").sameAs(Password.of("PaSsWoRd")));
      assertFalse(Password.of("PaSsWoRd").sameAs(Password.of("password")));
    }

    @Test
    void findsDifferentPasswordsDifferent() {
      assertFalse(Password.of("Abcdefgh12").sameAs(Password.of("Abcdefgh13")));
      assertFalse(Password.of("Abcdefgh12").sameAs(Password.of("Abcdefgh12 ")));
    }

    @Test
    void keepsCompatibilityFormsApart() {
      // NFC, not NFKC: a full-width digit is another character than an ASCII one.
      assertFalse(Password.of("Abcdefgh1").sameAs(Password.of("Abcdefgh\uFF11")));
    }
  }

  @Nested
  class AnsweringTheRules {

    @Test
    void countsAnEmojiAsOneCharacter() {
      assertEquals(3, Password.of("a\uD83D\uDE00b").length());
    }

    @Test
    void countsCharactersThatPassATest() {
      assertEquals(2, Password.of("aB1cD").count(Character::isUpperCase));
    }

    @Test
    void namesEachMatchingCharacterOnceInOrderOfAppearance() {
      assertEquals(
          List.of("$", "\uD83D\uDE00", "/"),
          Password.of("a$b\uD83D\uDE00$/c").distinctCharacters(c -> !Character.isLetter(c)));
    }
  }
}
