package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real service, database included, fed generated malformed requests (seeded, ADR 0010) at every
 * API address that can change an account, each aimed at one existing account: random bytes, invalid
 * JSON and UTF-8, bodies over the limit, control characters and CR/LF in usernames and e-mail
 * addresses, very long usernames. Each is refused with a 4xx, never a 5xx nor a stack trace, and
 * afterwards the account is exactly as it was and its password still signs in.
 */
class HostileInputJourneyTest {

  private static final long SEED = Long.getLong("sps.seed", 2026L);
  private static final String USERNAME = "chan.tm";
  private static final String PASSWORD = "Chosen-2026-Pass";
  private static final List<String> STACK_TRACE_TEXT =
      List.of("Exception", "\tat ", "at org.", "at io.", "at java.", ".java:");

  /** Every API address that changes an account, with the credentials it needs. */
  private static final List<String> ADDRESSES =
      List.of(
          "POST /api/v1/sign-in e-service",
          "POST /api/v1/accounts/chan.tm/password e-service",
          "POST /api/v1/password-resets e-service",
          "POST /api/v1/password-resets/confirm none",
          "POST /api/v1/admin/accounts admin",
          "POST /api/v1/admin/accounts/import admin",
          "POST /api/v1/admin/services admin");

  @TempDir static Path dataDir;
  private static SinglePassword service;
  private static URI base;
  private static String soul;
  private static JsonNode before;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startWithOneAccount() {
    // Cheap hashing: the requests here are about input, not about Argon2.
    service =
        RunningService.start(
            dataDir, Map.of("SPS_ARGON2_MEMORY_KIB", "64", "SPS_ARGON2_ITERATIONS", "1"));
    base = RunningService.base(service);
    EService admin = EService.administrator(base, RunningService.ADMIN_TOKEN);
    EService.Answer registered =
        admin.post(
            "/api/v1/admin/services",
            Map.of(
                "id",
                "exam-portal",
                "name",
                "Examinations",
                "serviceUrls",
                List.of("https://exams.example.edu/")));
    assertEquals(201, registered.status(), registered.body());
    soul =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(
                    ("exam-portal:" + registered.json().get("secret").asText())
                        .getBytes(StandardCharsets.UTF_8));
    EService.Answer created =
        admin.post(
            "/api/v1/admin/accounts",
            Map.of(
                "username", USERNAME,
                "email", "chan.tm@example.edu",
                "displayName", "Chan Tai Man",
                "initialPassword", "Initial-2026-Pass"));
    assertEquals(201, created.status(), created.body());
    EService.Answer changed =
        EService.withSecret(base, "exam-portal", registered.json().get("secret").asText())
            .post(
                "/api/v1/accounts/chan.tm/password",
                Map.of("currentPassword", "Initial-2026-Pass", "newPassword", PASSWORD));
    assertEquals(204, changed.status(), changed.body());
    before = account();
  }

  @AfterAll
  static void theAccountIsAsItWasAndItsPasswordWorks() {
    try {
      assertEquals(before, account());
      EService.Answer signedIn =
          EService.withSecret(base, "soul", "unused")
              .post("/api/v1/sign-in", Map.of("username", USERNAME, "password", PASSWORD));
      assertEquals(401, signedIn.status(), "a wrong e-service secret is still refused");
      Answer ok =
          send(
              "POST /api/v1/sign-in e-service",
              "application/json",
              ("{\"username\": \"chan.tm\", \"password\": \"" + PASSWORD + "\"}")
                  .getBytes(StandardCharsets.UTF_8));
      assertEquals(200, ok.statusCode(), ok.body());
    } finally {
      service.close();
    }
  }

  private static JsonNode account() {
    try {
      HttpResponse<String> shown =
          http.send(
              HttpRequest.newBuilder(base.resolve("/api/v1/admin/accounts/" + USERNAME))
                  .header("Authorization", "Bearer " + RunningService.ADMIN_TOKEN)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, shown.statusCode(), shown.body());
      return EService.JSON.readTree(shown.body());
    } catch (IOException | InterruptedException failed) {
      throw new AssertionError(failed);
    }
  }

  static Stream<Arguments> malformedRequests() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Arguments> requests = new ArrayList<>();
    for (String address : ADDRESSES) {
      for (int i = 0; i < 12; i++) {
        Malformed body = Malformed.values()[i % Malformed.values().length];
        requests.add(
            Arguments.of(address, body, body.contentType(address), body.bytes(random, address)));
      }
    }
    return requests.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("malformedRequests")
  void isRefusedWithAClearMessageAndChangesNothing(
      String address, Malformed kind, String contentType, byte[] body) {
    Answer answer = send(address, contentType, body);

    int status = answer.statusCode();
    String type = answer.contentType();
    if (address.contains("/import") && status == 200) {
      // By design a bad row never stops a file: it is answered "error" with its reason.
      assertTrue(type.startsWith("text/csv"), type);
      answer.body().lines().skip(1).forEach(row -> assertTrue(row.contains(",error,,"), row));
    } else {
      assertTrue(status >= 400 && status < 500, () -> status + " " + answer.body());
      assertEquals("application/problem+json", type);
    }
    for (String text : STACK_TRACE_TEXT) {
      assertFalse(answer.body().contains(text), answer.body());
    }
    assertEquals(before, account(), "the account changed");
  }

