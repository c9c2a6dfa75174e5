package org.singlepassword.domain.password;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A fast stand-in for Argon2id in domain unit tests: salted (two hashes of one password differ, so
 * the history cannot be checked by comparing hashes), not secure. Counts its work, so a test can
 * see how many verifications a rule cost; {@link #upgradeParameters} makes earlier hashes outdated.
 */
public final class FakePasswordHasher implements PasswordHasher {

  private int salts;
  private int hashes;
  private int verifications;
  private int version = 1;

  @Override
  public PasswordHash hash(Password password) {
    hashes++;
    String encoded = Base64.getEncoder().withoutPadding().encodeToString(password.normalizedUtf8());
    return new PasswordHash("fake$v" + version + "$" + ++salts + "$" + encoded);
  }

  @Override
  public boolean verify(Password password, PasswordHash hash) {
    verifications++;
    String encoded = hash.encoded();
    if (!encoded.startsWith("fake$")) {
      return false; // a foreign hash is not a match, as the port promises
    }
    try {
      byte[] digest = Base64.getDecoder().decode(encoded.substring(encoded.lastIndexOf('$') + 1));
      return new String(digest, StandardCharsets.UTF_8)
          .equals(new String(password.normalizedUtf8(), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    return !hash.encoded().startsWith("fake$v" + version + "$");
  }

  /** From now on, hashes made before count as outdated. */
  public void upgradeParameters() {
    version++;
  }

  public int hashes() {
    return hashes;
  }

  public int verifications() {
    return verifications;
  }
}
