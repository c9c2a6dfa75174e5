package org.singlepassword.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

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

  /** One of the FAQ's e-services, with the secret the first start wrote to the data directory. */
  static EService seeded(URI base, Path dataDir, String id) {
    Properties secrets = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            dataDir.resolve(FaqEServices.SECRETS_FILE), StandardCharsets.UTF_8)) {
      secrets.load(in);
    } catch (IOException unreadable) {
      throw new AssertionError("no e-service secrets in " + dataDir, unreadable);
    }
    return withSecret(base, id, secrets.getProperty(id));
  }

  Answer get(String path) {
    return send(
        HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization).GET());
  }

  Answer post(String path, Map<String, ?> body) {
    String json;
    try {
      json = JSON.writeValueAsString(body);
    } catch (IOException unwritable) {
      throw new AssertionError(unwritable);
    }
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException failed) {
      throw new AssertionError("request failed", failed);
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
