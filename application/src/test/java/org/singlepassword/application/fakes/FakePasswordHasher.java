package org.singlepassword.application.fakes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;
import org.singlepassword.domain.password.PasswordHasher;

/**
 * A fast stand-in for Argon2id in unit tests: salted (so two hashes of one password differ), not
 * secure. Counts verifications, so tests can see how much hashing work a use case did; "version"
 * lets a test make hashes look outdated.
 */
public final class FakePasswordHasher implements PasswordHasher {

  private final AtomicInteger salts = new AtomicInteger();
  private final AtomicInteger verifications = new AtomicInteger();
  private volatile int version = 1;

  @Override
  public PasswordHash hash(Password password) {
    String encoded = Base64.getEncoder().withoutPadding().encodeToString(password.normalizedUtf8());
    return new PasswordHash("fake$v" + version + "$" + salts.incrementAndGet() + "$" + encoded);
  }

  @Override
  public boolean verify(Password password, PasswordHash hash) {
    verifications.incrementAndGet();
    String encoded = hash.encoded();
    if (!encoded.startsWith("fake$")) {
      return false;
    }
    try {
      String digest = encoded.substring(encoded.lastIndexOf('$') + 1);
      return new String(Base64.getDecoder().decode(digest), StandardCharsets.UTF_8)
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

  public int verifications() {
    return verifications.get();
  }
}
