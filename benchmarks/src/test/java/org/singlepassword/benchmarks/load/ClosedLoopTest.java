package org.singlepassword.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load generator's own parts against a tiny server of the JDK's: answers read to their end
 * whatever their framing, statuses counted, latencies ranked.
 */
class ClosedLoopTest {

  private HttpServer server;
  private InetSocketAddress address;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/fixed", exchange -> answer(exchange, 200, "fixed length", false));
    server.createContext("/chunked", exchange -> answer(exchange, 200, "in chunks", true));
    server.createContext(
        "/busy",
        exchange -> {
          exchange.getResponseHeaders().add("Retry-After", "1");
          answer(exchange, 503, "busy", false);
        });
    server.start();
    address = new InetSocketAddress("127.0.0.1", server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void answer(HttpExchange exchange, int status, String body, boolean chunked)
      throws IOException {
    exchange.getRequestBody().readAllBytes();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void readsAnswersOfEitherFramingOnOneKeptAliveConnection() throws IOException {
    try (HttpConnection connection = new HttpConnection(address)) {
      assertEquals("fixed length", connection.exchange(HttpConnection.get("/fixed")).body());
      assertEquals("in chunks", connection.exchange(HttpConnection.get("/chunked")).body());
      HttpConnection.Answer busy =
          connection.exchange(HttpConnection.postJson("/busy", "Bearer x", "{}"));
      assertEquals(503, busy.status());
      assertEquals(1, busy.retryAfterSeconds());
    }
  }

  @Test
  void countsWhatTheClientsGotInTheMeasuredWindow() throws InterruptedException {
    ClosedLoop loop =
        new ClosedLoop(address, Duration.ofMillis(100), Duration.ofMillis(400), () -> 42);
    byte[] request = HttpConnection.get("/fixed");

    ClosedLoop.Step step = loop.run("fixed", 2, i -> () -> request);

    assertTrue(step.statuses().get(200) > 0, step.toString());
    assertEquals(step.statuses().keySet(), java.util.Set.of(200));
    assertTrue(step.successesPerSecond() > 0);
    assertTrue(step.successP50Millis() <= step.successP99Millis());
    assertEquals(42, step.maxResidentKiB());
  }

  @Test
  void ranksLatenciesByNearestRank() {
    Latencies latencies = new Latencies();
    for (int millis = 100; millis >= 1; millis--) {
      latencies.add(millis * 1_000_000L);
    }

    assertEquals(50.0, latencies.percentileMillis(50));
    assertEquals(99.0, latencies.percentileMillis(99));
    assertEquals(100.0, latencies.maxMillis());
  }
}
