package org.singlepassword.adapters.argon2;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inside the outgoing adapter: an Argon2id hash written down in the reference implementation's PHC
 * string format, {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in base64
 * without padding. A hash made with a pepper names its key with the format's {@code keyid}
 * parameter ({@code ...,p=1,keyid=djI$...}, the id's bytes in base64), never the key. It reads back
 * only what it would write, so a stored hash has exactly one spelling.
 */
final class PhcString {

  // Digits are bounded so that parsing cannot overflow; Argon2Parameters then checks the range.
  // 22 and 43 characters are 16 and 32 bytes in unpadded base64.
  // A key id is at most 8 bytes, 11 characters of base64.
  private static final Pattern FORMAT =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,9}),p=(\\d{1,9})(?:,keyid=([A-Za-z0-9+/]{2,11}))?"
              + "\\$([A-Za-z0-9+/]{22})\\$([A-Za-z0-9+/]{43})");

  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final Argon2Parameters parameters;
  private final Optional<String> keyId;
  private final byte[] salt;
  private final byte[] hash;

  PhcString(Argon2Parameters parameters, Optional<String> keyId, byte[] salt, byte[] hash) {
    if (salt.length != Argon2Parameters.SALT_BYTES || hash.length != Argon2Parameters.HASH_BYTES) {
      throw new IllegalArgumentException("salt and hash must be 16 and 32 bytes");
    }
    this.parameters = parameters;
    this.keyId = keyId;
    this.salt = salt.clone();
    this.hash = hash.clone();
  }

  /** The hash that the text spells, or empty when it is not exactly what this class writes. */
  static Optional<PhcString> parse(String text) {
    Matcher matcher = FORMAT.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    Argon2Parameters parameters;
    try {
      parameters =
          new Argon2Parameters(
              Integer.parseInt(matcher.group(1)),
              Integer.parseInt(matcher.group(2)),
              Integer.parseInt(matcher.group(3)));
    } catch (IllegalArgumentException outOfBounds) {
      return Optional.empty();
    }
    Optional<String> keyId;
    try {
      keyId =
          Optional.ofNullable(matcher.group(4))
              .map(encoded -> new String(DECODER.decode(encoded), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    PhcString parsed =
        new PhcString(
            parameters, keyId, DECODER.decode(matcher.group(5)), DECODER.decode(matcher.group(6)));
    // Leading zeros or stray low bits in the last base64 character would decode to the same
    // values: refuse such a variant rather than accept a hash that is not as it was written.
    return parsed.encoded().equals(text) ? Optional.of(parsed) : Optional.empty();
  }

  String encoded() {
    return "$argon2id$v=19$m=%d,t=%d,p=%d%s$%s$%s"
        .formatted(
            parameters.memoryKiB(),
            parameters.iterations(),
            parameters.parallelism(),
            keyId
                .map(
                    id ->
                        ",keyid=" + ENCODER.encodeToString(id.getBytes(StandardCharsets.US_ASCII)))
                .orElse(""),
            ENCODER.encodeToString(salt),
            ENCODER.encodeToString(hash));
  }

  Argon2Parameters parameters() {
    return parameters;
  }

  /** The id of the pepper the hash was made with; empty for a hash made without one. */
  Optional<String> keyId() {
    return keyId;
  }

  byte[] salt() {
    return salt.clone();
  }

  byte[] hash() {
    return hash.clone();
  }
}
