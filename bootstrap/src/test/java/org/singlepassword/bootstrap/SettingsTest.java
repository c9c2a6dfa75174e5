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
    int cores = Runtime.getRuntime().availableProcessors();

    assertEquals("127.0.0.1", settings.httpHost());
    assertEquals(7070, settings.httpPort());
    assertEquals(Path.of("./data").toAbsolutePath().normalize(), settings.dataDir());
    assertTrue(settings.adminToken().isEmpty());
    assertEquals(new Settings.PolicySettings(10, 128, "$\"\\/`", 3), settings.policy());
    assertEquals(new Settings.HashSettings(19456, 2, 1, cores, 4 * cores), settings.hashing());
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
    "SPS_HASHING_CONCURRENCY, 0",
    "SPS_HASHING_QUEUE, -1"
  })
  void anInvalidValueIsRefusedNamingTheVariable(String name, String value) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of(name, value)));

    assertTrue(refused.getMessage().startsWith(name + "="), refused.getMessage());
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
