package org.singlepassword.adapters.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An API caller over a real socket: JSON bodies, or any bytes under any content type. */
public final class ApiClient {

  private final HttpClient http = HttpClient.newBuilder().build();
  private final URI base;

  ApiClient(URI base) {
    this.base = base;
  }

  public static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  public static String bearer(String token) {
    return "Bearer " + token;
  }

  /** GET with header name/value pairs. */
  public Response get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  /** POST of a JSON body with header name/value pairs. */
  public Response postJson(String path, String json, String... headers) {
    return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** POST of any bytes under any content type (null: none). */
  public Response post(String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder request =
        request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  public Response send(String method, String path, String... headers) {
    return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      return Response.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
