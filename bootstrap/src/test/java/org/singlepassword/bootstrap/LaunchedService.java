package org.singlepassword.bootstrap;

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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable jar in a child JVM, as an operator starts it, on a free port and the given data
 * directory. Its output is read line by line, never inherited: Surefire owns our stdout.
 */
final class LaunchedService {

  static final Pattern UP = Pattern.compile("is up: (http://[^ ]+)/sign-in");

  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private LaunchedService(Process process) {
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

  /**
   * Starts {@code target/single-password.jar} (run after package) with these settings only: any
   * {@code SPS_*} variable of the test's own environment is left out.
   */
  static LaunchedService start(Path dataDir, Map<String, String> settings) throws IOException {
    Path jar = Path.of("target", "single-password.jar").toAbsolutePath();
    assertTrue(Files.exists(jar), "run after package: " + jar);
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString())
            .redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("SPS_"));
    builder.environment().put("SPS_HTTP_PORT", "0");
    builder.environment().put("SPS_DATA_DIR", dataDir.toString());
    builder.environment().putAll(settings);
    return new LaunchedService(builder.start());
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

  /** Where it listens, once it says it is up. */
  URI base() throws InterruptedException {
    return URI.create(await(UP).group(1) + "/");
  }

  List<String> output() {
    return List.copyOf(lines);
  }

  /** Stops it as an operator does (SIGTERM), which must end it cleanly. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the service did not stop on SIGTERM");
    }
  }

  /** Kills it without warning (SIGKILL), as a power cut or the OOM killer would. */
  void kill() throws InterruptedException {
    process.toHandle().destroyForcibly();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new AssertionError("the service outlived SIGKILL");
    }
  }

  /** Makes sure nothing outlives the test, whatever happened in it. */
  void killIfAlive() {
    process.toHandle().destroyForcibly();
  }
}
