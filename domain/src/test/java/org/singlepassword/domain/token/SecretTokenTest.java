package org.singlepassword.domain.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Session cookies, e-service secrets and reset links: 256 random bits, shown once, stored hashed.
 */
class SecretTokenTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void carries256RandomBitsAsUrlSafeText() {
    String text = SecretToken.generate(random).reveal();

    assertTrue(text.matches("[A-Za-z0-9_-]{43}"), text);
    assertEquals(32, Base64.getUrlDecoder().decode(text).length);
  }

  @Test
  void differsEveryTime() {
    Set<String> tokens = new HashSet<>();
    IntStream.range(0, 1_000).forEach(i -> tokens.add(SecretToken.generate(random).reveal()));

    assertEquals(1_000, tokens.size());
  }

  @Test
  void neverShowsItselfInText() {
    SecretToken token = SecretToken.generate(random);

    assertEquals("SecretToken[hidden]", token.toString());
    assertFalse(token.toString().contains(token.reveal()));
  }

  @Test
  void hashesAlikeWhenPresentedAgain() {
    SecretToken issued = SecretToken.generate(random);

    assertEquals(issued.hash(), SecretToken.of(issued.reveal()).hash());
  }

  @Test
  void isNotStoredAsItself() {
    SecretToken token = SecretToken.generate(random);

    assertNotEquals(token.reveal(), token.hash().value());
  }

  @Test
  void refusesNullAsPresented() {
    assertThrows(NullPointerException.class, () -> SecretToken.of(null));
  }
}
