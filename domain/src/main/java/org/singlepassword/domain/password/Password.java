package org.singlepassword.domain.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * A password exactly as the person typed it: a secret that never prints itself.
 *
 * <p>The policy's rules may only ask questions of its characters; a hasher reads its NFC-normalised
 * UTF-8 bytes, so that the same word typed on two keyboards (composed or decomposed accents) opens
 * the same account.
 */
public final class Password {

  private final String typed;

  private Password(String typed) {
    this.typed = typed;
  }

  /** The password as typed; an empty one is a password too (the policy rejects it). */
  public static Password of(String typed) {
    return new Password(Objects.requireNonNull(typed, "password"));
  }

  /** How many of its characters (Unicode code points, as typed) satisfy the test. */
  public long count(IntPredicate test) {
    return typed.codePoints().filter(test).count();
  }

  /** Its distinct characters that satisfy the test, in order of appearance: what a rule names. */
  public List<String> distinctCharacters(IntPredicate test) {
    return typed.codePoints().filter(test).distinct().mapToObj(Character::toString).toList();
  }

  /** How many characters, counting a character outside the BMP (an emoji) as one. */
  public int length() {
    return typed.codePointCount(0, typed.length());
  }

  /** True when nothing was typed. */
  public boolean isEmpty() {
    return typed.isEmpty();
  }

  /**
   * The bytes a {@link PasswordHasher} digests: NFC-normalised, UTF-8. Only hashers call this; the
   * caller owns the array and should wipe it when done.
   */
  public byte[] normalizedUtf8() {
    return Normalizer.normalize(typed, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Whether the two would hash alike (same NFC form): a new password compared with the current one,
   * both known in clear, without the cost of a hash. Constant time, like every secret comparison.
   */
  public boolean sameAs(Password other) {
    return MessageDigest.isEqual(normalizedUtf8(), other.normalizedUtf8());
  }

  /**
   * The text as typed, for the one place a secret must be handed over: an issued initial password
   * shown once to the administrator who asked for it. Never log or store what this returns.
   */
  public String reveal() {
    return typed;
  }

  @Override
  public String toString() {
    return "Password[hidden]";
  }
}
