package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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

  private static final Pattern UP = Pattern.compile("is up: (http://[^ ]+)/sign-in");
  private static final Pattern DEMO =
      Pattern.compile("as \"demo\" with the initial password (\\S+)");

  @TempDir Path dataDir;

  @Test
  void theJarStartsOnItsEmbeddedDefaultsAndTheDemoAccountSignsIn() throws Exception {
    Launched first = launch();
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

    Launched second = launch();
    try {
      second.await(UP);
      assertFalse(
          second.output().stream().anyMatch(line -> line.contains("initial password")),
          "the demo account is made once");
    } finally {
      second.stop();
    }
  }

  private Launched launch() throws IOException {
    Path jar = Path.of("target", "single-password.jar").toAbsolutePath();
    assertTrue(Files.exists(jar), "run after package: " + jar);
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString())
            .redirectErrorStream(true);
    builder.environment().put("SPS_HTTP_PORT", "0");
    builder.environment().put("SPS_DATA_DIR", dataDir.toString());
    builder.environment().remove("SPS_ADMIN_TOKEN");
    builder.environment().remove("SPS_DEMO_ACCOUNT");
    return new Launched(builder.start());
  }

  /** A child JVM whose output is read line by line (never inherited: Surefire owns our stdout). */
  private static final class Launched {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    Launched(Process process) {
      this.process = process;
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader output =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  output.lines().forEach(lines::add);
                } catch (IOException | UncheckedIOException closed) {
                  // The child has gone; what it said is in lines.
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    Matcher await(Pattern pattern) throws InterruptedException {
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (Instant.now().isBefore(deadline)) {
        for (String line : lines) {
          Matcher matcher = pattern.matcher(line);
          if (matcher.find()) {
            return matcher;
          }
        }
        if (!process.isAlive()) {
          throw new AssertionError("the service stopped: " + String.join("\n", lines));
        }
        Thread.sleep(50);
      }
      throw new AssertionError("no line matching " + pattern + " in:\n" + String.join("\n", lines));
    }

    URI base() throws InterruptedException {
      return URI.create(await(UP).group(1) + "/");
    }

    List<String> output() {
      return List.copyOf(lines);
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the service did not stop on SIGTERM");
      }
    }
  }
}
