package org.singlepassword.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.singlepassword.adapters.argon2.Argon2Parameters;

/**
 * The HTTP load run behind BENCHMARKS.md: times one hash in this process, starts the built jar as a
 * child on loopback with production hashing, provisions accounts through the admin API, and
 * measures start-up, sign-in at 2, 8 and 64 clients and under overload at 256, changes of password,
 * the policy endpoint, and resident memory. Writes JSON and Markdown to the results folder.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.singlepassword.benchmarks.load.LoadRun
 * [--jar PATH] [--out DIR] [--seconds N]}
 */
public final class LoadRun {

  private static final String ADMIN_TOKEN = "load-run-admin-token-0123456789";
  private static final int SIGN_IN_ACCOUNTS = 64;
  private static final int CHANGE_CLIENTS = 8;

  /**
   * The JVM options BENCHMARKS.md recommends. A bounded heap: left to its defaults the JVM takes a
   * quarter of the machine's memory and, with 19 MiB of garbage a hash, grows towards it under
   * load. A young generation of 256 MiB: with less, collections come every few hashes and copy the
   * hashes in progress, and two cores hash half as fast.
   */
  public static final String DEFAULT_JAVA_OPTIONS = "-Xmx384m -Xmn256m";

  private final Path jar;
  private final List<String> javaOptions;
  private final Path out;
  private final Duration measured;
  private final Duration warmUp;

