package org.singlepassword.domain.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * A password exactly as the person typed it: a secret that never prints itself.
 *
 * <p>The policy's rules may only ask questions of it (its characters, whether it contains a word,
 * whether it resembles another password, whether a list holds it); a hasher reads its
 * NFC-normalised UTF-8 bytes, so that the same word typed on two keyboards (composed or decomposed
 * accents) opens the same account.
 */
public final class Password {

  private static final Pattern DIGIT_RUNS = Pattern.compile("[0-9]+");

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
   * Whether the word occurs anywhere in it, case ignored: a username or a name inside a password.
   */
  public boolean containsIgnoringCase(String word) {
    return fold(typed).contains(fold(word));
  }

  /**
   * Whether this looks like {@code other} with a few keys changed: the two differ only in their
   * case and their runs of digits 0-9 ("Password1" and "pASSWORD2"), or by at most {@code maxEdits}
   * characters inserted, removed or replaced, case ignored.
   */
  public boolean resembles(Password other, int maxEdits) {
    String mine = fold(typed);
    String theirs = fold(other.typed);
    String myLetters = DIGIT_RUNS.matcher(mine).replaceAll("");
    if (!myLetters.isEmpty() && myLetters.equals(DIGIT_RUNS.matcher(theirs).replaceAll(""))) {
      return true;
    }
    return EditDistance.atMost(mine, theirs, maxEdits);
  }

  /**
   * The bytes a list of common passwords is looked up by: {@link #fold folded}, UTF-8. The caller
   * wipes them.
   */
  byte[] foldedUtf8() {
    return fold(typed).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The form in which the policy compares a password with words: NFC, as the hasher sees it, then
   * lower case by Unicode's rules without a locale's exceptions (no Turkish dotless i).
   */
  static String fold(String text) {
    // Plain ASCII is its own NFC form: the common case skips the normaliser.
    String normalized =
        text.chars().allMatch(unit -> unit < 0x80)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
    return normalized.toLowerCase(Locale.ROOT);
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
