package org.singlepassword.benchmarks.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.Violation;

/**
 * The FAQ's policy judging one candidate: a good password, a bad one that breaks every rule, and
 * one at the maximum length. The history is left out: it is hash comparisons, measured apart.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PolicyBenchmark {

  @Param({"good", "bad", "longest"})
  public String candidate;

  private final PasswordPolicy policy = PasswordPolicy.faq();
  private Password password;

  @Setup
  public void choose() {
    password =
        Password.of(
            switch (candidate) {
              case "good" -> "Correct-Horse-Battery-9";
              case "bad" -> "ab$ \u00a0";
              case "longest" -> "Aa1-".repeat(PasswordPolicy.MAX_LENGTH / 4);
              default -> throw new IllegalArgumentException(candidate);
            });
  }

  @Benchmark
  public List<Violation> check() {
    return policy.check(password);
  }
}
