package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenFileTest {

  @TempDir Path dataDir;

  @Test
  void aGeneratedTokenIsKeptReadableByItsOwnerOnlyAndReusedAtTheNextStart() throws Exception {
    Settings settings = Settings.from(Map.of()).withHttpPortAndDataDir(0, dataDir);

    AdminTokenFile.Resolved first = AdminTokenFile.resolve(settings, new SecureRandom());
    AdminTokenFile.Resolved second = AdminTokenFile.resolve(settings, new SecureRandom());

    Path file = dataDir.resolve(AdminTokenFile.FILE_NAME);
    assertEquals(
        Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
        Files.getPosixFilePermissions(file));
    assertEquals(first.token().reveal(), second.token().reveal());
    assertTrue(first.token().reveal().length() >= 43, "256 random bits");
  }

  @Test
  void theEnvironmentTokenWinsAndNoFileIsWritten() {
    Settings settings =
        Settings.from(Map.of("SPS_ADMIN_TOKEN", "from-the-environment"))
            .withHttpPortAndDataDir(0, dataDir);

    AdminTokenFile.Resolved resolved = AdminTokenFile.resolve(settings, new SecureRandom());

    assertEquals("from-the-environment", resolved.token().reveal());
    assertTrue(Files.notExists(dataDir.resolve(AdminTokenFile.FILE_NAME)));
  }
}
