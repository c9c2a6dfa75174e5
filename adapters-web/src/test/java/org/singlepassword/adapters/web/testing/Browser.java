package org.singlepassword.adapters.web.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser as far as the pages care: it keeps the cookies it is given (and forgets cleared ones),
 * sends them back, posts forms, and never follows a redirect, so that tests see each 303.
 */
public final class Browser {

  private final HttpClient http = HttpClient.newBuilder().build();
  private final URI base;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  Browser(URI base) {
    this.base = base;
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  /** A GET with further header name/value pairs ({@code Accept-Language}). */
  public Response get(String path, String... headers) {
    HttpRequest.Builder request = request(path).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /**
   * Posts the fields as an HTML form does (application/x-www-form-urlencoded, UTF-8), with any
   * further header name/value pairs.
   */
  public Response post(String path, Map<String, String> fields, String... headers) {
    String form =
        fields.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /** Posts raw bytes as a form, for bodies no browser would send. */
  public Response postBytes(String path, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Optional<String> cookie(String name) {
    return Optional.ofNullable(cookies.get(name));
  }

  public void setCookie(String name, String value) {
    cookies.put(name, value);
  }

  public void forgetCookie(String name) {
    cookies.remove(name);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html");
    if (!cookies.isEmpty()) {
      builder.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
              .collect(Collectors.joining("; ")));
    }
    return builder;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      Response response =
          Response.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
      response.setCookies().forEach(this::remember);
      return response;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void remember(String setCookie) {
    String[] attributes = setCookie.split(";");
    String[] nameValue = attributes[0].split("=", 2);
    boolean cleared =
        nameValue[1].isEmpty()
            || java.util.Arrays.stream(attributes)
                .anyMatch(attribute -> attribute.strip().equalsIgnoreCase("Max-Age=0"));
    if (cleared) {
      cookies.remove(nameValue[0]);
    } else {
      cookies.put(nameValue[0], nameValue[1]);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
