package org.singlepassword.adapters.argon2;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cost of a hash: OWASP's defaults, and the bounds that keep a stored hash from exhausting the
 * server.
 */
class Argon2ParametersTest {

  @Test
  void defaultsAreOwaspsRecommendation() {
    assertEquals(new Argon2Parameters(19_456, 2, 1), Argon2Parameters.DEFAULTS);
  }

  @ParameterizedTest(name = "m={0}, t={1}, p={2}")
  @CsvSource({
    "8, 1, 1", // the least memory: 8 KiB for its one lane
    "128, 1, 16",
    "1048576, 100, 16",
  })
  void acceptsEveryBound(int memoryKiB, int iterations, int parallelism) {
    assertDoesNotThrow(() -> new Argon2Parameters(memoryKiB, iterations, parallelism));
  }

  @ParameterizedTest(name = "m={0}, t={1}, p={2}")
  @CsvSource({
    "7, 1, 1", // less than 8 KiB for one lane
    "31, 1, 4", // less than 8 KiB for each of four lanes
    "1048577, 1, 1", // more than 1 GiB
    "19456, 0, 1",
    "19456, 101, 1",
    "19456, 2, 0",
    "19456, 2, 17",
    "-1, 2, 1",
  })
  void refusesEachValueOutOfBounds(int memoryKiB, int iterations, int parallelism) {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Argon2Parameters(memoryKiB, iterations, parallelism));
  }
}