  /** What is wrong with a body. */
  enum Malformed {
    RANDOM_BYTES,
    INVALID_JSON,
    INVALID_UTF8,
    OVER_THE_LIMIT,
    CONTROL_CHARACTERS_IN_THE_USERNAME,
    CR_LF_IN_THE_EMAIL_ADDRESS,
    VERY_LONG_USERNAME;

    String contentType(String address) {
      return address.contains("/import") ? "text/csv" : "application/json";
    }

    byte[] bytes(SplittableRandom random, String address) {
      boolean csv = address.contains("/import");
      return switch (this) {
        case RANDOM_BYTES -> {
          byte[] bytes = new byte[1 + random.nextInt(512)];
          for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
          }
          bytes[0] = (byte) 0xFF; // never valid UTF-8, so never a valid request by chance
          yield bytes;
        }
        case INVALID_JSON ->
            utf8(csv ? "username,email,displayName\n\"chan.tm" : "{\"username\": ");
        case INVALID_UTF8 -> {
          byte[] start = utf8(csv ? "username,email,displayName\nchan" : "{\"username\": \"chan");
          byte[] body = Arrays.copyOf(start, start.length + 3);
          body[start.length] = (byte) 0xC0;
          body[start.length + 1] = (byte) 0xAF;
          body[start.length + 2] = '"';
          yield body;
        }
        case OVER_THE_LIMIT -> {
          byte[] body = new byte[(csv ? 4 : 1) * 1024 * 1024 + 1 + random.nextInt(1024)];
          Arrays.fill(body, (byte) 'a');
          yield body;
        }
        case CONTROL_CHARACTERS_IN_THE_USERNAME ->
            fields(csv, "chan.tm" + (char) random.nextInt(0x20), "chan.tm@example.edu");
        case CR_LF_IN_THE_EMAIL_ADDRESS ->
            fields(csv, "\u0000chan.tm", "chan.tm@example.edu\r\nBcc: everyone@example.edu");
        case VERY_LONG_USERNAME ->
            fields(csv, "chan.tm" + "x".repeat(100 + random.nextInt(5_000)), "chan.tm@example.edu");
      };
    }

    private static byte[] fields(boolean csv, String username, String email) {
      if (csv) {
        return utf8("username,email,displayName\n\"" + username + "\",\"" + email + "\",Chan\n");
      }
      return utf8(
          EService.JSON
              .createObjectNode()
              .put("username", username)
              .put("email", email)
              .put("displayName", "Chan Tai Man")
              .put("token", username)
              .put("id", username)
              .put("name", username)
              .toString());
    }

    private static byte[] utf8(String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** What came back over the socket. */
  private record Answer(int statusCode, String contentType, String body) {}

  /**
   * Over a plain socket, as RawHttp does in the web adapter's tests: the server may answer and
   * close before it has read a body it refuses, which a client library reports as a failure.
   */
  private static Answer send(String address, String contentType, byte[] body) {
    String[] parts = address.split(" ");
    String authorization =
        switch (parts[2]) {
          case "e-service" -> "Authorization: " + soul + "\r\n";
          case "admin" -> "Authorization: Bearer " + RunningService.ADMIN_TOKEN + "\r\n";
          default -> "";
        };
    byte[] head =
        (parts[0]
                + " "
                + parts[1]
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
                + authorization
                + "Content-Type: "
                + contentType
                + "\r\nContent-Length: "
                + body.length
                + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      try {
        socket.getOutputStream().write(head);
        socket.getOutputStream().write(body);
      } catch (IOException refusedMidway) {
        // Answered before the whole body was read: the answer is still there to read.
      }
      String received = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int endOfHead = received.indexOf("\r\n\r\n");
      assertTrue(endOfHead > 0, () -> "no answer to " + address);
      String headers = received.substring(0, endOfHead).toLowerCase(Locale.ROOT);
      String content = received.substring(endOfHead + 4);
      Matcher type = CONTENT_TYPE.matcher(headers);
      return new Answer(
          Integer.parseInt(received.substring(9, 12)),
          type.find() ? type.group(1).strip() : "",
          headers.contains("transfer-encoding: chunked") ? dechunked(content) : content);
    } catch (IOException failed) {
      throw new AssertionError(address, failed);
    }
  }

  private static final Pattern CONTENT_TYPE = Pattern.compile("\ncontent-type:([^\r]*)");

  private static String dechunked(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int endOfSize = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, endOfSize).strip(), 16);
      if (size == 0) {
        return body.toString();
      }
      // Sizes count bytes; the bodies here are ASCII, so a character is a byte.
      body.append(chunked, endOfSize + 2, endOfSize + 2 + size);
      at = endOfSize + 2 + size + 2;
    }
  }
}