  private LoadRun(Path jar, List<String> javaOptions, Path out, Duration measured) {
    this.jar = jar;
    this.javaOptions = javaOptions;
    this.out = out;
    this.measured = measured;
    this.warmUp = measured.dividedBy(3);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    LoadRun run =
        new LoadRun(
            Path.of(options.getOrDefault("jar", "bootstrap/target/single-password.jar")),
            List.of(options.getOrDefault("java-options", DEFAULT_JAVA_OPTIONS).split(" +")),
            Path.of(options.getOrDefault("out", "benchmarks/results")),
            Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "15"))));
    System.out.println(run.run());
  }

  /** Runs every step and returns the Markdown it wrote. */
  String run() throws Exception {
    Files.createDirectories(out);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("date", LocalDateTime.now().withNano(0).toString());
    report.put("machine", Machine.describe());
    report.put("javaOptions", String.join(" ", javaOptions));

    HashTiming timing = new HashTiming(Argon2Parameters.DEFAULTS);
    double hashMillis = timing.medianMillis(20, 41);
    int cores = Runtime.getRuntime().availableProcessors();
    double limit = cores * 1000.0 / hashMillis;
    Map<String, Object> hashing = new LinkedHashMap<>();
    hashing.put("parameters", Argon2Parameters.DEFAULTS.toString());
    hashing.put("medianVerifyMillis", hashMillis);
    hashing.put("pureHashingLimitPerSecond", limit);
    hashing.put("allCoresHashingPerSecond", timing.parallelPerSecond(5));
    report.put("hashing", hashing);
    log("one hash: %.1f ms; pure-hashing limit %.1f/s", hashMillis, limit);

    Path work = Files.createTempDirectory("sps-load-run");
    Path serviceLog = work.resolve("service.log");
    Map<String, String> settings =
        Map.of("SPS_ADMIN_TOKEN", ADMIN_TOKEN, "SPS_DEMO_ACCOUNT", "false");
    report.put("startUp", startUps(work, settings, serviceLog));

    List<ClosedLoop.Step> steps = new ArrayList<>();
    List<Double> limits = new ArrayList<>();
    Map<String, Object> memory = new LinkedHashMap<>();
    try (ChildService service =
        ChildService.start(jar, javaOptions, work.resolve("data"), settings, serviceLog)) {
      Thread.sleep(3_000);
      memory.put("idleAfterStartKiB", service.residentKiB());
      Provisioning admin = new Provisioning(service.address(), ADMIN_TOKEN);
      String eService = admin.registerEService("load-run");
      List<String> signIn = Provisioning.usernames("load", SIGN_IN_ACCOUNTS);
      List<String> change = Provisioning.usernames("change", CHANGE_CLIENTS);
      provision(admin, eService, signIn, change);
      log("provisioned %d accounts", signIn.size() + change.size());

      ClosedLoop loop = new ClosedLoop(service.address(), warmUp, measured, service::residentKiB);
      for (int clients : new int[] {2, 8, 64, 256}) {
        // The machine is shared: the limit is timed again just before each step it is set against.
        limits.add(cores * 1000.0 / timing.medianMillis(3, 21));
        steps.add(loop.run("sign-in", clients, i -> signInClient(eService, signIn, i)));
        log("limit %.1f/s; %s", limits.get(limits.size() - 1), steps.get(steps.size() - 1));
      }
      steps.add(
          loop.run("change-password", CHANGE_CLIENTS, i -> changeClient(eService, change.get(i))));
      log("%s", steps.get(steps.size() - 1));
      byte[] policy = HttpConnection.get("/api/v1/policy");
      steps.add(loop.run("policy", 8, i -> () -> policy));
      log("%s", steps.get(steps.size() - 1));
      Thread.sleep(5_000);
      memory.put("idleAfterLoadKiB", service.residentKiB());
    }
    memory.put(
        "mostUnderLoadKiB",
        steps.stream().mapToLong(ClosedLoop.Step::maxResidentKiB).max().orElse(0));
    report.put("memory", memory);
    report.put("steps", steps);
    report.put("signInLimitsPerSecond", limits);
    report.put("serviceLog", serviceLog.toString());

    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("load-" + stamp + ".json").toFile(), report);
    String markdown = LoadReport.markdown(report, steps, limits);
    Files.writeString(out.resolve("load-latest.md"), markdown);
    return markdown;
  }

  /**
   * Start-up to the first 200, three times each: on an empty data directory (the database is
   * created), on an existing one, and on an existing one with an application class-data archive
   * (AppCDS) that a first start wrote, which spares the JVM most of its class loading.
   */
  private Map<String, Object> startUps(Path work, Map<String, String> settings, Path serviceLog)
      throws IOException, InterruptedException {
    double[] empty = new double[3];
    double[] existing = new double[3];
    double[] archived = new double[3];
    Path archive = work.resolve("single-password.jsa");
    try (ChildService writer =
        ChildService.start(
            jar,
            with(javaOptions, "-XX:ArchiveClassesAtExit=" + archive),
            work.resolve("archive"),
            settings,
            serviceLog)) {
      log("class-data archive written by a start of %d ms", writer.startUp().toMillis());
    }
    List<String> withArchive = with(javaOptions, "-XX:SharedArchiveFile=" + archive);
    for (int i = 0; i < empty.length; i++) {
      Path dir = work.resolve("start-" + i);
      empty[i] = startUp(javaOptions, dir, settings, serviceLog);
      existing[i] = startUp(javaOptions, dir, settings, serviceLog);
      archived[i] = startUp(withArchive, dir, settings, serviceLog);
    }
    Map<String, Object> startUp = new LinkedHashMap<>();
    startUp.put("emptyDataDirMillis", sorted(empty));
    startUp.put("existingDataDirMillis", sorted(existing));
    startUp.put("existingWithClassDataArchiveMillis", sorted(archived));
    startUp.put("medianEmptyMillis", empty[1]);
    startUp.put("medianExistingMillis", existing[1]);
    startUp.put("medianWithClassDataArchiveMillis", archived[1]);
    startUp.put("classDataArchiveOption", "-XX:SharedArchiveFile=single-password.jsa");
    log(
        "start-up ms: empty %s, existing %s, with AppCDS %s",
        Arrays.toString(empty), Arrays.toString(existing), Arrays.toString(archived));
    return startUp;
  }

  private double startUp(
      List<String> options, Path dir, Map<String, String> settings, Path serviceLog)
      throws IOException, InterruptedException {
    try (ChildService started = ChildService.start(jar, options, dir, settings, serviceLog)) {
      return started.startUp().toNanos() / 1e6;
    }
  }

  private static double[] sorted(double[] values) {
    Arrays.sort(values);
    return values;
  }

  private static List<String> with(List<String> options, String option) {
    List<String> all = new ArrayList<>(options);
    all.add(option);
    return all;
  }

  private static void provision(
      Provisioning admin, String eService, List<String> signIn, List<String> change)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (String username : signIn) {
        done.add(
            pool.submit(
                () -> {
                  admin.activeAccount(username, initial(username), password(username), eService);
                  return null;
                }));
      }
      for (String username : change) {
        done.add(
            pool.submit(
                () -> {
                  admin.activeAccount(
                      username, initial(username), generation(username, 0), eService);
                  return null;
                }));
      }
      for (Future<?> account : done) {
        account.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static ClosedLoop.Client signInClient(String eService, List<String> accounts, int i) {
    String username = accounts.get(i % accounts.size());
    byte[] request =
        HttpConnection.postJson(
            "/api/v1/sign-in", eService, Provisioning.signInBody(username, password(username)));
    return () -> request;
  }

  /** Changes one account's password again and again, a new one each time. */
  private static ClosedLoop.Client changeClient(String eService, String username) {
    return new ClosedLoop.Client() {
      private int generation;

      @Override
      public byte[] next() {
        return HttpConnection.postJson(
            "/api/v1/accounts/" + username + "/password",
            eService,
            Provisioning.changeBody(
                generation(username, generation), generation(username, generation + 1)));
      }

      @Override
      public void answered(int status) {
        if (status == 204) {
          generation++;
        }
      }
    };
  }

  // The policy refuses a password holding the person's username and one that only changes the
  // number of the current one: each is derived from the username, never contains it, and each
  // generation is far from the one before.

  private static String initial(String username) {
    return "Start-" + scrambled(username, -1) + "-Aa0";
  }

  private static String password(String username) {
    return "Bench-" + scrambled(username, -2) + "-Zz1";
  }

  private static final List<String> WORDS = List.of("Kite", "Lamp", "Moss");

  /** A word of its own beside the neighbouring generations', so never "only the number". */
  private static String generation(String username, int generation) {
    return WORDS.get(generation % WORDS.size()) + "-" + scrambled(username, generation) + "-Aa9";
  }

  private static String scrambled(String username, int generation) {
    return Integer.toHexString((username.hashCode() * 31 + generation) * 0x9E3779B1);
  }

  static void log(String format, Object... values) {
    System.err.printf("[load-run] " + format + "%n", values);
  }
}
