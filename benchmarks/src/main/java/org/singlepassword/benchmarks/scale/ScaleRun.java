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
import org.singlepassword.benchmarks.load.LoadRun;
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
  private static final int ROUNDS = 3;
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
        List.of(options.getOrDefault("java-options", LoadRun.DEFAULT_JAVA_OPTIONS).split(" +"));
    Files.createDirectories(out);

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("date", LocalDateTime.now().withNano(0).toString());
    report.put("machine", Machine.describe());
    double hashMillis = new HashTiming(CHEAPEST).medianMillis(200, 1001);
    report.put("cheapestHashMillis", hashMillis);
    report.put("warmUpSeconds", measured.dividedBy(3).toSeconds());

    Path work = Files.createTempDirectory("sps-scale-run");
    Path dataDir = work.resolve("data");
    Path log = work.resolve("service.log");
    String eService;
    try (ChildService empty = ChildService.start(jar, javaOptions, dataDir, SETTINGS, log)) {
      eService = new Provisioning(empty.address(), ADMIN_TOKEN).registerEService("scale");
    }
    // Fill once, keeping a copy of the database at each size; then measure the copies in turns,
    // so that a busy moment of a shared machine spreads over every size instead of hitting one.
    var precomputed = new Argon2idPasswordHasher(CHEAPEST, new SecureRandom()).hash(PASSWORD);
    List<Map<String, Object>> rows = new ArrayList<>();
    int stored = 0;
    for (int size : sizes) {
      long filling = System.nanoTime();
      BulkAccounts.add(dataDir, stored, size, PASSWORD, precomputed);
      stored = size;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("accounts", size);
      row.put("fillSeconds", (System.nanoTime() - filling) / 1e9);
      row.put("databaseBytes", bytesUnder(dataDir.resolve("db")));
      Path copy = work.resolve("accounts-" + size);
      copyTree(dataDir, copy);
      row.put("dataDir", copy.toString());
      row.put("rounds", new ArrayList<ClosedLoop.Step>());
      rows.add(row);
      System.err.printf(Locale.ROOT, "[scale-run] filled %s%n", row);
    }
    for (int round = 0; round < ROUNDS; round++) {
      for (Map<String, Object> row : rows) {
        int size = (Integer) row.get("accounts");
        Path copy = Path.of((String) row.get("dataDir"));
        try (ChildService service = ChildService.start(jar, javaOptions, copy, SETTINGS, log)) {
          ClosedLoop loop =
              new ClosedLoop(service.address(), measured.dividedBy(3), measured, () -> 0);
          ClosedLoop.Step step = loop.run("sign-in", 1, i -> randomSignIns(eService, size));
          rounds(row).add(step);
          System.err.printf(Locale.ROOT, "[scale-run] %,d accounts: %s%n", size, step);
        }
      }
    }
    for (Map<String, Object> row : rows) {
      row.put("medianP50Millis", median(rounds(row), ClosedLoop.Step::successP50Millis));
      row.put("medianP99Millis", median(rounds(row), ClosedLoop.Step::successP99Millis));
      row.put("medianPerSecond", median(rounds(row), ClosedLoop.Step::successesPerSecond));
    }
    // The copies take a gigabyte at a million accounts: only the service's log is kept.
    for (Map<String, Object> row : rows) {
      deleteTree(Path.of((String) row.get("dataDir")));
    }
    deleteTree(dataDir);
    report.put("serviceLog", log.toString());
    report.put("sizes", rows);
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("scale-" + stamp + ".json").toFile(), report);
    String markdown = markdown(report, rows, hashMillis);
    Files.writeString(out.resolve("scale-latest.md"), markdown);
    System.out.println(markdown);
  }

  @SuppressWarnings("unchecked")
  private static List<ClosedLoop.Step> rounds(Map<String, Object> row) {
    return (List<ClosedLoop.Step>) row.get("rounds");
  }

  private static double median(
      List<ClosedLoop.Step> steps, java.util.function.ToDoubleFunction<ClosedLoop.Step> figure) {
    double[] values = steps.stream().mapToDouble(figure).sorted().toArray();
    return values[values.length / 2];
  }

  private static void deleteTree(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file :
          (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
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
      md.append(
          String.format(
              Locale.ROOT,
              "| %,d | %.1f MiB | %.0f | %.2f | %.2f | %.2f | %.0f s |%n",
              (Integer) row.get("accounts"),
              (Long) row.get("databaseBytes") / 1048576.0,
              (Double) row.get("medianPerSecond"),
              (Double) row.get("medianP50Millis"),
              (Double) row.get("medianP99Millis"),
              (Double) row.get("medianP50Millis") - hashMillis,
              (Double) row.get("fillSeconds")));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%nMedians of %d rounds; in each round every size is measured in turn (%s s warm-up,"
                + " then a measured window).%n",
            ROUNDS,
            report.get("warmUpSeconds")));
    return md.toString();
  }
}
