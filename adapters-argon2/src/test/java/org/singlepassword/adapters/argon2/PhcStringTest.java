package org.singlepassword.adapters.argon2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The stored form: PHC strings as the reference implementation writes them, nothing else. */
class PhcStringTest {

  private static final String PARAMETERS = "$argon2id$v=19$m=256,t=1,p=1$";
  private static final String SALT = "c29tZXNhbHRzb21lc2FsdA";
  private static final String HASH = "gpI3IGVFnSiqP9j4XVoeHe7k8yAmGNQUb87VmAR3Wwc";

  /**
   * Written by the reference implementation's command-line tool: {@code printf 'correct horse
   * battery staple' | argon2 somesaltsomesalt -id -t 1 -k 256 -p 1 -l 32 -e}.
   */
  static final String REFERENCE = PARAMETERS + SALT + "$" + HASH;

  /** As {@link #REFERENCE}, with {@code -p 2}: two lanes. */
  static final String REFERENCE_TWO_LANES =
      "$argon2id$v=19$m=256,t=1,p=2$" + SALT + "$CD9PS5mFRuEG9ITcaU3UtH0yRqPdRXgDTjNjpBC+Bg0";

  @Test
  void readsTheReferenceImplementationsFormat() {
    PhcString parsed = PhcString.parse(REFERENCE).orElseThrow();

    assertEquals(new Argon2Parameters(256, 1, 1), parsed.parameters());
    assertArrayEquals("somesaltsomesalt".getBytes(StandardCharsets.US_ASCII), parsed.salt());
    assertEquals(Argon2Parameters.HASH_BYTES, parsed.hash().length);
  }

  @Test
  void writesWhatItReads() {
    assertEquals(REFERENCE, PhcString.parse(REFERENCE).orElseThrow().encoded());
  }

  @Test
  void namesThePepperAHashWasMadeWithByItsIdInBase64() {
    String keyed = REFERENCE.replace("p=1", "p=1,keyid=djI");

    PhcString parsed = PhcString.parse(keyed).orElseThrow();

    assertEquals(Optional.of("v2"), parsed.keyId());
    assertEquals(keyed, parsed.encoded());
    assertEquals(Optional.empty(), PhcString.parse(REFERENCE).orElseThrow().keyId());
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void readsNothingFromWhatItWouldNotWrite(String text) {
    assertTrue(PhcString.parse(text).isEmpty());
  }

  @Test
  void readsNothingFromAnEmptyString() {
    assertTrue(PhcString.parse("").isEmpty());
  }

  /** Not blank, so that a {@code PasswordHash} can carry each of them to the hasher as well. */
  static Stream<Arguments> malformed() {
    return Stream.of(
        argumentSet("only the algorithm", "$argon2id$"),
        argumentSet("no hash part", PARAMETERS + SALT),
        argumentSet("an empty hash", PARAMETERS + SALT + "$"),
        argumentSet("an empty salt", PARAMETERS + "$" + HASH),
        argumentSet("a truncated hash", REFERENCE.substring(0, REFERENCE.length() - 1)),
        argumentSet("a character outside base64", PARAMETERS + SALT + "$" + HASH.replace('g', '!')),
        argumentSet("the URL-safe alphabet", REFERENCE_TWO_LANES.replace('+', '-')),
        argumentSet("base64 padding", PARAMETERS + SALT + "==$" + HASH),
        argumentSet(
            "stray bits in the salt's last character",
            PARAMETERS + SALT.replace("dA", "dB") + "$" + HASH),
        argumentSet("an 8-byte salt", PARAMETERS + "c29tZXNhbHQ$" + HASH),
        argumentSet("a 64-byte hash", PARAMETERS + SALT + "$" + HASH.repeat(2)),
        argumentSet(
            "Argon2i, made by the reference implementation",
            "$argon2i$v=19$m=256,t=1,p=1$" + SALT + "$C/00UXmrC76StX14EkNjTeFZVeD+0WujbTMez3VCch4"),
        argumentSet("Argon2d", REFERENCE.replace("argon2id", "argon2d")),
        argumentSet("the algorithm in capitals", REFERENCE.replace("argon2id", "ARGON2ID")),
        argumentSet("version 0x10", REFERENCE.replace("v=19", "v=16")),
        argumentSet("no version", REFERENCE.replace("$v=19", "")),
        argumentSet("4 GiB of memory", REFERENCE.replace("m=256", "m=4194304")),
        argumentSet("memory past an int", REFERENCE.replace("m=256", "m=99999999999")),
        argumentSet("a thousand passes", REFERENCE.replace("t=1", "t=1000")),
        argumentSet("64 lanes", REFERENCE.replace("p=1", "p=64")),
        argumentSet("no pass", REFERENCE.replace("t=1", "t=0")),
        argumentSet(
            "less than 8 KiB a lane", REFERENCE.replace("m=256", "m=8").replace("p=1", "p=2")),
        argumentSet("a negative number", REFERENCE.replace("m=256", "m=-256")),
        argumentSet("a leading zero", REFERENCE.replace("m=256", "m=0256")),
        argumentSet("parameters in another order", REFERENCE.replace("m=256,t=1", "t=1,m=256")),
        argumentSet("associated data", REFERENCE.replace("p=1", "p=1,data=Zm9v")),
        argumentSet("a key id before p", REFERENCE.replace("p=1", "keyid=djI,p=1")),
        argumentSet("an empty key id", REFERENCE.replace("p=1", "p=1,keyid=")),
        argumentSet("a key id past 8 bytes", REFERENCE.replace("p=1", "p=1,keyid=MTIzNDU2Nzg5")),
        argumentSet("a key id not base64", REFERENCE.replace("p=1", "p=1,keyid=djIzN")),
        argumentSet("stray bits in a key id", REFERENCE.replace("p=1", "p=1,keyid=djJ")),
        argumentSet("text after the hash", REFERENCE + "$"),
        argumentSet("a trailing newline", REFERENCE + "\n"),
        argumentSet("a leading space", " " + REFERENCE),
        argumentSet(
            "a bcrypt hash", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"),
        argumentSet("not a PHC string", "correct horse battery staple"));
  }
}
