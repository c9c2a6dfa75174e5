package org.singlepassword.benchmarks.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.singlepassword.adapters.argon2.Argon2Parameters;
import org.singlepassword.adapters.argon2.Argon2idPasswordHasher;
import org.singlepassword.benchmarks.load.ChildService;
import org.singlepassword.benchmarks.load.ClosedLoop;
import org.singlepassword.benchmarks.load.HashTiming;
import org.singlepassword.benchmarks.load.HttpConnection;
import org.singlepassword.benchmarks.load.Machine;
import org.singlepassword.benchmarks.load.Options;
import org.singlepassword.benchmarks.load.Provisioning;
import org.singlepassword.domain.password.Password;

/**
 * Sign-in latency apart from hashing as the database grows: accounts are added in bulk up to each
 * size (1,000 to 1,000,000 by default), the jar is started on that database with the cheapest
 * Argon2 setting, and one client signs random accounts in. The database's size on disk is taken
 * with the service stopped. Takes a while at a million: run it for BENCHMARKS.md, not in CI.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.singlepassword.benchmarks.scale.ScaleRun
 * [--sizes 1000,10000] [--out DIR] [--seconds N]}
 */
public final class ScaleRun {

  private static final String ADMIN_TOKEN = "scale-run-admin-token-0123456789";
  private static final Password PASSWORD = Password.of("Scale-Run-Password-1");
  private static final Argon2Parameters CHEAPEST = new Argon2Parameters(8, 1, 1);
  private static final Map<String, String> SETTINGS =
      Map.of(
          "SPS_ADMIN_TOKEN", ADMIN_TOKEN,
          "SPS_DEMO_ACCOUNT", "false",
          "SPS_ARGON2_MEMORY_KIB", "8",
          "SPS_ARGON2_ITERATIONS", "1",
          "SPS_ARGON2_PARALLELISM", "1");

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    Path jar = Path.of(options.getOrDefault("jar", "bootstrap/target/single-password.jar"));
    Path out = Path.of(options.getOrDefault("out", "benchmarks/results"));
    Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "15")));
    int[] sizes =
        Arrays.stream(options.getOrDefault("sizes", "1000,10000,100000,1000000").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    List<String> javaOptions =
        List.of(options.getOrDefault("java-options", "-Xmx256m").split(" +"));
    Files.createDirectories(out);

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("date", LocalDateTime.now().withNano(0).toString());
    report.put("machine", Machine.describe());
    double hashMillis = new HashTiming(CHEAPEST).medianMillis(200, 1001);
    report.put("cheapestHashMillis", hashMillis);

    Path work = Files.createTempDirectory("sps-scale-run");
    Path dataDir = work.resolve("data");
    Path log = work.resolve("service.log");
    var precomputed = new Argon2idPasswordHasher(CHEAPEST, new SecureRandom()).hash(PASSWORD);
    String eService = null;
    List<Map<String, Object>> rows = new ArrayList<>();
    int stored = 0;
    for (int size : sizes) {
      long filling = System.nanoTime();
      BulkAccounts.add(dataDir, stored, size, PASSWORD, precomputed);
      double fillSeconds = (System.nanoTime() - filling) / 1e9;
      stored = size;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("accounts", size);
      row.put("fillSeconds", fillSeconds);
      row.put("databaseBytes", bytesUnder(dataDir.resolve("db")));
      try (ChildService service = ChildService.start(jar, javaOptions, dataDir, SETTINGS, log)) {
        row.put("startUpMillis", service.startUp().toNanos() / 1e6);
        if (eService == null) {
          eService = new Provisioning(service.address(), ADMIN_TOKEN).registerEService("scale");
        }
        String authorization = eService;
        ClosedLoop loop =
            new ClosedLoop(service.address(), measured.dividedBy(3), measured, () -> 0);
        ClosedLoop.Step step = loop.run("sign-in", 1, i -> randomSignIns(authorization, size));
        row.put("signIn", step);
        row.put("p50MinusHashMillis", step.successP50Millis() - hashMillis);
      }
      rows.add(row);
      System.err.printf(Locale.ROOT, "[scale-run] %s%n", row);
    }
    report.put("sizes", rows);
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("scale-" + stamp + ".json").toFile(), report);
    String markdown = markdown(report, rows, hashMillis);
    Files.writeString(out.resolve("scale-latest.md"), markdown);
    System.out.println(markdown);
  }

  private static ClosedLoop.Client randomSignIns(String eService, int accounts) {
    SplittableRandom random = new SplittableRandom(accounts);
    return () ->
        HttpConnection.postJson(
            "/api/v1/sign-in",
            eService,
            Provisioning.signInBody(
                BulkAccounts.username(random.nextInt(accounts)), PASSWORD.reveal()));
  }

  private static long bytesUnder(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              file -> {
                try {
                  return Files.size(file);
                } catch (IOException gone) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  @SuppressWarnings("unchecked")
  private static String markdown(
      Map<String, Object> report, List<Map<String, Object>> rows, double hashMillis) {
    Map<String, Object> machine = (Map<String, Object>) report.get("machine");
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "### Scale run, %s%n%n", report.get("date")));
    md.append(
        String.format(
            Locale.ROOT,
            "Machine: %s cores (%s), %s, %s; load average at start %s. Hashing at its cheapest"
                + " (8 KiB, 1 pass): %.2f ms a verification, so the latency is the rest of a"
                + " sign-in. One client, random accounts.%n%n",
            machine.get("cores"),
            machine.get("cpu"),
            machine.get("memory"),
            machine.get("java"),
            machine.get("loadAverageAtStart"),
            hashMillis));
    md.append(
        "| Accounts | Database on disk | Sign-ins/s | p50 ms | p99 ms | p50 − hash ms | Filled in"
            + " |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map<String, Object> row : rows) {
      ClosedLoop.Step step = (ClosedLoop.Step) row.get("signIn");
      md.append(
          String.format(
              Locale.ROOT,
              "| %,d | %.1f MiB | %.0f | %.2f | %.2f | %.2f | %.0f s |%n",
              (Integer) row.get("accounts"),
              (Long) row.get("databaseBytes") / 1048576.0,
              step.successesPerSecond(),
              step.successP50Millis(),
              step.successP99Millis(),
              (Double) row.get("p50MinusHashMillis"),
              (Double) row.get("fillSeconds")));
    }
    return md.toString();
  }
}
