package org.singlepassword.domain.password;

/**
 * Turns a password into a salted, memory-hard hash and checks a password against one. The domain
 * names what it needs; an outgoing adapter (Argon2id) provides it.
 */
public interface PasswordHasher {

  /** A new hash with a fresh random salt and the current parameters. */
  PasswordHash hash(Password password);

  /**
   * Whether the password is the one the hash was made from; compares in constant time. An
   * unreadable or foreign hash is simply not a match: this never throws for a stored value.
   */
  boolean verify(Password password, PasswordHash hash);

  /** Whether the hash was made with other parameters than the current ones, or is unreadable. */
  boolean needsRehash(PasswordHash hash);
}
