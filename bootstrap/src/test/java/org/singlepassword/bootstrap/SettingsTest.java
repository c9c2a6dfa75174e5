package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.singlepassword.adapters.argon2.Peppers;
import org.singlepassword.domain.policy.PolicyParameters;
import org.singlepassword.domain.policy.PolicyProfile;

class SettingsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    Settings settings = Settings.from(Map.of());
    int cores = Runtime.getRuntime().availableProcessors();

    assertEquals("127.0.0.1", settings.httpHost());
    assertEquals(7070, settings.httpPort());
    assertEquals(Path.of("./data").toAbsolutePath().normalize(), settings.dataDir());
    assertTrue(settings.adminToken().isEmpty());
    assertEquals(
        new Settings.PolicySettings(PolicyProfile.FAQ.defaults(), Optional.empty()),
        settings.policy());
    assertEquals(
        new PolicyParameters(
            PolicyProfile.FAQ, 10, 128, "$\"\\/`", true, true, true, true, true, 3),
        settings.policy().parameters());
    assertEquals(
        new Settings.HashSettings(19456, 2, 1, Peppers.none(), cores, 4 * cores),
        settings.hashing());
    assertEquals(Optional.of(Duration.ofDays(180)), settings.aging().maxAge());
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
    "SPS_ARGON2_MEMORY_KIB, 0",
    "SPS_POLICY_PROFILE, nist",
    "SPS_PASSWORD_COMPOSITION, sometimes",
    "SPS_PASSWORD_BLOCKLIST_FILE, /no/such/list.txt",
    "SPS_HASHING_CONCURRENCY, 0",
    "SPS_HASHING_QUEUE, -1"
  })
  void anInvalidValueIsRefusedNamingTheVariable(String name, String value) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of(name, value)));

    assertTrue(refused.getMessage().startsWith(name + "="), refused.getMessage());
  }

  @Nested
  class PolicyProfiles {

    @Test
    void theNistProfileChangesTheDefaults() {
      Settings settings = Settings.from(Map.of("SPS_POLICY_PROFILE", "nist-800-63b"));

      assertEquals(PolicyProfile.NIST_800_63B.defaults(), settings.policy().parameters());
      assertEquals(15, settings.policy().parameters().minLength());
      assertEquals(Optional.empty(), settings.aging().maxAge(), "no forced regular change");
    }

    @Test
    void everyValueCanStillBeOverridden() {
      Settings settings =
          Settings.from(
              Map.ofEntries(
                  Map.entry("SPS_POLICY_PROFILE", "nist-800-63b"),
                  Map.entry("SPS_PASSWORD_MIN_LENGTH", "12"),
                  Map.entry("SPS_PASSWORD_MAX_LENGTH", "200"),
                  Map.entry("SPS_PASSWORD_FORBIDDEN_CHARACTERS", "`"),
                  Map.entry("SPS_PASSWORD_FORBID_WHITESPACE", "true"),
                  Map.entry("SPS_PASSWORD_COMPOSITION", "true"),
                  Map.entry("SPS_PASSWORD_BLOCKLIST", "false"),
                  Map.entry("SPS_PASSWORD_PERSONAL_DATA", "false"),
                  Map.entry("SPS_PASSWORD_SIMILARITY", "true"),
                  Map.entry("SPS_PASSWORD_HISTORY", "5"),
                  Map.entry("SPS_PASSWORD_MAX_AGE", "P365D")));

      assertEquals(
          new PolicyParameters(
              PolicyProfile.NIST_800_63B, 12, 200, "`", true, true, false, false, true, 5),
          settings.policy().parameters());
      assertEquals(Optional.of(Duration.ofDays(365)), settings.aging().maxAge());
    }

    @Test
    void noneForbidsNoCharacterWhichAnEmptyValueCannotSay() {
      assertEquals(
          "",
          Settings.from(Map.of("SPS_PASSWORD_FORBIDDEN_CHARACTERS", "none"))
              .policy()
              .parameters()
              .forbiddenCharacters());
      assertEquals(
          "$\"\\/`",
          Settings.from(Map.of("SPS_PASSWORD_FORBIDDEN_CHARACTERS", ""))
              .policy()
              .parameters()
              .forbiddenCharacters());
    }

    @Test
    void aMinimumAboveTheMaximumIsRefusedNamingTheMinimum() {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> Settings.from(Map.of("SPS_PASSWORD_MIN_LENGTH", "200")));

      assertTrue(refused.getMessage().startsWith("SPS_PASSWORD_MIN_LENGTH=200"));
    }

    @Test
    void anOwnListMustBeAReadableFile(@TempDir Path dir) throws Exception {
      Path list = Files.writeString(dir.resolve("own.txt"), "soul2024\n");

      assertEquals(
          Optional.of(list),
          Settings.from(Map.of("SPS_PASSWORD_BLOCKLIST_FILE", list.toString()))
              .policy()
              .blocklistFile());
      assertThrows(
          IllegalArgumentException.class,
          () -> Settings.from(Map.of("SPS_PASSWORD_BLOCKLIST_FILE", dir.toString())));
    }
  }

  @Nested
  class ThePepper {

    private static final String SECRET = "c2VjcmV0LW9uZS1vZi0zMi1ieXRlcy14eHh4eHh4eA";

    @Test
    void isReadFromTheVariable() {
      Settings settings = Settings.from(Map.of("SPS_PASSWORD_PEPPER", "v1:" + SECRET));

      assertEquals("Peppers[v1]", settings.hashing().peppers().toString());
      assertFalse(settings.toString().contains(SECRET));
    }

    @Test
    void isReadFromAFileCurrentKeyFirst(@TempDir Path dir) throws Exception {
      Path file =
          Files.writeString(dir.resolve("pepper"), "v2:" + SECRET + "x,v1:" + SECRET + "\n");

      Settings settings = Settings.from(Map.of("SPS_PASSWORD_PEPPER_FILE", file.toString()));

      assertEquals("Peppers[v2, v1]", settings.hashing().peppers().toString());
    }

    @Test
    void mayNotComeFromBothPlaces(@TempDir Path dir) throws Exception {
      Path file = Files.writeString(dir.resolve("pepper"), "v1:" + SECRET);

      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Settings.from(
                      Map.of(
                          "SPS_PASSWORD_PEPPER",
                          "v1:" + SECRET,
                          "SPS_PASSWORD_PEPPER_FILE",
                          file.toString())));

      assertTrue(refused.getMessage().contains("both set"), refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"v1:too-short", "no-id-at-all", "v1:" + SECRET + ";v1:" + SECRET})
    void aBadOneIsRefusedNamingTheVariableButNeverTheSecret(String value) {
      String written = value.replace(';', ',');
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> Settings.from(Map.of("SPS_PASSWORD_PEPPER", written)));

      assertTrue(refused.getMessage().startsWith("SPS_PASSWORD_PEPPER is not valid"));
      assertFalse(refused.getMessage().contains(SECRET), refused.getMessage());
      assertFalse(refused.getMessage().contains("too-short"), refused.getMessage());
    }

    @Test
    void aMissingFileIsRefusedNamingTheVariable() {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> Settings.from(Map.of("SPS_PASSWORD_PEPPER_FILE", "/no/such/pepper")));

      assertTrue(refused.getMessage().startsWith("SPS_PASSWORD_PEPPER_FILE="));
    }
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
  void theHashingQueueIsFourTimesTheConcurrencyUnlessSet() {
    assertEquals(12, Settings.from(Map.of("SPS_HASHING_CONCURRENCY", "3")).hashing().queue());
    assertEquals(
        0,
        Settings.from(Map.of("SPS_HASHING_CONCURRENCY", "3", "SPS_HASHING_QUEUE", "0"))
            .hashing()
            .queue());
  }

  @Test
  void theAdminTokenNeverShowsInTheSettingsText() {
    Settings settings = Settings.from(Map.of("SPS_ADMIN_TOKEN", "very-secret-token"));

    assertFalse(settings.toString().contains("very-secret-token"));
  }
}
