package org.singlepassword.benchmarks.jmh;

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.singlepassword.adapters.argon2.Argon2Parameters;
import org.singlepassword.adapters.argon2.Argon2idPasswordHasher;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;

/**
 * One Argon2id hash and one verification with the production parameters (19 MiB, 2 passes, 1 lane):
 * the cost that bounds every sign-in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HashBenchmark {

  private static final Password PASSWORD = Password.of("Correct-Horse-Battery-9");

  private final Argon2idPasswordHasher hasher =
      new Argon2idPasswordHasher(Argon2Parameters.DEFAULTS, new SecureRandom());
  private PasswordHash stored;

  @Setup
  public void storeOne() {
    stored = hasher.hash(PASSWORD);
  }

  @Benchmark
  public PasswordHash hash() {
    return hasher.hash(PASSWORD);
  }

  @Benchmark
  public boolean verify() {
    return hasher.verify(PASSWORD, stored);
  }
}
