package org.singlepassword.adapters.mail.wording;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The {@code {name}} placeholders of a phrasebook's texts. */
class PlaceholdersTest {

  @Nested
  class WhenFilled {

    @Test
    void takeTheirValues() {
      assertEquals(
          "Dear Chan, see https://x.example",
          Placeholders.fill(
              "Dear {name}, see {link}", Map.of("name", "Chan", "link", "https://x.example")));
    }

    @Test
    void leaveOtherBracesAlone() {
      assertEquals(
          "{ 1 } and {2} and Chan",
          Placeholders.fill("{ 1 } and {2} and {name}", Map.of("name", "Chan")));
    }

    @Test
    void takeDollarsAndBackslashesInAValueLiterally() {
      assertEquals("Dear $1 \\n", Placeholders.fill("Dear {name}", Map.of("name", "$1 \\n")));
    }

    @Test
    void failWhenAValueIsMissing() {
      assertThrows(IllegalStateException.class, () -> Placeholders.fill("{name}", Map.of()));
    }
  }

  @Nested
  class WhenChecked {

    @Test
    void passWhenEachIsAllowed() {
      assertDoesNotThrow(
          () -> Placeholders.requireOnly("resetBody", "{name} {link}", Set.of("name", "link")));
    }

    @Test
    void failNamingEachUnknownOne() {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> Placeholders.requireOnly("resetBody", "{nmae} {lnik}", Set.of("name")));

      assertEquals(
          "resetBody uses [lnik, nmae], but only [name] are known there", refused.getMessage());
    }
  }
}
