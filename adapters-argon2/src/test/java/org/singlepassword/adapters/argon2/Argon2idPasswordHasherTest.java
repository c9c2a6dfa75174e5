package org.singlepassword.adapters.argon2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;

/** The hasher as the domain uses it: hashing, verifying at sign-in, deciding to rehash. */
class Argon2idPasswordHasherTest {

  // A fraction of the defaults' cost keeps the suite fast; tests about the defaults use them.
  private static final Argon2Parameters CHEAP = new Argon2Parameters(256, 1, 1);

  private final Argon2idPasswordHasher hasher =
      new Argon2idPasswordHasher(CHEAP, new SecureRandom());

  @Nested
  class WhenHashing {

    @Test
    void writesAPhcStringWithTheCurrentParameters() {
      Argon2idPasswordHasher withDefaults =
          new Argon2idPasswordHasher(Argon2Parameters.DEFAULTS, new SecureRandom());

      String encoded = withDefaults.hash(Password.of("correct horse battery staple")).encoded();

      assertTrue(
          encoded.matches(
              "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"),
          encoded);
    }

    @Test
    void givesOnePasswordADifferentHashEachTimeForItsFreshSalt() {
      Password password = Password.of("correct horse battery staple");

      assertNotEquals(hasher.hash(password).encoded(), hasher.hash(password).encoded());
    }

    @Test
    void writesWhatTheReferenceImplementationWritesForTheSameSalt() {
      Argon2idPasswordHasher withKnownSalt =
          new Argon2idPasswordHasher(CHEAP, new StubSecureRandom("somesaltsomesalt"));

      PasswordHash hash = withKnownSalt.hash(Password.of("correct horse battery staple"));

      assertEquals(PhcStringTest.REFERENCE, hash.encoded());
    }
  }

  @Nested
  class WhenVerifying {

    @Test
    void acceptsThePasswordTheHashWasMadeFrom() {
      PasswordHash hash = hasher.hash(Password.of("correct horse battery staple"));

      assertTrue(hasher.verify(Password.of("correct horse battery staple"), hash));
    }

    @Test
    void refusesAnotherPassword() {
      PasswordHash hash = hasher.hash(Password.of("correct horse battery staple"));

      assertFalse(hasher.verify(Password.of("correct horse battery stapler"), hash));
    }

    @Test
    void tellsCapitalsFromSmallLetters() {
      PasswordHash hash = hasher.hash(Password.of("password"));

      assertFalse(hasher.verify(Password.of("PASSWORD"), hash));
    }

    @Test
    void takesAComposedAndADecomposedAccentForOneCharacter() {
      Password composed = Password.of("caf\u00e9");
      Password decomposed = Password.of("cafe\u0301");

      assertTrue(hasher.verify(decomposed, hasher.hash(composed)));
      assertTrue(hasher.verify(composed, hasher.hash(decomposed)));
    }

    @Test
    void acceptsAHashMadeByTheReferenceImplementationWithTwoLanes() {
      assertTrue(
          hasher.verify(
              Password.of("correct horse battery staple"),
              new PasswordHash(PhcStringTest.REFERENCE_TWO_LANES)));
    }

    @Test
    void acceptsAHashMadeByTheReferenceImplementationWithTheDefaultsFromUtf8() {
      // printf 'Pässwörd – ünïcödé' | argon2 saltsaltsaltsalt -id -t 2 -k 19456 -p 1 -l 32 -e
      PasswordHash reference =
          new PasswordHash(
              "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA"
                  + "$ObJ4ATayxD1rhmsKfT3Z9sn2YCukfvPcU0cdxk485ak");

      // Typed decomposed, as some keyboards do: it must open what was set composed.
      assertTrue(
          hasher.verify(
              Password.of("Pa\u0308sswo\u0308rd \u2013 u\u0308ni\u0308co\u0308de\u0301"),
              reference));
    }
  }

  @Nested
  class WhenTheStoredHashIsMalformed {

    @ParameterizedTest
    @MethodSource("org.singlepassword.adapters.argon2.PhcStringTest#malformed")
    void refusesEveryPasswordWithoutAnException(String encoded) {
      assertFalse(
          hasher.verify(Password.of("correct horse battery staple"), new PasswordHash(encoded)));
    }

    @ParameterizedTest
    @MethodSource("org.singlepassword.adapters.argon2.PhcStringTest#malformed")
    void asksForARehash(String encoded) {
      assertTrue(hasher.needsRehash(new PasswordHash(encoded)));
    }
  }

  @Nested
  class WhenDecidingOnARehash {

