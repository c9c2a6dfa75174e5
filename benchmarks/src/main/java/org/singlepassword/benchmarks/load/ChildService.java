package org.singlepassword.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built jar running as a child process on a free loopback port, as an operator starts it. Its
 * output goes to a log file beside the results, never to ours. Knows how long it took to answer its
 * first 200 and how much memory it holds (VmRSS).
 */
public final class ChildService implements AutoCloseable {

  private static final Duration LONGEST_START = Duration.ofSeconds(90);

  private final Process process;
  private final InetSocketAddress address;
  private final Duration startUp;

  private ChildService(Process process, InetSocketAddress address, Duration startUp) {
    this.process = process;
    this.address = address;
    this.startUp = startUp;
  }

  /**
   * Starts the jar with these settings on its data directory and waits for {@code GET
   * /api/v1/policy} to answer 200; the wait, from the moment the process was started, is the
   * start-up time.
   */
  public static ChildService start(
      Path jar, List<String> javaOptions, Path dataDir, Map<String, String> settings, Path log)
      throws IOException, InterruptedException {
    int port = freePort();
    Map<String, String> env = new HashMap<>(settings);
    env.put("SPS_HTTP_PORT", Integer.toString(port));
    env.put("SPS_DATA_DIR", dataDir.toString());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOptions);
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().keySet().removeIf(name -> name.startsWith("SPS_"));
    builder.environment().putAll(env);
    long started = System.nanoTime();
    Process process = builder.start();
    InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
    byte[] policy = HttpConnection.get("/api/v1/policy");
    long deadline = started + LONGEST_START.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service stopped at start; see " + log);
      }
      try (HttpConnection connection = new HttpConnection(address)) {
        if (connection.exchange(policy).status() == 200) {
          return new ChildService(process, address, Duration.ofNanos(System.nanoTime() - started));
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(5);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the service did not answer within " + LONGEST_START);
  }

  public InetSocketAddress address() {
    return address;
  }

  /** From starting the process to its first 200. */
  public Duration startUp() {
    return startUp;
  }

  /** Its resident memory now (VmRSS), in KiB; 0 once it has gone. */
  public long residentKiB() {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
      return 0;
    } catch (IOException gone) {
      return 0;
    }
  }

  /** Stops it as an operator does (SIGTERM) and waits for it to end. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException interrupted) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
