package org.singlepassword.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.session.Csrf;
import org.singlepassword.adapters.web.testing.EServices;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.RawHttp;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.accounts.AccountNotFoundException;
import org.singlepassword.application.port.in.accounts.ImportedAccount;
import org.singlepassword.application.port.in.admin.ProvisionedAccount;
import org.singlepassword.application.port.in.admin.RegisteredEService;
import org.singlepassword.application.port.in.eservice.AdministerEServiceUseCase;
import org.singlepassword.application.port.in.eservice.EServiceAction;
import org.singlepassword.application.port.in.eservice.EServiceDetails;
import org.singlepassword.application.port.in.eservice.EServiceNotFoundException;
import org.singlepassword.application.port.in.eservice.ShowEServicesUseCase;
import org.singlepassword.application.port.in.sso.ServiceNotRecognizedException;
import org.singlepassword.application.port.in.sso.TicketFailure;
import org.singlepassword.application.port.in.sso.TicketValidationException;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.token.SecretToken;

/**
 * Every route of the {@link Routes} table, fed generated hostile requests over a real socket
 * (seeded, ADR 0010): random bytes, bodies over the limit, invalid JSON and UTF-8, control
 * characters and CR/LF in fields and headers, very long values, garbage in paths and queries. The
 * use cases behind succeed whenever they are reached; whatever the request, the answer is never a
 * 5xx nor a stack trace, a refusal comes from us in our format with a message, and a refused
 * request never reached a use case that changes anything.
 */
class HostileRequestsTest {

  private static final long SEED = Long.getLong("sps.seed", 9110L);
  private static final int SAMPLES_PER_KIND = 2;
  private static final int BODY_LIMIT = 16 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> STACK_TRACE_TEXT =
      List.of("Exception", "\tat ", "at org.", "at io.", "at java.", ".java:", "Caused by");

  private static final AtomicInteger changesReached = new AtomicInteger();
  private static final FakeSessions sessions = new FakeSessions();
  private static final String SESSION = sessions.signIn(People.chan());
  private static final String SIGNED_OUT_CSRF = "known-csrf-token";
  private static RunningServer server;
  private static RawHttp http;

  /** What a hostile client may do to a request. */
  enum Kind {
    RANDOM_BYTES,
    BODY_OVER_THE_LIMIT,
    INVALID_UTF8,
    INVALID_JSON,
    WRONG_TYPES_AND_UNKNOWN_FIELDS,
    CONTROL_CHARACTERS_IN_FIELDS,
    VERY_LONG_FIELDS,
    CR_LF_IN_HEADERS,
    GARBAGE_FORM,
    GARBAGE_PATH_AND_QUERY
  }

