package org.singlepassword.adapters.argon2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pepper setting: {@code id:secret,…}, the current key first, never echoing a secret. */
class PeppersTest {

  private static final String SECRET_1 = "c2VjcmV0LW9uZS1vZi0zMi1ieXRlcy14eHh4eHh4eA";
  private static final String SECRET_2 = "c2VjcmV0LXR3by1vZi0zMi1ieXRlcy14eHh4eHh4eA";

  @Test
  void takesTheFirstKeyAsTheCurrentOneAndKeepsTheOthersForVerifying() {
    Peppers peppers = Peppers.parse(" v2:" + SECRET_2 + " , v1:" + SECRET_1 + "\n");

    assertEquals(Optional.of("v2"), peppers.current().map(Pepper::id));
    assertTrue(peppers.byId("v1").isPresent());
    assertTrue(peppers.byId("v3").isEmpty());
  }

  @Test
  void takesASingleKey() {
    assertEquals(
        Optional.of("2025-01"), Peppers.parse("2025-01:" + SECRET_1).current().map(Pepper::id));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no-colon-here",
        "v1:tiny42",
        ":" + SECRET_1,
        "an-id-past-8:" + SECRET_1,
        "v 1:" + SECRET_1,
        "v1:" + SECRET_1 + ",v1:" + SECRET_2,
        "v1:" + SECRET_1 + ",",
      })
  void refusesAMalformedSettingWithoutQuotingASecret(String text) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Peppers.parse(text));

    assertFalse(refused.getMessage().contains(SECRET_1), refused.getMessage());
    assertFalse(refused.getMessage().contains(SECRET_2), refused.getMessage());
    assertFalse(refused.getMessage().contains("tiny42"), refused.getMessage());
  }

  @Test
  void printsItsIdsOnly() {
    Peppers peppers = Peppers.parse("v2:" + SECRET_2 + ",v1:" + SECRET_1);

    assertEquals("Peppers[v2, v1]", peppers.toString());
    assertEquals("Pepper[v2, hidden]", peppers.current().orElseThrow().toString());
    assertTrue(Peppers.none().current().isEmpty());
  }
}
