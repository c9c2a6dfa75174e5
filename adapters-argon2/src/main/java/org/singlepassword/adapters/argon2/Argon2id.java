package org.singlepassword.adapters.argon2;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;

/**
 * Inside the outgoing adapter: the Argon2id function of RFC 9106 (version 0x13) as Bouncy Castle's
 * pure-Java generator computes it, the one call path that the hasher uses and that the RFC's test
 * vector checks.
 */
final class Argon2id {

  private Argon2id() {}

  /**
   * The 32-byte tag of a password. The secret and the associated data are Argon2's optional inputs;
   * the hasher passes empty ones, the RFC's test vector needs them.
   */
  static byte[] tag(
      byte[] password,
      byte[] salt,
      byte[] secret,
      byte[] associatedData,
      Argon2Parameters parameters) {
    // Fully qualified: Bouncy Castle's class has our record's name. No JCE provider is involved.
    org.bouncycastle.crypto.params.Argon2Parameters input =
        new org.bouncycastle.crypto.params.Argon2Parameters.Builder(
                org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
            .withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(parameters.memoryKiB())
            .withIterations(parameters.iterations())
            .withParallelism(parameters.parallelism())
            .withSalt(salt)
            .withSecret(secret)
            .withAdditional(associatedData)
            .build();
    // A generator holds the working memory of one computation: a new one per call is thread-safe.
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    byte[] tag = new byte[Argon2Parameters.HASH_BYTES];
    try {
      generator.init(input);
      generator.generateBytes(password, tag);
    } finally {
      // The builder copied the secret; wipe that copy as the caller wipes the password.
      input.clear();
    }
    return tag;
  }
}
