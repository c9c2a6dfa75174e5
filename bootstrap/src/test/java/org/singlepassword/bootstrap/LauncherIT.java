package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command, for real: {@code java -jar bootstrap/target/single-password.jar} in a child
 * JVM on an empty data directory prints how to sign in as the demo account, and that works. Runs
 * after {@code package} (Failsafe), when the jar exists.
 */
class LauncherIT {

  private static final Pattern DEMO =
      Pattern.compile("as \"demo\" with the initial password (\\S+)");

  @TempDir Path dataDir;

  @Test
  void theJarStartsOnItsEmbeddedDefaultsAndTheDemoAccountSignsIn() throws Exception {
    LaunchedService first = launch();
    try {
      Matcher demo = first.await(DEMO);
      Person person = new Person(first.base());
      var signedIn = person.signIn("demo", demo.group(1));
      assertEquals(303, signedIn.statusCode());
      assertEquals(
          "/profile/password",
          URI.create(signedIn.headers().firstValue("Location").get()).getPath());
      assertTrue(Files.exists(dataDir.resolve("admin-token")), "an admin token was generated");
    } finally {
      first.stop();
    }

    LaunchedService second = launch();
    try {
      second.await(LaunchedService.UP);
      assertFalse(
          second.output().stream().anyMatch(line -> line.contains("initial password")),
          "the demo account is made once");
    } finally {
      second.stop();
    }
  }

  private LaunchedService launch() throws IOException {
    return LaunchedService.start(dataDir, Map.of());
  }
}
