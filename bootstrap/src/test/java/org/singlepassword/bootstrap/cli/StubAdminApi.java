package org.singlepassword.bootstrap.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A stand-in for a running Single-Password's admin API: the JDK's HTTP server on a free loopback
 * port that records every request and answers what the test scripted (204 by default). The real
 * service is not started: these tests are about the command line, not the server.
 */
final class StubAdminApi implements AutoCloseable {

  /** One request as it arrived; {@code path} is raw, so URL encoding shows. */
  record Request(
      String method,
      String path,
      String query,
      String authorization,
      String contentType,
      String body) {}

  /** A canned answer. */
  record Answer(int status, String contentType, String body) {

    static Answer json(int status, String body) {
      return new Answer(status, "application/json", body);
    }

    static Answer problem(int status, String title, String detail) {
      return new Answer(
          status,
          "application/problem+json",
          String.format(
              "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}",
              title, status, detail));
    }

    static Answer csv(String body) {
      return new Answer(200, "text/csv", body);
    }

    static Answer noContent() {
      return new Answer(204, null, "");
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile Function<Request, Answer> answers = request -> Answer.noContent();

  private StubAdminApi(HttpServer server) {
    this.server = server;
  }

  static StubAdminApi start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    StubAdminApi stub = new StubAdminApi(server);
    server.createContext("/", stub::handle);
    server.start();
    return stub;
  }

  /** Answers every later request with what {@code answers} gives for it. */
  void answer(Function<Request, Answer> answers) {
    this.answers = Objects.requireNonNull(answers);
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Request request =
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              exchange.getRequestHeaders().getFirst("Authorization"),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      requests.add(request);
      Answer answer = answers.apply(request);
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      if (answer.contentType() != null) {
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      }
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
