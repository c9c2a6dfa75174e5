package org.singlepassword.domain.password;

/**
 * Turns a password into a salted, memory-hard hash and checks a password against one. The domain
 * names what it needs; an outgoing adapter (Argon2id) provides it.
 */
public interface PasswordHasher {

  /** A new hash with a fresh random salt and the current parameters. */
  PasswordHash hash(Password password);

  /** Whether the password is the one the hash was made from; compares in constant time. */
  boolean verify(Password password, PasswordHash hash);

  /** Whether the hash was made with weaker or other parameters than the current ones. */
  boolean needsRehash(PasswordHash hash);
}
