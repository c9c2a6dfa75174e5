package org.singlepassword.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** An e-service (or an administrator's script) calling the JSON API over HTTP. */
final class EService {

  static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final String authorization;
  private final HttpClient http = HttpClient.newHttpClient();

  private EService(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  static EService administrator(URI base, String adminToken) {
    return new EService(base, "Bearer " + adminToken);
  }

  static EService withSecret(URI base, String id, String secret) {
    String basic = id + ":" + secret;
    return new EService(
        base,
        "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
  }

  Answer post(String path, Map<String, ?> body) {
    try {
      return send(
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
          path);
    } catch (IOException unwritable) {
      throw new AssertionError("not JSON: " + body, unwritable);
    }
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), path);
  }

  private Answer send(HttpRequest.Builder request, String path) {
    try {
      HttpResponse<String> response =
          http.send(
              request.header("Authorization", authorization).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException failed) {
      throw new AssertionError("request failed: " + path, failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", interrupted);
    }
  }

  /** A status and a JSON body (empty for 204). */
  record Answer(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException notJson) {
        throw new AssertionError("not JSON: " + body, notJson);
      }
    }
  }
}
