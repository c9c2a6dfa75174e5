package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    Settings settings = Settings.from(Map.of());

    assertEquals("127.0.0.1", settings.httpHost());
    assertEquals(7070, settings.httpPort());
    assertEquals(Path.of("./data").toAbsolutePath().normalize(), settings.dataDir());
    assertTrue(settings.adminToken().isEmpty());
    assertEquals(new Settings.PolicySettings(10, 128, "$\"\\/`", 3), settings.policy());
    assertEquals(new Settings.HashSettings(19456, 2, 1), settings.hashing());
    assertEquals(Duration.ofMinutes(30), settings.sessionIdleTimeout());
  }

  @ParameterizedTest
  @CsvSource({
    "SPS_HTTP_PORT, 70000",
    "SPS_HTTP_PORT, seven",
    "SPS_PASSWORD_MAX_LENGTH, 32",
    "SPS_PASSWORD_HISTORY, -1",
    "SPS_DEMO_ACCOUNT, maybe",
    "SPS_HELP_URL, ftp://help",
    "SPS_SESSION_IDLE_TIMEOUT, 30 minutes",
    "SPS_ARGON2_MEMORY_KIB, 0"
  })
  void anInvalidValueIsRefusedNamingTheVariable(String name, String value) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of(name, value)));

    assertTrue(refused.getMessage().startsWith(name + "="), refused.getMessage());
  }

  @Test
  void noDatabaseUrlMeansTheEmbeddedFile() {
    assertEquals(DatabaseSettings.embedded(), Settings.from(Map.of()).database());
  }

  @Test
  void aDatabaseUrlChoosesThatDatabaseWithItsCredentials() {
    Settings settings =
        Settings.from(
            Map.of(
                "SPS_DB_URL", "jdbc:postgresql://db.example.edu:5432/sps",
                "SPS_DB_USERNAME", "sps",
                "SPS_DB_PASSWORD", "db-secret"));

    assertEquals(
        new DatabaseSettings(
            java.util.Optional.of("jdbc:postgresql://db.example.edu:5432/sps"), "sps", "db-secret"),
        settings.database());
    assertTrue(settings.toString().contains("jdbc:postgresql://db.example.edu:5432/sps as sps"));
  }

  @ParameterizedTest
  @CsvSource({
    "jdbc:mysql://db.example.edu/sps, SPS_DB_URL=jdbc:mysql://db.example.edu/sps is not valid",
    "postgresql://db.example.edu/sps, SPS_DB_URL=postgresql://db.example.edu/sps is not valid"
  })
  void aDatabaseUrlOfAnotherKindIsRefusedNamingTheVariable(String url, String message) {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> Settings.from(Map.of("SPS_DB_URL", url, "SPS_DB_USERNAME", "sps")));

    assertTrue(refused.getMessage().startsWith(message), refused.getMessage());
  }

  @Test
  void aDatabaseUrlNeedsAUsernameAndCredentialsNeedAUrl() {
    IllegalArgumentException noUsername =
        assertThrows(
            IllegalArgumentException.class,
            () -> Settings.from(Map.of("SPS_DB_URL", "jdbc:postgresql://db.example.edu/sps")));
    IllegalArgumentException noUrl =
        assertThrows(
            IllegalArgumentException.class,
            () -> Settings.from(Map.of("SPS_DB_USERNAME", "sps", "SPS_DB_PASSWORD", "x")));

    assertTrue(noUsername.getMessage().startsWith("SPS_DB_USERNAME is required"));
    assertTrue(noUrl.getMessage().contains("SPS_DB_URL is not"), noUrl.getMessage());
  }

  /** Neither the password setting nor one carried in the URL's parameters. */
  @Test
  void theDatabasePasswordNeverShowsInTheSettingsText() {
    Settings settings =
        Settings.from(
            Map.of(
                "SPS_DB_URL", "jdbc:postgresql://db.example.edu/sps?password=url-secret",
                "SPS_DB_USERNAME", "sps",
                "SPS_DB_PASSWORD", "db-secret"));

    assertFalse(settings.toString().contains("db-secret"), settings.toString());
    assertFalse(settings.toString().contains("url-secret"), settings.toString());
  }

  @Test
  void theAdminTokenNeverShowsInTheSettingsText() {
    Settings settings = Settings.from(Map.of("SPS_ADMIN_TOKEN", "very-secret-token"));

    assertFalse(settings.toString().contains("very-secret-token"));
  }
}
