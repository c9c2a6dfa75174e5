package org.singlepassword.adapters.argon2;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Outgoing adapter setting: one secret key ("pepper") that Argon2id mixes into every hash as its
 * secret input K, with the short id that each hash records so that the key can be rotated. Kept out
 * of the database, so that a stolen copy of it cannot be guessed at without the key as well. Never
 * prints its secret.
 */
public final class Pepper {

  /** Eight bytes at most: what the PHC string format allows for a key id. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,8}");

  /** 128 bits, at the least; 32 random bytes in base64 is the advice. */
  static final int LEAST_SECRET_BYTES = 16;

  private final String id;
  private final byte[] secret;

  /**
   * @throws IllegalArgumentException naming what is wrong, never the secret
   */
  public Pepper(String id, byte[] secret) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a pepper's id is 1 to 8 of the letters A-Z and a-z, digits and . _ -");
    }
    if (secret.length < LEAST_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the pepper \"" + id + "\" is too short: at least " + LEAST_SECRET_BYTES + " bytes");
    }
    this.id = id;
    this.secret = secret.clone();
  }

  /** A pepper whose secret is this text's UTF-8 bytes. */
  public static Pepper of(String id, String secret) {
    return new Pepper(id, secret.getBytes(StandardCharsets.UTF_8));
  }

  /** The id each hash made with it records. */
  public String id() {
    return id;
  }

  /** A copy of the secret, for Argon2's input K; the caller wipes it. */
  byte[] secret() {
    return secret.clone();
  }

  @Override
  public String toString() {
    return "Pepper[" + id + ", hidden]";
  }
}
