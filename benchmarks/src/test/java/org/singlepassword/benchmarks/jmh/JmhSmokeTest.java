package org.singlepassword.benchmarks.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every JMH benchmark runs and yields a score: one short iteration in this JVM, no warm-up. A smoke
 * test that the generated harness works, not a measurement (benchmarks/run.sh measures).
 */
class JmhSmokeTest {

  @Test
  void everyBenchmarkRunsOnce() throws Exception {
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder()
                    .include(JmhSmokeTest.class.getPackageName() + ".*Benchmark")
                    .forks(0)
                    .warmupIterations(0)
                    .measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(100))
                    .verbosity(VerboseMode.SILENT)
                    .build())
            .run();

    // PolicyBenchmark for three candidates, HashBenchmark's hash and verify, BlocklistBenchmark's
    // two methods for two candidates.
    assertEquals(9, results.size());
    for (RunResult result : results) {
      assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
    }
  }
}
