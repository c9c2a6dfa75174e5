package org.singlepassword.bootstrap.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The admin API's bearer token as the command line finds it: {@code --token}, else {@code
 * SPS_ADMIN_TOKEN}, else the {@code admin-token} file that the server writes into its data
 * directory. A secret: {@link #toString()} hides it, and only the HTTP client sees its characters.
 */
final class AdminToken {

  /** The same name the server writes its generated token to, in {@code SPS_DATA_DIR}. */
  static final String FILE_NAME = "admin-token";

  private final String value;
  private final String origin;

  private AdminToken(String value, String origin) {
    this.value = value;
    this.origin = origin;
  }

  /**
   * The token to send.
   *
   * @param option the value of {@code --token}, if given
   * @param environment the process environment ({@code SPS_ADMIN_TOKEN}, {@code SPS_DATA_DIR})
   * @throws AdminFailure when no token is set and the file cannot be read
   */
  static AdminToken resolve(Optional<String> option, Map<String, String> environment) {
    if (option.isPresent()) {
      return checked(option.get().strip(), "--token");
    }
    Optional<String> fromEnvironment =
        Optional.ofNullable(environment.get("SPS_ADMIN_TOKEN"))
            .map(String::strip)
            .filter(token -> !token.isEmpty());
    if (fromEnvironment.isPresent()) {
      return checked(fromEnvironment.get(), "SPS_ADMIN_TOKEN");
    }
    return fromFile(tokenFile(environment));
  }

  /** {@code <SPS_DATA_DIR or ./data>/admin-token}, resolved like the server's own setting. */
  static Path tokenFile(Map<String, String> environment) {
    String dataDir =
        Optional.ofNullable(environment.get("SPS_DATA_DIR"))
            .filter(dir -> !dir.isEmpty())
            .orElse("./data");
    return Path.of(dataDir).toAbsolutePath().normalize().resolve(FILE_NAME);
  }

  private static AdminToken fromFile(Path file) {
    String howToFix =
        "set SPS_ADMIN_TOKEN, pass --token, or point SPS_DATA_DIR at the server's data directory";
    try {
      return checked(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
    } catch (NoSuchFileException missing) {
      throw AdminFailure.refused(
          "no admin token: SPS_ADMIN_TOKEN is not set and "
              + file
              + " does not exist; "
              + howToFix);
    } catch (AccessDeniedException denied) {
      throw AdminFailure.refused(
          "no admin token: " + file + " is not readable by this user; " + howToFix);
    } catch (CharacterCodingException notAscii) {
      throw AdminFailure.refused(file + " does not hold an admin token (not ASCII text)");
    } catch (IOException unreadable) {
      throw AdminFailure.refused(
          "cannot read the admin token at " + file + ": " + unreadable.getMessage());
    }
  }

  private static AdminToken checked(String value, String origin) {
    if (value.isEmpty()) {
      throw AdminFailure.refused("the admin token from " + origin + " is empty");
    }
    // A header may carry visible ASCII only; saying so here keeps the value out of the JDK's error.
    if (!value.chars().allMatch(character -> character > ' ' && character < 127)) {
      throw AdminFailure.refused(
          "the admin token from " + origin + " holds characters that a token never has");
    }
    return new AdminToken(value, origin);
  }

  /** Where the token came from ({@code --token}, {@code SPS_ADMIN_TOKEN} or the file's path). */
  String origin() {
    return origin;
  }

  /** The characters, for the {@code Authorization} header only. */
  String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "AdminToken[hidden]";
  }
}
