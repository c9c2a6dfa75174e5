package org.singlepassword.bootstrap;

import java.util.Optional;

/**
 * Which database the service keeps its data in: the embedded HSQLDB file under the data directory
 * when {@code SPS_DB_URL} is unset, else the database it names, which several instances may share.
 * The password never shows in the text of the settings.
 */
public record DatabaseSettings(Optional<String> url, String username, String password) {

  private static final String URL = "SPS_DB_URL";
  private static final String USERNAME = "SPS_DB_USERNAME";
  private static final String PASSWORD = "SPS_DB_PASSWORD";

  /** The embedded HSQLDB file, today's default. */
  public static DatabaseSettings embedded() {
    return new DatabaseSettings(Optional.empty(), "", "");
  }

  /**
   * Reads {@code SPS_DB_URL}, {@code SPS_DB_USERNAME} and {@code SPS_DB_PASSWORD}.
   *
   * @throws IllegalArgumentException naming the variable, for a URL of a kind of database the
   *     service has no migrations for, a username without a URL or a URL without a username
   */
  static DatabaseSettings read(SettingReader read) {
    Optional<String> url = read.optionalText(URL);
    Optional<String> username = read.optionalText(USERNAME);
    String password = read.text(PASSWORD, "");
    if (url.isEmpty()) {
      if (username.isPresent() || !password.isEmpty()) {
        throw new IllegalArgumentException(
            USERNAME
                + " or "
                + PASSWORD
                + " is set but "
                + URL
                + " is not: set the URL too, or neither for the embedded database");
      }
      return embedded();
    }
    if (!url.get().startsWith("jdbc:postgresql:") && !url.get().startsWith("jdbc:hsqldb:")) {
      throw new IllegalArgumentException(
          URL
              + "="
              + withoutParameters(url.get())
              + " is not valid: expected jdbc:postgresql://host:5432/database"
              + " or jdbc:hsqldb:hsql://host/database");
    }
    if (username.isEmpty()) {
      throw new IllegalArgumentException(USERNAME + " is required with " + URL);
    }
    return new DatabaseSettings(url, username.get(), password);
  }

  /** Keeps the password out of logs, and whatever a URL carries after its path. */
  @Override
  public String toString() {
    return url.map(value -> withoutParameters(value) + " as " + username)
        .orElse("embedded HSQLDB file");
  }

  /** A URL up to its parameters ({@code ?…} or {@code ;…}), which may hold a password. */
  private static String withoutParameters(String url) {
    int parameters = url.length();
    for (char separator : new char[] {'?', ';'}) {
      int at = url.indexOf(separator);
      if (at >= 0) {
        parameters = Math.min(parameters, at);
      }
    }
    return url.substring(0, parameters);
  }
}
