package org.singlepassword.bootstrap;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's own threads, apart from the web server's: work a request hands off (a reset link is
 * e-mailed after the uniform answer was sent) and the daily expiry warnings. Stopped with the
 * service; a failure is logged, never lost.
 */
final class BackgroundWork implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

  private final ScheduledExecutorService threads;

  BackgroundWork() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            2,
            work -> {
              Thread thread = new Thread(work, "single-password-background");
              thread.setDaemon(true);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
    this.threads = executor;
  }

  /** Runs handed-off work soon, logging what it throws. */
  Executor handOff() {
    return work -> threads.execute(logged(work));
  }

  /** Runs the work after the first delay and then at every period, logging what it throws. */
  void every(Duration firstDelay, Duration period, Runnable work) {
    threads.scheduleAtFixedRate(
        logged(work), firstDelay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static Runnable logged(Runnable work) {
    return () -> {
      try {
        work.run();
      } catch (RuntimeException failed) {
        log.error("Background work failed", failed);
      }
    };
  }

  @Override
  public void close() {
    threads.shutdown();
    try {
      if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
        threads.shutdownNow();
      }
    } catch (InterruptedException interrupted) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
