package org.singlepassword.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.singlepassword.domain.token.SecretToken;

/**
 * The administrators' API token: {@code SPS_ADMIN_TOKEN} when set, else one generated at the first
 * start and kept in {@code <data dir>/admin-token}, readable by its owner only.
 */
final class AdminTokenFile {

  static final String FILE_NAME = "admin-token";

  private AdminTokenFile() {}

  /** The token to require, and where it came from (for the start-up message). */
  record Resolved(SecretToken token, String origin) {}

  static Resolved resolve(Settings settings, SecureRandom random) {
    if (settings.adminToken().isPresent()) {
      return new Resolved(SecretToken.of(settings.adminToken().get()), "SPS_ADMIN_TOKEN");
    }
    Path file = settings.dataDir().resolve(FILE_NAME);
    try {
      Files.createDirectories(settings.dataDir());
      if (!Files.exists(file)) {
        OwnerOnlyFile.createWith(
            file, SecretToken.generate(random).reveal() + System.lineSeparator());
      }
      String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (token.isEmpty()) {
        throw new IllegalStateException(file + " is empty: delete it to have a new token made");
      }
      return new Resolved(SecretToken.of(token), file.toString());
    } catch (IOException failed) {
      throw new UncheckedIOException("cannot read or write the admin token at " + file, failed);
    }
  }
}
