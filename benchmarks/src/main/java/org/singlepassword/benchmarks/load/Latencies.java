package org.singlepassword.benchmarks.load;

import java.util.Arrays;

/** Latencies in nanoseconds, growable while recording, sorted when read: no histogram library. */
public final class Latencies {

  private long[] nanos = new long[1024];
  private int size;

  public void add(long latency) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = latency;
  }

  public void addAll(Latencies other) {
    for (int i = 0; i < other.size; i++) {
      add(other.nanos[i]);
    }
  }

  public int count() {
    return size;
  }

  /** The value at this percentile (nearest rank), in milliseconds; 0 when nothing was recorded. */
  public double percentileMillis(double percentile) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * size);
    return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
  }

  public double maxMillis() {
    return percentileMillis(100);
  }
}
