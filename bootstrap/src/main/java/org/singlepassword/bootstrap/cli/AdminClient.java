package org.singlepassword.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The admin API of a running Single-Password as the command line sees it: one method per call, and
 * every way a call can fail turned into an {@link AdminFailure} that says in one line what
 * happened. Every URL the command line uses is in this class.
 */
final class AdminClient {

  private static final String ACCOUNTS = "/api/v1/admin/accounts";
  private static final String IMPORT = ACCOUNTS + "/import";
  private static final String SERVICES = "/api/v1/admin/services";

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  // An import call hashes up to a chunk's worth of initial passwords with Argon2id on the server.
  private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(5);

  private final String baseUrl;
  private final AdminToken token;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * A client of the server at {@code baseUrl} (scheme, host, port; no trailing slash). Redirects
   * are not followed, so the token is only ever sent to the address the administrator gave.
   */
  AdminClient(String baseUrl, AdminToken token) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.token = Objects.requireNonNull(token, "token");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** {@code POST /accounts}: the new account's username and initial password. */
  JsonNode createAccount(
      String username, String email, String displayName, Optional<String> initialPassword) {
    ObjectNode body =
        json.createObjectNode()
            .put("username", username)
            .put("email", email)
            .put("displayName", displayName);
    initialPassword.ifPresent(password -> body.put("initialPassword", password));
    return parse(send(post(ACCOUNTS, body), CALL_TIMEOUT));
  }

  /** {@code POST /accounts/import}: one CSV in (with its header), one result CSV out. */
  String importAccounts(String csv) {
    HttpRequest.Builder call =
        request(IMPORT)
            .header("Content-Type", "text/csv; charset=utf-8")
            .header("Accept", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
    return send(call, IMPORT_TIMEOUT).body();
  }

  /** {@code GET /accounts/{username}}: the account's details. */
  JsonNode account(String username) {
    return parse(send(jsonCall(accountPath(username)).GET(), CALL_TIMEOUT));
  }

  /** {@code GET /accounts/{username}/events}: what happened to the account, newest first. */
  JsonNode events(String username, OptionalInt limit) {
    String path = accountPath(username) + "/events";
    if (limit.isPresent()) {
      path += "?limit=" + limit.getAsInt();
    }
    return parse(send(jsonCall(path).GET(), CALL_TIMEOUT));
  }

  /** {@code POST /accounts/{username}/unlock}. */
  void unlock(String username) {
    act(username, "unlock");
  }

  /** {@code POST /accounts/{username}/expire-password}. */
  void expirePassword(String username) {
    act(username, "expire-password");
  }

  /** {@code POST /accounts/{username}/disable}. */
  void disable(String username) {
    act(username, "disable");
  }

  /** {@code POST /accounts/{username}/enable}. */
  void enable(String username) {
    act(username, "enable");
  }

  /** {@code POST /services}: the e-service's id and its secret, shown this once. */
  JsonNode registerService(String id, String name, List<String> serviceUrls) {
    ObjectNode body = json.createObjectNode().put("id", id).put("name", name);
    serviceUrls.forEach(body.putArray("serviceUrls")::add);
    return parse(send(post(SERVICES, body), CALL_TIMEOUT));
  }

  /** {@code GET /services}: every registered e-service, by id, without secrets. */
  JsonNode services() {
    return parse(send(jsonCall(SERVICES).GET(), CALL_TIMEOUT));
  }

  /** {@code GET /services/{id}}: one e-service, without its secret. */
  JsonNode service(String id) {
    return parse(send(jsonCall(servicePath(id)).GET(), CALL_TIMEOUT));
  }

  /** {@code POST /services/{id}/rotate-secret}: the new secret, shown this once. */
  JsonNode rotateServiceSecret(String id) {
    return parse(
        send(
            jsonCall(servicePath(id) + "/rotate-secret").POST(HttpRequest.BodyPublishers.noBody()),
            CALL_TIMEOUT));
  }

  /** {@code POST /services/{id}/disable}. */
  void disableService(String id) {
    actOnService(id, "disable");
  }

  /** {@code POST /services/{id}/enable}. */
  void enableService(String id) {
    actOnService(id, "enable");
  }

  private void actOnService(String id, String action) {
    send(
        jsonCall(servicePath(id) + "/" + action).POST(HttpRequest.BodyPublishers.noBody()),
        CALL_TIMEOUT);
  }

  private static String servicePath(String id) {
    return SERVICES + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private void act(String username, String action) {
    send(
        jsonCall(accountPath(username) + "/" + action).POST(HttpRequest.BodyPublishers.noBody()),
        CALL_TIMEOUT);
  }

  /** A username is one path segment, whatever it holds: a slash or a space is encoded. */
  private static String accountPath(String username) {
    return ACCOUNTS + "/" + URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path));
  }

