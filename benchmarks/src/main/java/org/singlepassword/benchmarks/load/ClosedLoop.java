package org.singlepassword.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * A fixed number of closed-loop clients, each on its own connection: send, wait for the answer,
 * send the next. A warm-up first, then a measured window; only requests sent and answered inside
 * the window count. A client refused with 503 waits the {@code Retry-After} it was given, as a
 * well-behaved e-service would.
 */
public final class ClosedLoop {

  /** One client's conversation: its next request, and what it learns from each answer. */
  public interface Client {
    byte[] next();

    default void answered(int status) {}
  }

  private static final int TRANSPORT_ERROR = 0;

  private final InetSocketAddress address;
  private final Duration warmUp;
  private final Duration measured;
  private final LongSupplier residentKiB;

  /** Clients of the service at this address; {@code residentKiB} samples its memory. */
  public ClosedLoop(
      InetSocketAddress address, Duration warmUp, Duration measured, LongSupplier residentKiB) {
    this.address = address;
    this.warmUp = warmUp;
    this.measured = measured;
    this.residentKiB = residentKiB;
  }

  /** Runs {@code clients} clients made by the factory through the warm-up and the window. */
  public Step run(String name, int clients, IntFunction<Client> factory)
      throws InterruptedException {
    long start = System.nanoTime();
    long from = start + warmUp.toNanos();
    long until = from + measured.toNanos();
    List<Recorder> recorders = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Recorder recorder = new Recorder(factory.apply(i), from, until);
      recorders.add(recorder);
      Thread thread = new Thread(recorder, name + "-client-" + i);
      thread.setDaemon(true);
      threads.add(thread);
    }
    AtomicLong mostResident = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (System.nanoTime() < until) {
                mostResident.accumulateAndGet(residentKiB.getAsLong(), Math::max);
                try {
                  Thread.sleep(200);
                } catch (InterruptedException stopped) {
                  return;
                }
              }
            },
            name + "-memory");
    sampler.setDaemon(true);
    threads.forEach(Thread::start);
    sampler.start();
    for (Thread thread : threads) {
      thread.join();
    }
    sampler.join();

    Latencies succeeded = new Latencies();
    Latencies all = new Latencies();
    Map<Integer, Long> statuses = new TreeMap<>();
    for (Recorder recorder : recorders) {
      succeeded.addAll(recorder.succeeded);
      all.addAll(recorder.all);
      for (int status = 0; status < recorder.statuses.length; status++) {
        if (recorder.statuses[status] > 0) {
          statuses.merge(status, recorder.statuses[status], Long::sum);
        }
      }
    }
    double seconds = measured.toNanos() / 1e9;
    return new Step(
        name,
        clients,
        seconds,
        statuses,
        succeeded.count() / seconds,
        succeeded.percentileMillis(50),
        succeeded.percentileMillis(99),
        succeeded.maxMillis(),
        all.percentileMillis(50),
        all.percentileMillis(99),
        all.maxMillis(),
        mostResident.get());
  }

  /**
   * What one step measured: answers by status (0: the connection failed), successful (2xx) answers
   * a second, their latency, the latency of every answer, and the most resident memory seen.
   */
  public record Step(
      String name,
      int clients,
      double seconds,
      Map<Integer, Long> statuses,
      double successesPerSecond,
      double successP50Millis,
      double successP99Millis,
      double successMaxMillis,
      double allP50Millis,
      double allP99Millis,
      double allMaxMillis,
      long maxResidentKiB) {}

  /** One client's loop and what it recorded; read only after its thread ended. */
  private final class Recorder implements Runnable {
    private final Client client;
    private final long from;
    private final long until;
    private final Latencies succeeded = new Latencies();
    private final Latencies all = new Latencies();
    private final long[] statuses = new long[600];

    Recorder(Client client, long from, long until) {
      this.client = client;
      this.from = from;
      this.until = until;
    }

    @Override
    public void run() {
      try (HttpConnection connection = new HttpConnection(address)) {
        while (System.nanoTime() < until) {
          byte[] request = client.next();
          long sent = System.nanoTime();
          int status;
          int retryAfter = 0;
          try {
            HttpConnection.Answer answer = connection.exchange(request);
            status = answer.status();
            retryAfter = answer.retryAfterSeconds();
          } catch (IOException failed) {
            status = TRANSPORT_ERROR;
          }
          long answered = System.nanoTime();
          client.answered(status);
          if (sent >= from && answered <= until) {
            statuses[status]++;
            all.add(answered - sent);
            if (status >= 200 && status < 300) {
              succeeded.add(answered - sent);
            }
          }
          if (status == 503 && retryAfter > 0) {
            pause(Math.min(retryAfter * 1_000_000_000L, until - System.nanoTime()));
          } else if (status == TRANSPORT_ERROR) {
            pause(Math.min(100_000_000L, until - System.nanoTime()));
          }
        }
      }
    }

    private void pause(long nanos) {
      if (nanos <= 0) {
        return;
      }
      try {
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
