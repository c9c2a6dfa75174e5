package org.singlepassword.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * A high-entropy secret handed to its holder once: a session cookie, an e-service's API secret, a
 * reset link. Only its {@link TokenHash} is stored, so a copy of the database opens nothing; with
 * 256 random bits a fast hash suffices, unlike a password.
 */
public final class SecretToken {

  private static final int BYTES = 32;
  private final String text;

  private SecretToken(String text) {
    this.text = text;
  }

  /** A new token of 256 random bits, URL-safe text. */
  public static SecretToken generate(SecureRandom random) {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** A token as presented by its holder; any text, judged only by its hash. */
  public static SecretToken of(String presented) {
    return new SecretToken(Objects.requireNonNull(presented, "token"));
  }

  /** The text to give to the holder, once. */
  public String reveal() {
    return text;
  }

  /** What is stored and looked up. */
  public TokenHash hash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return new TokenHash(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }

  @Override
  public String toString() {
    return "SecretToken[hidden]";
  }
}
