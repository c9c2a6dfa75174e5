package org.singlepassword.domain.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The questions the policy's newer rules ask of a password, without ever seeing it. */
class PasswordComparisonTest {

  @Nested
  class ContainingAWord {

    @ParameterizedTest(name = "{0} contains {1}")
    @CsvSource({
      "Chan2024Secure, chan",
      "myCHANpassword, Chan",
      "soul-is-great, SOUL",
      "I陳大文2024, 陳大文",
    })
    void findsTheWordWhateverItsCase(String typed, String word) {
      assertTrue(Password.of(typed).containsIgnoringCase(word));
    }

    @Test
    void doesNotFindWhatIsNotThere() {
      assertFalse(Password.of("Cha-n2024Secure").containsIgnoringCase("chan"));
    }
  }

  @Nested
  class ResemblingAnother {

    @ParameterizedTest(name = "{0} resembles {1}")
    @CsvSource({
      "Password1, Password2", // the number changed
      "Spring2024!, Spring2025!",
      "Summer19Sun, Summer2020Sun", // a longer number
      "Autumn, Autumn2024", // a number added
      "1Winter99, 2Winter00", // two numbers changed
      "pASSWORD1, Password1", // only the case
      "Blue-Sky-Train, Blue-Sky-Trains", // one letter added
      "Blue-Sky-Train, Blue-Sky-Brain", // one letter replaced
      "Blue-Sky-Train, Blue-Sky-Trai", // one letter removed
      "Blue-Sky-Train, Blu-Sky-Trainx", // two edits
      "Blue-Sky-Train, Blue-Sky-Train", // the same
    })
    void seesAFewKeysChanged(String current, String candidate) {
      assertTrue(Password.of(candidate).resembles(Password.of(current), 2));
    }

    @ParameterizedTest(name = "{0} does not resemble {1}")
    @CsvSource({
      "Blue-Sky-Train, Bl-Sky-Trainx", // three edits
      "Password1, Drowssap1", // the letters reversed
      "Blue-Sky-Train, Green-Field-Bus",
      "123456789012, 987654321098", // digits only: no letters to compare, and many edits
    })
    void seesMoreThanAFewKeysChanged(String current, String candidate) {
      assertFalse(Password.of(candidate).resembles(Password.of(current), 2));
    }

    @Test
    void countsAnEmojiAsOneEdit() {
      Password current = Password.of("Blue-Sky-Train");

      assertTrue(Password.of("Blue-Sky-Train\uD83D\uDE00\uD83D\uDE00").resembles(current, 2));
      assertFalse(Password.of("Blue-Sky-Train\uD83D\uDE00\uD83D\uDE00x").resembles(current, 2));
    }

    @Test
    void takesTheBoundAsGiven() {
      Password current = Password.of("Blue-Sky-Train");

      assertTrue(Password.of("Blue-Sky-Train").resembles(current, 0));
      assertFalse(Password.of("Blue-Sky-Trains").resembles(current, 0));
      assertTrue(Password.of("Bl-Sky-Trainx").resembles(current, 3));
    }
  }

  @Nested
  class EditDistances {

    @ParameterizedTest(name = "{0} to {1}: {2} edits")
    @CsvSource({
      "'', '', 0",
      "'', abc, 3",
      "kitten, sitting, 3",
      "flaw, lawn, 2",
      "abcdef, abcdef, 0",
      "abcdef, badcfe, 4",
      "intention, execution, 5",
    })
    void areCountedExactlyUpToTheBound(String a, String b, int distance) {
      for (int bound = 0; bound <= 6; bound++) {
        assertEquals(distance <= bound, EditDistance.atMost(a, b, bound), "bound " + bound);
        assertEquals(distance <= bound, EditDistance.atMost(b, a, bound), "bound " + bound);
      }
    }

    @Test
    void stayCheapForTheLongestPasswords() {
      String longest = "x".repeat(1024);

      assertTrue(EditDistance.atMost(longest, longest + "yy", 2));
      assertFalse(EditDistance.atMost(longest, "y" + longest.substring(1) + "yy", 2));
    }

    @Test
    void refuseANegativeBound() {
      assertThrows(IllegalArgumentException.class, () -> EditDistance.atMost("a", "b", -1));
    }
  }
}
