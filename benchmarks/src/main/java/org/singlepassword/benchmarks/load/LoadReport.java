package org.singlepassword.benchmarks.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The load run's figures as the Markdown that BENCHMARKS.md copies. */
final class LoadReport {

  private LoadReport() {}

  @SuppressWarnings("unchecked")
  /** {@code limits}: the pure-hashing limit timed before each sign-in step, in their order. */
  static String markdown(
      Map<String, Object> report, List<ClosedLoop.Step> steps, List<Double> limits) {
    Map<String, Object> machine = (Map<String, Object>) report.get("machine");
    Map<String, Object> hashing = (Map<String, Object>) report.get("hashing");
    Map<String, Object> startUp = (Map<String, Object>) report.get("startUp");
    Map<String, Object> memory = (Map<String, Object>) report.get("memory");
    StringBuilder md = new StringBuilder();
    md.append(format("### Load run, %s%n%n", report.get("date")));
    md.append(
        format(
            "Machine: %s cores (%s), %s, %s; load average at start %s. Service started as"
                + " `java %s -jar single-password.jar`.%n%n",
            machine.get("cores"),
            machine.get("cpu"),
            machine.get("memory"),
            machine.get("java"),
            machine.get("loadAverageAtStart"),
            report.get("javaOptions")));
    md.append(
        format(
            "One Argon2id verification (%s): **%.1f ms** (median of 41, in the same run);"
                + " pure-hashing limit = cores ÷ that = **%.1f/s** (all cores hashing in one"
                + " process, measured: %.1f/s). Each sign-in step is set against the limit timed"
                + " again just before it (median of 21), shown in brackets.%n%n",
            hashing.get("parameters"),
            (Double) hashing.get("medianVerifyMillis"),
            (Double) hashing.get("pureHashingLimitPerSecond"),
            (Double) hashing.get("allCoresHashingPerSecond")));
    md.append(
        "| Step | Clients | Successes/s | ÷ hashing limit | p50 ms | p99 ms | max ms"
            + " | p99 ms, all answers | Answers by status | Most RSS MiB |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
    int signIns = 0;
    for (ClosedLoop.Step step : steps) {
      boolean signIn = step.name().equals("sign-in");
      double limit = signIn ? limits.get(signIns++) : 0;
      md.append(
          format(
              "| %s | %d | %.1f | %s | %.1f | %.1f | %.1f | %.1f | %s | %d |%n",
              step.name(),
              step.clients(),
              step.successesPerSecond(),
              signIn
                  ? format("%.0f %% (%.1f/s)", 100 * step.successesPerSecond() / limit, limit)
                  : "",
              step.successP50Millis(),
              step.successP99Millis(),
              step.successMaxMillis(),
              step.allP99Millis(),
              statuses(step.statuses()),
              step.maxResidentKiB() / 1024));
    }
    md.append(
        format(
            "%nStart-up to the first 200 (median of 3): **%.0f ms** on an empty data directory"
                + " (creates the database), **%.0f ms** on an existing one, **%.0f ms** on an"
                + " existing one with a class-data archive (`java -XX:SharedArchiveFile=…`).%n",
            (Double) startUp.get("medianEmptyMillis"),
            (Double) startUp.get("medianExistingMillis"),
            (Double) startUp.get("medianWithClassDataArchiveMillis")));
    md.append(
        format(
            "Resident memory (VmRSS): **%d MiB** idle after start, %d MiB at most under load,"
                + " %d MiB idle after the load.%n",
            (Long) memory.get("idleAfterStartKiB") / 1024,
            (Long) memory.get("mostUnderLoadKiB") / 1024,
            (Long) memory.get("idleAfterLoadKiB") / 1024));
    return md.toString();
  }

  private static String statuses(Map<Integer, Long> statuses) {
    return statuses.entrySet().stream()
        .map(entry -> (entry.getKey() == 0 ? "failed" : entry.getKey()) + ": " + entry.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String format(String format, Object... values) {
    return String.format(Locale.ROOT, format, values);
  }
}