  private HttpRequest.Builder jsonCall(String path) {
    return request(path).header("Accept", "application/json");
  }

  private HttpRequest.Builder post(String path, JsonNode body) {
    // Since Jackson 2.10 a node's toString() is its JSON, written with the default settings.
    return jsonCall(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest.Builder call, Duration timeout) {
    HttpRequest request =
        call.timeout(timeout).header("Authorization", "Bearer " + token.reveal()).build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException | HttpConnectTimeoutException nobodyThere) {
      throw AdminFailure.unreachable(baseUrl);
    } catch (HttpTimeoutException slow) {
      throw new AdminFailure(
          AdminCommand.UNAVAILABLE,
          "Single-Password at " + baseUrl + " did not answer within " + timeout.toSeconds() + " s");
    } catch (IOException lost) {
      throw new AdminFailure(
          AdminCommand.UNAVAILABLE,
          "lost the connection to Single-Password at " + baseUrl + ": " + lost.getMessage());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AdminFailure(AdminCommand.UNAVAILABLE, "interrupted");
    }
    if (response.statusCode() >= 200 && response.statusCode() < 300) {
      return response;
    }
    throw failure(response);
  }

  private JsonNode parse(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException notJson) {
      throw new AdminFailure(
          AdminCommand.UNAVAILABLE,
          "Single-Password at " + baseUrl + " answered " + response.statusCode() + " without JSON");
    }
  }

  /**
   * An RFC 9457 problem as one line: its detail, the unmet rules if any, then status and title. A
   * 5xx is the service's failure (exit 1); anything else is a refusal (exit 2).
   */
  private AdminFailure failure(HttpResponse<String> response) {
    int status = response.statusCode();
    Optional<JsonNode> problem = problem(response);
    String title = problem.map(node -> text(node, "title")).orElse("");
    String detail = problem.map(node -> text(node, "detail")).orElse("");
    List<String> violations = new ArrayList<>();
    problem.ifPresent(
        node -> node.path("violations").forEach(each -> violations.add(text(each, "message"))));

    String what = detail.isEmpty() ? title : detail;
    if (!violations.isEmpty()) {
      // Sentences become one list: "…policy: at least 10 characters; one digit (HTTP 422 …)".
      what =
          (what.isEmpty() ? "" : withoutFullStop(what) + ": ")
              + String.join("; ", violations.stream().map(AdminClient::withoutFullStop).toList());
    }
    String answered = detail.isEmpty() || title.isEmpty() ? "" : " " + title;
    StringBuilder line =
        new StringBuilder(
            what.isEmpty()
                ? "the server answered HTTP " + status
                : what + " (HTTP " + status + answered + ")");
    if (status == 401 || status == 403) {
      line.append("; the admin token came from ").append(token.origin());
    }
    if (status >= 500) {
      return new AdminFailure(
          AdminCommand.UNAVAILABLE, "Single-Password at " + baseUrl + " failed: " + line);
    }
    return AdminFailure.refused(line.toString());
  }

  private Optional<JsonNode> problem(HttpResponse<String> response) {
    boolean isJson =
        response
            .headers()
            .firstValue("Content-Type")
            .map(type -> type.contains("json"))
            .orElse(false);
    if (!isJson) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readTree(response.body())).filter(JsonNode::isObject);
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }

  private static String withoutFullStop(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() ? value.asText().strip() : "";
  }
}