  record Route(String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @BeforeAll
  static void start() {
    server =
        RunningServer.start(
            succeedingUseCases(),
            RunningServer.settings(
                BODY_LIMIT, BODY_LIMIT * 4, 1_000_000, java.time.Clock.systemDefaultZone()));
    http = server.raw();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The use cases succeed when reached; those that change something count the calls. */
  private static UseCaseStubs succeedingUseCases() {
    return new UseCaseStubs()
        .sessions(sessions)
        .authenticateEService(EServices.onlySoul())
        .signIn(
            command -> {
              changesReached.incrementAndGet();
              return People.chan();
            })
        .changePassword(command -> changesReached.incrementAndGet())
        .provisionAccount(
            command -> {
              changesReached.incrementAndGet();
              return new ProvisionedAccount(command.username(), Password.of("Issued-Pass-1"));
            })
        .registerEService(
            command -> {
              changesReached.incrementAndGet();
              return new RegisteredEService(command.id(), SecretToken.of("new-secret-0123456789"));
            })
        .importAccounts(
            command -> {
              changesReached.incrementAndGet();
              return command.accounts().stream()
                  .map(
                      row ->
                          new ImportedAccount(
                              row.username(),
                              ImportedAccount.Result.CREATED,
                              Optional.of(Password.of("Issued-Pass-1"))))
                  .toList();
            })
        .showAccount(
            username -> {
              throw new AccountNotFoundException(username);
            })
        .administerAccount(command -> changesReached.incrementAndGet())
        .requestPasswordReset(command -> changesReached.incrementAndGet())
        .confirmPasswordReset(command -> changesReached.incrementAndGet())
        .showEServices(
            new ShowEServicesUseCase() {
              @Override
              public List<EServiceDetails> listEServices() {
                return List.of();
              }

              @Override
              public EServiceDetails showEService(EServiceId id) {
                throw new EServiceNotFoundException(id);
              }
            })
        .administerEService(
            new AdministerEServiceUseCase() {
              @Override
              public void administerEService(EServiceId id, EServiceAction action) {
                throw new EServiceNotFoundException(id);
              }

              @Override
              public RegisteredEService rotateSecret(EServiceId id) {
                throw new EServiceNotFoundException(id);
              }
            })
        .recognizeService(url -> Optional.empty())
        .issueServiceTicket(
            command -> {
              throw new ServiceNotRecognizedException();
            })
        .validateServiceTicket(
            command -> {
              throw new TicketValidationException(TicketFailure.INVALID_TICKET, "not recognized");
            });
  }

  /** The routes as the server registers them: its route table, so that none is forgotten. */
  static List<Route> routes() {
    Routes routes =
        new Routes(
            RunningServer.settings(java.time.Clock.systemDefaultZone()),
            new UseCaseStubs().build(),
            new ApiJson(),
            new SecureRandom());
    RouteTable table = new RouteTable();
    routes.register(table);
    return table.routes().stream().map(route -> new Route(route.method(), route.path())).toList();
  }

  @Test
  void theRouteTableIsReadInFull() {
    List<String> read = routes().stream().map(Route::toString).toList();

    assertTrue(read.size() >= 20, read.toString());
    assertTrue(read.contains("POST /api/v1/sign-in"), read.toString());
    assertTrue(read.contains("POST /profile/password"), read.toString());
  }

  static Stream<Arguments> hostileRequests() {
    List<Arguments> requests = new ArrayList<>();
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (Route route : routes()) {
      for (Kind kind : Kind.values()) {
        for (int i = 0; i < SAMPLES_PER_KIND; i++) {
          requests.add(Arguments.of(route, kind, seeds.nextLong()));
        }
      }
    }
    return requests.stream();
  }

  @ParameterizedTest(name = "{0}: {1} ({2})")
  @MethodSource("hostileRequests")
  void isAnsweredWithoutAServerErrorAndChangesNothingWhenRefused(Route route, Kind kind, long seed)
      throws IOException {
    HostileRequest request = HostileRequest.of(route, kind, new SplittableRandom(seed));
    int changesBefore = changesReached.get();

    Optional<RawHttp.Answer> sent = http.send(request.head(), request.body());

    assertTrue(sent.isPresent(), () -> "no answer to " + request);
    RawHttp.Answer answer = sent.get();
    assertTrue(answer.status() < 500, () -> answer.status() + " for " + request + ":\n" + answer);
    for (String text : STACK_TRACE_TEXT) {
      assertFalse(answer.body().contains(text), () -> text + " in the answer to " + request);
      assertFalse(
          answer.headers().toString().contains(text), () -> text + " in the headers: " + request);
    }
    if (answer.status() >= 400) {
      assertEquals(
          changesBefore, changesReached.get(), () -> "refused but reached a use case: " + request);
      assertOurRefusal(route, answer, request);
    }
  }

  /**
   * A refusal that got past the HTTP parser (our response headers are on it) is ours: a problem
   * with a title and a detail under /api, a page elsewhere.
   */
  private static void assertOurRefusal(Route route, RawHttp.Answer answer, HostileRequest request)
      throws IOException {
    if (answer.header("x-content-type-options").isEmpty()) {
      return;
    }
    String type = answer.header("content-type").orElse("");
    if (route.path().startsWith("/api/")) {
      assertEquals("application/problem+json", type, () -> "for " + request);
      JsonNode problem = JSON.readTree(answer.body());
      assertFalse(problem.path("title").asText().isBlank(), () -> "no title: " + request);
      assertFalse(problem.path("detail").asText().isBlank(), () -> "no detail: " + request);
    } else {
      assertTrue(type.startsWith("text/html"), () -> type + " for " + request);
    }
  }

  /** One generated request: its head without Host and length, and its body. */
  record HostileRequest(
      Route route, Kind kind, String method, String target, List<String> headers, byte[] body) {

    String head() {
      List<String> lines = new ArrayList<>();
      lines.add(method + " " + target + " HTTP/1.1");
      lines.addAll(headers);
      return String.join("\r\n", lines);
    }

    @Override
    public String toString() {
      String shown = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
      return route
          + " "
          + kind
          + ": "
          + target
          + " "
          + headers.stream().map(HostileRequest::visible).toList()
          + " body("
          + body.length
          + ")="
          + visible(shown);
    }

    private static String visible(String text) {
      StringBuilder shown = new StringBuilder();
      text.codePoints()
          .forEach(
              c -> {
                if (c < 0x20 || c == 0x7F) {
                  shown.append(String.format("\\x%02X", c));
                } else {
                  shown.append(Character.toChars(c));
                }
              });
      return shown.toString();
    }

    static HostileRequest of(Route route, Kind kind, SplittableRandom random) {
      return new Generator(route, random).request(kind);
    }
  }

  /** Builds one request of a kind for a route: valid credentials most of the time. */
  private static final class Generator {

    private static final List<String> FIELDS =
        List.of(
            "username",
            "password",
            "email",
            "displayName",
            "initialPassword",
            "currentPassword",
            "newPassword",
            "reenteredPassword",
            "clientAddress",
            "token",
            "id",
            "name",
            "serviceUrls",
            "csrf");
    private static final List<String> CONTENT_TYPES =
        List.of(
            "application/json",
            "application/json; charset=UTF-8",
            "application/json; charset=ISO-8859-1",
            "text/csv",
            "text/csv; charset=UTF-8",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "text/plain",
            "application/json\u0000",
            "*/*");
    private static final List<String> NASTY =
        List.of(
            "\r\n",
            "\n",
            "\r",
            "\u0000",
            "\u0007",
            "\u001B[31m",
            "\u007F",
            "\u0085",
            "\u2028",
            "\uFEFF",
            "\uD800",
            "\uDFFF",
            "😀",
            "%00",
            "%0d%0a",
            "<script>",
            "\"",
            "\\",
            "'; DROP TABLE accounts; --",
            "${jndi:ldap://x}",
            "a@b.c\r\nBcc: everyone@example.edu");

    private final Route route;
    private final SplittableRandom random;
    private final String path;

    Generator(Route route, SplittableRandom random) {
      this.route = route;
      this.random = random;
      this.path = route.path().replace("{username}", "chan.tm");
    }

    HostileRequest request(Kind kind) {
      HostileRequest built = build(kind);
      return new HostileRequest(
          route, kind, built.method(), built.target(), built.headers(), built.body());
    }

    /** The anti-forgery token the route's form expects: the session's, or the cookie's. */
    private String csrf() {
      boolean signedIn = path.startsWith("/profile") || path.equals("/sign-out");
      return signedIn ? Csrf.tokenFor(SecretToken.of(SESSION)) : SIGNED_OUT_CSRF;
    }

    private HostileRequest build(Kind kind) {
      return switch (kind) {
        case RANDOM_BYTES -> withBody(anyContentType(), randomBytes(random.nextInt(2049)));
        case BODY_OVER_THE_LIMIT -> withBody(jsonOrForm(), bodyOver());
        case INVALID_UTF8 -> withBody(jsonOrForm(), invalidUtf8());
        case INVALID_JSON -> withBody("application/json", utf8(invalidJson()));
        case WRONG_TYPES_AND_UNKNOWN_FIELDS -> withBody("application/json", utf8(wrongTypes()));
        case CONTROL_CHARACTERS_IN_FIELDS -> withBody(jsonOrForm(), fields(this::nasty));
        case VERY_LONG_FIELDS -> withBody(jsonOrForm(), fields(() -> longValue()));
        case CR_LF_IN_HEADERS -> crLfInHeaders();
        case GARBAGE_FORM -> withBody("application/x-www-form-urlencoded", utf8(garbageForm()));
        case GARBAGE_PATH_AND_QUERY -> garbagePathAndQuery();
      };
    }

    private HostileRequest withBody(String contentType, byte[] body) {
      List<String> headers = new ArrayList<>(credentials());
      headers.add("Content-Type: " + contentType);
      return new HostileRequest(route, null, route.method(), path, headers, body);
    }

    /** The credentials the route expects, most of the time; a form's anti-forgery cookie too. */
    private List<String> credentials() {
      if (random.nextInt(10) < 2) {
        return List.of();
      }
      if (path.startsWith("/api/v1/admin")) {
        return List.of("Authorization: Bearer " + RunningServer.ADMIN_TOKEN);
      }
      if (path.startsWith("/api/")) {
        return List.of("Authorization: " + EServices.soulCredentials());
      }
      return List.of("Cookie: sps_session=" + SESSION + "; sps_csrf=" + SIGNED_OUT_CSRF);
    }

    private String jsonOrForm() {
      return path.startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded";
    }

    private String anyContentType() {
      return CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
    }

    private byte[] randomBytes(int count) {
      byte[] bytes = new byte[count];
      for (int i = 0; i < count; i++) {
        bytes[i] = (byte) random.nextInt(256);
      }
      return bytes;
    }

    private byte[] bodyOver() {
      byte[] body = new byte[BODY_LIMIT * 4 + 1 + random.nextInt(BODY_LIMIT)];
      Arrays.fill(body, (byte) (random.nextBoolean() ? 'A' : '['));
      return body;
    }

    private byte[] invalidUtf8() {
      byte[][] broken = {
        {(byte) 0xC3, (byte) 0x28}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x28, 0x28},
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}
      };
      byte[] bad = broken[random.nextInt(broken.length)];
      String field = FIELDS.get(random.nextInt(FIELDS.size()));
      byte[] start =
          (path.startsWith("/api/") ? "{\"" + field + "\": \"x" : field + "=x")
              .getBytes(StandardCharsets.UTF_8);
      byte[] end =
          (path.startsWith("/api/") ? "\"}" : "&csrf=" + csrf()).getBytes(StandardCharsets.UTF_8);
      byte[] body = new byte[start.length + bad.length + end.length];
      System.arraycopy(start, 0, body, 0, start.length);
      System.arraycopy(bad, 0, body, start.length, bad.length);
      System.arraycopy(end, 0, body, start.length + bad.length, end.length);
      return body;
    }

    private String invalidJson() {
      return switch (random.nextInt(8)) {
        case 0 -> "{\"username\": ";
        case 1 -> "[".repeat(2000 + random.nextInt(20_000));
        case 2 -> "{\"username\": \"chan.tm\",}";
        case 3 -> "{\"username\": \"\\uZZZZ\"}";
        case 4 -> "{\"a\":1e999999999}";
        case 5 -> "{\"username\": \"chan.tm\"} trailing";
        case 6 -> "\u0000{}";
        default -> "{'username': 'chan.tm'}";
      };
    }

    private String wrongTypes() {
      StringBuilder json = new StringBuilder("{");
      for (int i = random.nextInt(6); i >= 0; i--) {
        String field =
            random.nextInt(4) == 0
                ? "unknown" + random.nextInt(99)
                : FIELDS.get(random.nextInt(FIELDS.size()));
        String value =
            switch (random.nextInt(6)) {
              case 0 -> "123456789012345678901234567890";
              case 1 -> "[\"a\", {\"b\": null}]";
              case 2 -> "{\"nested\": true}";
              case 3 -> "null";
              case 4 -> "false";
              default -> "-0.0e-7";
            };
        json.append('"').append(field).append("\": ").append(value).append(i > 0 ? ", " : "");
      }
      return json.append('}').toString();
    }

    private String nasty() {
      StringBuilder value = new StringBuilder("chan");
      for (int i = random.nextInt(4); i >= 0; i--) {
        value.append(NASTY.get(random.nextInt(NASTY.size()))).append("x");
      }
      return value.toString();
    }

    private String longValue() {
      return "a".repeat(65 + random.nextInt(BODY_LIMIT / 2));
    }

    /** Every field the routes know, with values from the supplier, as JSON or as a form. */
    private byte[] fields(java.util.function.Supplier<String> values) {
      List<String> chosen = new ArrayList<>(FIELDS);
      java.util.Collections.shuffle(chosen, new java.util.Random(random.nextLong()));
      chosen = chosen.subList(0, 1 + random.nextInt(4));
      if (path.startsWith("/api/")) {
        var object = JSON.createObjectNode();
        chosen.forEach(field -> object.put(field, values.get()));
        return utf8(object.toString());
      }
      StringBuilder form = new StringBuilder("csrf=" + csrf());
      for (String field : chosen) {
        form.append('&')
            .append(field)
            .append('=')
            .append(java.net.URLEncoder.encode(values.get(), StandardCharsets.UTF_8));
      }
      return utf8(form.toString());
    }

    private HostileRequest crLfInHeaders() {
      String[] breaks = {"\r\n", "\n", "\r", "\r\nX-Injected: 1", "\u0000", "\u00ff\u00fe"};
      String broken = breaks[random.nextInt(breaks.length)];
      List<String> headers = new ArrayList<>();
      switch (random.nextInt(5)) {
        case 0 -> headers.add("Authorization: Bearer " + RunningServer.ADMIN_TOKEN + broken + "x");
        case 1 -> headers.add("Authorization: Basic " + "QUJD" + broken + "=");
        case 2 -> headers.add("Cookie: sps_session=" + broken + SESSION);
        case 3 -> headers.add("Content-Type: application/json" + broken + "; charset=UTF-8");
        default -> headers.add("X-Long: " + "v".repeat(20_000 + random.nextInt(20_000)));
      }
      return new HostileRequest(
          route, null, route.method(), path, headers, utf8("{\"username\": \"chan.tm\"}"));
    }

    private String garbageForm() {
      String csrf = "csrf=" + csrf();
      String[] forms = {
        csrf + "&username=%zz&password=%",
        csrf + "&username=%C0%AF&password=%ED%A0%80",
        csrf + "&" + "username=a&".repeat(5_000),
        "csrf=%00&username=chan.tm%0d%0aX: 1&password=x",
        "=&&&==&csrf",
        csrf + "&currentPassword=&newPassword=%00&reenteredPassword=%0A"
      };
      return forms[random.nextInt(forms.length)];
    }

    private HostileRequest garbagePathAndQuery() {
      String[] usernames = {
        "%00", "%0d%0a", "..%2F..%2Fetc%2Fpasswd", "a".repeat(2_000), "%C0%AF", "%E2%80%AE", "%"
      };
      String[] queries = {
        "?limit=-1",
        "?limit=99999999999999999999",
        "?limit=abc",
        "?token=%00%0d%0a",
        "?token=" + "t".repeat(4_000),
        "?%zz=1",
        "?limit=1&limit=2"
      };
      String target =
          route.path().replace("{username}", usernames[random.nextInt(usernames.length)])
              + queries[random.nextInt(queries.length)];
      return new HostileRequest(route, null, route.method(), target, credentials(), new byte[0]);
    }

    private static byte[] utf8(String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }
}
