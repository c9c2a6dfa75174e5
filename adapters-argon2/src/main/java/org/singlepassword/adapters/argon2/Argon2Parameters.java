package org.singlepassword.adapters.argon2;

/**
 * Outgoing adapter setting: what one Argon2id hash costs, in memory (KiB), passes over it, and
 * lanes. The same bounds guard the parameters we hash with and those we agree to verify, so that a
 * stored hash cannot make a sign-in burn gigabytes or minutes.
 */
public record Argon2Parameters(int memoryKiB, int iterations, int parallelism) {

  /** OWASP's recommended Argon2id configuration: 19 MiB, two passes, one lane. */
  public static final Argon2Parameters DEFAULTS = new Argon2Parameters(19_456, 2, 1);

  /** RFC 9106 recommends a 128-bit salt. */
  static final int SALT_BYTES = 16;

  /** RFC 9106 recommends a 256-bit tag. */
  static final int HASH_BYTES = 32;

  // Far beyond any sensible setting, yet small enough that a tampered or foreign hash cannot
  // exhaust the server: 1 GiB, 100 passes, 16 lanes.
  static final int MAX_MEMORY_KIB = 1 << 20;
  static final int MAX_ITERATIONS = 100;
  static final int MAX_PARALLELISM = 16;

  public Argon2Parameters {
    requireBetween("parallelism", parallelism, 1, MAX_PARALLELISM);
    requireBetween("iterations", iterations, 1, MAX_ITERATIONS);
    // Argon2 needs 8 KiB per lane. Bouncy Castle would silently raise a smaller value, and the PHC
    // string would then name less memory than was used; the reference implementation refuses it.
    requireBetween("memoryKiB", memoryKiB, 8 * parallelism, MAX_MEMORY_KIB);
  }

  private static void requireBetween(String name, int value, int least, int most) {
    if (value < least || value > most) {
      throw new IllegalArgumentException(
          name + " must be between " + least + " and " + most + ", was " + value);
    }
  }
}
