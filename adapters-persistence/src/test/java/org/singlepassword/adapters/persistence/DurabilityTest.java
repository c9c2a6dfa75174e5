package org.singlepassword.adapters.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.account.JdbiAccountRepository;
import org.singlepassword.domain.account.Username;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An acknowledged write survives a crash: a child JVM adds accounts and acknowledges each commit,
 * is killed without warning (SIGKILL), and every account it acknowledged must be there on
 * reopening.
 */
class DurabilityTest {

  private static final Logger LOG = LoggerFactory.getLogger(DurabilityTest.class);
  private static final int ACKNOWLEDGEMENTS_BEFORE_THE_KILL = 200;

  @TempDir Path dataDirectory;

  @Test
  void everyAcknowledgedAccountSurvivesAKill() throws Exception {
    Process writer = startWriter();
    List<String> acknowledged = new ArrayList<>();
    try {
      // Read, never inherited: the child's output on ours would corrupt Surefire's channel.
      CompletableFuture<String> errors =
          CompletableFuture.supplyAsync(() -> readAll(writer.getErrorStream()));
      try (Reader output = new InputStreamReader(writer.getInputStream(), UTF_8)) {
        while (acknowledged.size() < ACKNOWLEDGEMENTS_BEFORE_THE_KILL
            && collectAcknowledgement(output, acknowledged)) {}
        // Through the handle: Process.destroyForcibly would also close the pipe still to be read.
        writer.toHandle().destroyForcibly();
        assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer outlived its kill");
        // Lines written before the kill and still in the pipe were acknowledged too.
        while (collectAcknowledgement(output, acknowledged)) {}
      }
      assertTrue(
          acknowledged.size() >= ACKNOWLEDGEMENTS_BEFORE_THE_KILL,
          () -> "the writer stopped early: " + errors.join());
    } finally {
      writer.destroyForcibly();
    }

    long reopening = System.nanoTime();
    try (Database database = Database.openEmbedded(dataDirectory)) {
      Duration reopened = Duration.ofNanos(System.nanoTime() - reopening);
      JdbiAccountRepository accounts = new JdbiAccountRepository(database.jdbi());
      List<String> lost =
          acknowledged.stream()
              .filter(username -> accounts.findByUsername(new Username(username)).isEmpty())
              .toList();
      LOG.info(
          "{} accounts acknowledged before the kill; reopened in {} ms; lost: {}",
          acknowledged.size(),
          reopened.toMillis(),
          lost.size());
      assertEquals(List.of(), lost, "acknowledged, then lost");
    }
  }

  private Process startWriter() throws IOException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            DurabilityWriter.class.getName(),
            dataDirectory.toString())
        .start();
  }

  /**
   * Reads the next line and adds the username it acknowledges; false at the end of the output,
   * where a line the kill cut short, without its newline, acknowledges nothing.
   */
  private static boolean collectAcknowledgement(Reader output, List<String> acknowledged)
      throws IOException {
    StringBuilder line = new StringBuilder();
    for (int next = output.read(); next != -1; next = output.read()) {
      if (next == '\n') {
        if (line.indexOf(DurabilityWriter.ACKNOWLEDGED) == 0) {
          acknowledged.add(line.substring(DurabilityWriter.ACKNOWLEDGED.length()));
        }
        return true;
      }
      line.append((char) next);
    }
    return false;
  }

  private static String readAll(InputStream stream) {
    try (stream) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      stream.transferTo(bytes);
      return bytes.toString(UTF_8);
    } catch (IOException failure) {
      return "(stderr unreadable: " + failure + ")";
    }
  }
}
