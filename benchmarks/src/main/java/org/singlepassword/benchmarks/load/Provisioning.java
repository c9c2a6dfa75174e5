package org.singlepassword.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Sets the service up through its own admin API, as IT would: an e-service to sign in through, and
 * accounts with known passwords, each changed once so that it is active like a person's.
 */
public final class Provisioning {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final InetSocketAddress address;
  private final String adminAuthorization;

  public Provisioning(InetSocketAddress address, String adminToken) {
    this.address = address;
    this.adminAuthorization = "Bearer " + adminToken;
  }

  /** Registers an e-service and returns its HTTP Basic {@code Authorization} value. */
  public String registerEService(String id) throws IOException {
    ObjectNode body = JSON.createObjectNode().put("id", id).put("name", "Benchmark " + id);
    body.putArray("serviceUrls").add("https://" + id + ".example.edu/");
    HttpConnection.Answer answer =
        post("/api/v1/admin/services", adminAuthorization, body.toString(), 201);
    String secret = JSON.readTree(answer.body()).get("secret").asText();
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  /** Creates the account with an initial password and changes it, through the e-service. */
  public void activeAccount(String username, String initial, String password, String eService)
      throws IOException {
    ObjectNode account =
        JSON.createObjectNode()
            .put("username", username)
            .put("email", username + "@example.edu")
            .put("displayName", "Benchmark " + username)
            .put("initialPassword", initial);
    post("/api/v1/admin/accounts", adminAuthorization, account.toString(), 201);
    post(
        "/api/v1/accounts/" + username + "/password", eService, changeBody(initial, password), 204);
  }

  /** The body of a change of password. */
  public static String changeBody(String current, String replacement) {
    return JSON.createObjectNode()
        .put("currentPassword", current)
        .put("newPassword", replacement)
        .toString();
  }

  /** The body of a sign-in. */
  public static String signInBody(String username, String password) {
    return JSON.createObjectNode().put("username", username).put("password", password).toString();
  }

  private HttpConnection.Answer post(String path, String authorization, String json, int expected)
      throws IOException {
    try (HttpConnection connection = new HttpConnection(address)) {
      HttpConnection.Answer answer =
          connection.exchange(HttpConnection.postJson(path, authorization, json));
      if (answer.status() != expected) {
        throw new IllegalStateException(
            path
                + " answered "
                + answer.status()
                + " instead of "
                + expected
                + ": "
                + answer.body());
      }
      return answer;
    }
  }

  /** The usernames of {@code count} benchmark accounts. */
  public static List<String> usernames(String prefix, int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> String.format("%s%07d", prefix, i))
        .toList();
  }
}
