package org.singlepassword.domain.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** What is stored of a token, and the only way to check a presented one. */
class TokenHashTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void matchesTheTokenItWasMadeOf() {
    SecretToken token = SecretToken.generate(random);

    assertTrue(token.hash().matches(SecretToken.of(token.reveal())));
  }

  @Test
  void matchesNoOtherToken() {
    TokenHash stored = SecretToken.generate(random).hash();

    assertFalse(stored.matches(SecretToken.generate(random)));
  }

  @Test
  void matchesNoTokenOneCharacterOff() {
    SecretToken token = SecretToken.of("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");

    assertFalse(
        token.hash().matches(SecretToken.of("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFH")));
    assertFalse(token.hash().matches(SecretToken.of("abcdefghijklmnopqrstuvwxyz0123456789ABCDEF")));
    assertFalse(token.hash().matches(SecretToken.of("")));
  }

  @Test
  void isTheUrlSafeSha256OfTheToken() {
    // Stored hashes must stay valid across releases: the algorithm and encoding are a contract.
    assertEquals(
        new TokenHash("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"), SecretToken.of("abc").hash());
  }
}