    @Test
    void asksForOneWhenTheHashWasMadeWithOtherParameters() {
      Argon2idPasswordHasher withDefaults =
          new Argon2idPasswordHasher(Argon2Parameters.DEFAULTS, new SecureRandom());

      assertTrue(
          withDefaults.needsRehash(hasher.hash(Password.of("correct horse battery staple"))));
    }

    @Test
    void asksForNoneWhenTheHashWasMadeWithTheCurrentParameters() {
      assertFalse(hasher.needsRehash(hasher.hash(Password.of("correct horse battery staple"))));
    }
  }

  @Nested
  class WithAPepper {

    private final Pepper v1 = Pepper.of("v1", "first-secret-of-32-characters-xx");
    private final Pepper v2 = Pepper.of("v2", "second-secret-of-32-characters-x");
    private final Argon2idPasswordHasher withV1 =
        new Argon2idPasswordHasher(CHEAP, Peppers.of(List.of(v1)), new SecureRandom());
    private final Argon2idPasswordHasher rotated =
        new Argon2idPasswordHasher(CHEAP, Peppers.of(List.of(v2, v1)), new SecureRandom());
    private final Password password = Password.of("correct horse battery staple");

    @Test
    void namesTheKeyInTheHashButNeverTheKeyItself() {
      String encoded = withV1.hash(password).encoded();

      assertTrue(encoded.startsWith("$argon2id$v=19$m=256,t=1,p=1,keyid=djE$"), encoded);
      assertFalse(encoded.contains("first-secret"));
    }

    @Test
    void verifiesOnlyWithThePepper() {
      PasswordHash peppered = withV1.hash(password);

      assertTrue(withV1.verify(password, peppered));
      assertFalse(hasher.verify(password, peppered));
      Argon2idPasswordHasher otherKeyUnderTheSameId =
          new Argon2idPasswordHasher(
              CHEAP,
              Peppers.of(List.of(Pepper.of("v1", "not-the-first-secret-at-all-xxxx"))),
              new SecureRandom());
      assertFalse(otherKeyUnderTheSameId.verify(password, peppered));
    }

    @Test
    void isNotTheSameHashAsWithoutIt() {
      Argon2idPasswordHasher saltOnly =
          new Argon2idPasswordHasher(CHEAP, new StubSecureRandom("somesaltsomesalt"));
      Argon2idPasswordHasher peppered =
          new Argon2idPasswordHasher(
              CHEAP, Peppers.of(List.of(v1)), new StubSecureRandom("somesaltsomesalt"));

      String withoutTag = saltOnly.hash(password).encoded();
      String withTag = peppered.hash(password).encoded();

      assertNotEquals(
          withoutTag.substring(withoutTag.lastIndexOf('$')),
          withTag.substring(withTag.lastIndexOf('$')));
    }

    @Test
    void asksToRehashAHashMadeWithoutAPepperAndStillVerifiesIt() {
      PasswordHash saltOnly = hasher.hash(password);

      assertTrue(withV1.verify(password, saltOnly));
      assertTrue(withV1.needsRehash(saltOnly));
      assertFalse(withV1.needsRehash(withV1.hash(password)));
    }

    @Test
    void afterARotationVerifiesTheOldKeysHashesAndAsksToRemakeThem() {
      PasswordHash madeWithV1 = withV1.hash(password);

      assertTrue(rotated.verify(password, madeWithV1));
      assertTrue(rotated.needsRehash(madeWithV1));

      PasswordHash remade = rotated.hash(password);
      assertTrue(remade.encoded().contains(",keyid=djI$"), remade.encoded());
      assertFalse(rotated.needsRehash(remade));
      assertFalse(withV1.verify(password, remade), "the old key alone cannot open the new hash");
    }

    @Test
    void refusesAHashWhosePepperIsNoLongerKnown() {
      PasswordHash madeWithV1 = withV1.hash(password);
      Argon2idPasswordHasher v1Dropped =
          new Argon2idPasswordHasher(CHEAP, Peppers.of(List.of(v2)), new SecureRandom());

      assertFalse(v1Dropped.verify(password, madeWithV1));
      assertTrue(v1Dropped.needsRehash(madeWithV1));
    }

    @Test
    void asksToRehashAPepperedHashWhenThePepperIsTakenAway() {
      assertTrue(hasher.needsRehash(withV1.hash(password)));
    }
  }

  /** A source of randomness that yields a known salt, so a hash can be compared byte for byte. */
  private static final class StubSecureRandom extends SecureRandom {

    private final byte[] salt;

    StubSecureRandom(String salt) {
      this.salt = salt.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void nextBytes(byte[] bytes) {
      System.arraycopy(salt, 0, bytes, 0, bytes.length);
    }
  }
}
