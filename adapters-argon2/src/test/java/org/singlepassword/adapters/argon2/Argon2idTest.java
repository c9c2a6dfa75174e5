package org.singlepassword.adapters.argon2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Bouncy Castle's Argon2id, through the call path the hasher uses, against RFC 9106's test vector.
 */
class Argon2idTest {

  @Test
  void computesTheTagOfTheArgon2idTestVectorInRfc9106() {
    // RFC 9106, section 5.3: every input filled with one repeated byte.
    byte[] password = filled(32, 0x01);
    byte[] salt = filled(16, 0x02);
    byte[] secret = filled(8, 0x03);
    byte[] associatedData = filled(12, 0x04);

    byte[] tag =
        Argon2id.tag(password, salt, secret, associatedData, new Argon2Parameters(32, 3, 4));

    assertArrayEquals(
        HexFormat.ofDelimiter(" ")
            .parseHex(
                "0d 64 0d f5 8d 78 76 6c 08 c0 37 a3 4a 8b 53 c9"
                    + " d0 1e f0 45 2d 75 b6 5e b5 25 20 e9 6b 01 e6 59"),
        tag);
  }

  private static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }
}
