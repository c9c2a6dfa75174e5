package org.singlepassword.application.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a few racers on threads of their own, each of which may wait at a gate until every racer has
 * reached it: the way the contracts make two changes start from the same read.
 */
final class Race {

  private static final long PATIENCE_SECONDS = 30;

  /** One racer's work; {@code gate} returns once every racer has called it. */
  @FunctionalInterface
  interface Racer<T> {
    T run(int racer, Runnable gate) throws Exception;
  }

  private Race() {}

  /** Each racer's result, in racer order; a racer's failure fails the race. */
  static <T> List<T> run(int racers, Racer<T> racer) throws Exception {
    CountDownLatch arrived = new CountDownLatch(racers);
    Runnable gate =
        () -> {
          arrived.countDown();
          try {
            if (!arrived.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
              throw new AssertionError("a racer never reached the gate: does a read block?");
            }
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted at the gate", interrupted);
          }
        };
    ExecutorService threads = Executors.newFixedThreadPool(racers);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int index = 0; index < racers; index++) {
        int thisRacer = index;
        futures.add(threads.submit(() -> racer.run(thisRacer, gate)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(2 * PATIENCE_SECONDS, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
