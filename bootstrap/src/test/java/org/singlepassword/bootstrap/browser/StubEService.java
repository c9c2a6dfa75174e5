package org.singlepassword.bootstrap.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in e-service on 127.0.0.1, behaving as a CAS client does: a visitor without a ticket is
 * sent to {@code /cas/login?service=<this page>}; one who comes back with {@code ?ticket=ST-…} has
 * the ticket validated server to server at {@code /cas/p3/serviceValidate} and sees a page that
 * names the person signed in ({@code <p id="user">}), or why the ticket was refused.
 */
final class StubEService implements AutoCloseable {

  private static final Pattern USER = Pattern.compile("<cas:user>([^<]+)</cas:user>");

  private final HttpServer server;
  private final URI singlePassword;
  private final HttpClient http = HttpClient.newHttpClient();

  private StubEService(HttpServer server, URI singlePassword) {
    this.server = server;
    this.singlePassword = singlePassword;
  }

  /** Listening on a free port of 127.0.0.1, signing people in through this Single-Password. */
  static StubEService start(URI singlePassword) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    StubEService stub = new StubEService(server, singlePassword);
    server.createContext("/", stub::handle);
    server.start();
    return stub;
  }

  /** {@code http://127.0.0.1:<port><path>}. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String service = url(exchange.getRequestURI().getRawPath());
      Optional<String> ticket = parameter(exchange.getRequestURI().getRawQuery(), "ticket");
      if (ticket.isEmpty()) {
        exchange.getResponseHeaders().add("Location", casUrl("/cas/login", service));
        exchange.sendResponseHeaders(302, -1);
        return;
      }
      String validation = validate(service, ticket.get());
      Matcher user = USER.matcher(validation);
      String page =
          user.find()
              ? "<p id=\"user\">Signed in as " + user.group(1) + "</p>"
              : "<p id=\"refused\">The ticket was refused: " + escape(validation) + "</p>";
      send(exchange, user.find(0) ? 200 : 403, service, page);
    }
  }

  private String validate(String service, String ticket) throws IOException {
    URI validation =
        URI.create(casUrl("/cas/p3/serviceValidate", service) + "&ticket=" + encode(ticket));
    try {
      return http.send(
              HttpRequest.newBuilder(validation).build(), HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", interrupted);
    }
  }

  private String casUrl(String path, String service) {
    return singlePassword.resolve(path) + "?service=" + encode(service);
  }

  private static void send(HttpExchange exchange, int status, String service, String body)
      throws IOException {
    byte[] html =
        ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>E-service</title>"
                + "</head><body><main><h1>"
                + escape(service)
                + "</h1>"
                + body
                + "</main></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(status, html.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(html);
    }
  }

  private static Optional<String> parameter(String rawQuery, String name) {
    if (rawQuery == null) {
      return Optional.empty();
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.startsWith(name + "=")) {
        return Optional.of(
            URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
