package org.singlepassword.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lockout's settings: how many wrong passwords lock an account, and for how long. */
class LockoutTest {

  @Test
  void defaultsToFiveWrongPasswordsForFifteenMinutes() {
    assertEquals(new Lockout(5, Duration.ofMinutes(15)), Lockout.defaults());
  }

  @Test
  void acceptsAThresholdOfOne() {
    assertEquals(1, new Lockout(1, Duration.ofSeconds(1)).threshold());
  }

  @ParameterizedTest(name = "threshold {0}")
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void refusesAThresholdBelowOne(int threshold) {
    assertThrows(
        IllegalArgumentException.class, () -> new Lockout(threshold, Duration.ofMinutes(15)));
  }

  @ParameterizedTest(name = "duration {0}")
  @ValueSource(strings = {"PT0S", "-PT1S", "-PT15M"})
  void refusesADurationThatIsNotPositive(String duration) {
    assertThrows(IllegalArgumentException.class, () -> new Lockout(5, Duration.parse(duration)));
  }

  @Test
  void refusesAMissingDuration() {
    assertThrows(NullPointerException.class, () -> new Lockout(5, null));
  }
}
