package org.singlepassword.adapters.web.api.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.WebSettings;
import org.singlepassword.adapters.web.testing.ApiClient;
import org.singlepassword.adapters.web.testing.EServices;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.TestClock;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetCommand;
import org.singlepassword.application.port.in.reset.InvalidResetLinkException;
import org.singlepassword.application.port.in.reset.RequestPasswordResetCommand;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.MinimumLength;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.Violation;
import org.singlepassword.domain.token.SecretToken;

/**
 * The reset API: asking for a link is an e-service's call, 202 whatever the account; confirming is
 * open, 204, 422 with every unmet rule, or one 400 for every link that does not work.
 */
class PasswordResetApiTest {

  private static final String REQUEST = "/api/v1/password-resets";
  private static final String CONFIRM = "/api/v1/password-resets/confirm";
  private static final String PROBLEMS = "https://single-password.example/problems/";
  private static final String NEW = "New-Secret-Pass2";

  private final String token = SecretToken.generate(new SecureRandom()).reveal();
  private final List<RequestPasswordResetCommand> requests = new CopyOnWriteArrayList<>();
  private final List<ConfirmPasswordResetCommand> confirmations = new CopyOnWriteArrayList<>();
  private final AtomicReference<RuntimeException> outcome = new AtomicReference<>();
  private final TestClock clock = new TestClock();
  private RunningServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .authenticateEService(EServices.onlySoul())
                .requestPasswordReset(requests::add)
                .confirmPasswordReset(
                    command -> {
                      confirmations.add(command);
                      if (outcome.get() != null) {
                        throw outcome.get();
                      }
                    }),
            RunningServer.settings(clock));
    api = server.api();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response request(String json) {
    return api.postJson(REQUEST, json, "Authorization", EServices.soulCredentials());
  }

  private Response requestFor(String username) {
    return request("{\"username\": " + quoted(username) + "}");
  }

  private Response confirm(String json) {
    return api.postJson(CONFIRM, json);
  }

  private static String quoted(String text) {
    return "\""
        + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n")
        + "\"";
  }

  private static void assertProblem(Response response, int status, String type) {
    assertEquals(status, response.status(), response.body());
    assertEquals("application/problem+json", response.header("Content-Type"));
    assertEquals(PROBLEMS + type, response.json().get("type").asText());
  }

  @Nested
  class AskingForALink {

    @Test
    void answers202WithNoBodyWhateverTheAccount() {
      for (String typed :
          List.of("chan.tm", "nobody.at.all", "chan.tm@example.edu", "not a username!")) {
        Response response = requestFor(typed);

        assertEquals(202, response.status(), typed);
        assertEquals("", response.body());
      }
    }

    @Test
    void asksTheUseCaseWithWhatParsesAndThePersonsAddress() {
      request("{\"username\": \"Chan.TM@Example.EDU\", \"clientAddress\": \"203.0.113.7\"}");

      RequestPasswordResetCommand command = requests.get(0);
      assertEquals(Optional.of(new Username("chan.tm@example.edu")), command.username());
      assertEquals(Optional.of(new EmailAddress("Chan.TM@example.edu")), command.email());
      assertEquals(Optional.of(new ClientAddress("203.0.113.7")), command.clientAddress());
    }

    @Test
    void asksNothingForTextThatIsNeitherAUsernameNorAnAddress() {
      assertEquals(202, requestFor("Chan Tai Man").status());

      assertEquals(List.of(), requests);
    }

    @Test
    void neverPassesOnAMailHeaderSmuggledIntoTheUsername() {
      for (String typed : List.of("a@b.c\r\nBcc: x@y.z", "a@b.c\r\n", "chan.tm\nBcc: x@y.z")) {
        assertEquals(202, requestFor(typed).status(), typed);
      }

      for (RequestPasswordResetCommand command : requests) {
        assertFalse(command.username().map(Username::value).orElse("").matches("(?s).*[\r\n].*"));
        assertFalse(command.email().map(EmailAddress::value).orElse("").matches("(?s).*[\r\n].*"));
      }
      assertEquals(List.of(), requests);
    }

    @Test
    void answers400ForAMissingEmptyOrOverlongUsername() {
      assertProblem(request("{}"), 400, "invalid-field");
      assertProblem(requestFor(""), 400, "invalid-field");
      assertProblem(requestFor("  "), 400, "invalid-field");
      assertProblem(requestFor("a".repeat(255)), 400, "invalid-field");
      assertEquals("username", requestFor("").json().get("field").asText());
      assertEquals(List.of(), requests);
    }

    @Test
    void answers400ForMalformedJsonAnUnknownFieldOrABadClientAddress() {
      assertProblem(request("{\"username\": "), 400, "invalid-json");
      assertProblem(
          request("{\"username\": \"chan.tm\", \"bcc\": \"x@y.z\"}"), 400, "unknown-field");
      assertProblem(
          request("{\"username\": \"chan.tm\", \"clientAddress\": \"example.com\"}"),
          400,
          "invalid-field");
      assertEquals(List.of(), requests);
    }

    @Test
    void answers401ToACallerThatIsNoEService() {
      Response anonymous = api.postJson(REQUEST, "{\"username\": \"chan.tm\"}");
      Response guessing =
          api.postJson(
              REQUEST,
              "{\"username\": \"chan.tm\"}",
              "Authorization",
              ApiClient.basic("soul", "x"));

      assertProblem(anonymous, 401, "e-service-authentication-required");
      assertProblem(guessing, 401, "e-service-authentication-required");
      assertEquals(List.of(), requests);
    }

    @Test
    void holdsOffAPersonsAddressThatAsksTooOften() {
      String body = "{\"username\": \"chan.tm\", \"clientAddress\": \"203.0.113.7\"}";
      for (int i = 0; i < WebSettings.DEFAULT_FORM_ATTEMPTS_PER_MINUTE; i++) {
        assertEquals(202, request(body).status());
      }

      Response held = request(body);

      assertProblem(held, 429, "too-many-attempts");
      assertEquals("6", held.header("Retry-After"));
      assertEquals(202, request("{\"username\": \"chan.tm\"}").status());
    }
  }

  @Nested
  class ConfirmingWithALink {

    private String body(String newPassword) {
      return "{\"token\": \"" + token + "\", \"newPassword\": \"" + newPassword + "\"}";
    }

    @Test
    void answers204AndResetsWithTheTokenWithoutAnyEService() {
      Response response = confirm(body(NEW));

      assertEquals(204, response.status(), response.body());
      assertEquals("", response.body());
      ConfirmPasswordResetCommand command = confirmations.get(0);
      assertEquals(token, command.token().reveal());
      assertTrue(command.newPassword().sameAs(Password.of(NEW)));
      assertEquals(Optional.of(new ClientAddress("127.0.0.1")), command.clientAddress());
    }

    @Test
    void recordsThePersonsAddressWhenAnEServiceRelaysTheCall() {
      confirm(
          "{\"token\": \""
              + token
              + "\", \"newPassword\": \""
              + NEW
              + "\", \"clientAddress\": \"2001:db8::7\"}");

      assertEquals(
          Optional.of(new ClientAddress("2001:db8::7")), confirmations.get(0).clientAddress());
    }

    @Test
    void answers422WithEveryUnmetRule() {
      outcome.set(
          new PasswordRejectedException(
              List.of(Violation.of(new MinimumLength(10)), Violation.of(new MinimumLength(12)))));

      Response response = confirm(body("short"));

      assertProblem(response, 422, "password-rejected");
      JsonNode violations = response.json().get("violations");
      assertEquals(2, violations.size());
      assertEquals("MIN_LENGTH", violations.get(0).get("rule").asText());
      assertEquals(
          "Your new password must be at least 10 characters long.",
          violations.get(0).get("message").asText());
      assertEquals(10, violations.get(0).get("min").asInt());
    }

    @Test
    void answers400WithOneMessageForALinkThatDoesNotWork() {
      outcome.set(new InvalidResetLinkException());

      Response response = confirm(body(NEW));

      assertProblem(response, 400, "invalid-reset-link");
      assertEquals(
          "This reset link is not valid: it may have expired or been used already.",
          response.json().get("detail").asText());
    }

    @Test
    void answersTheSame400ForAGarbageTokenWithoutAskingTheUseCase() {
      for (String garbage : List.of("", "not a token", "a".repeat(129), "abc\\r\\nX: y")) {
        Response response =
            confirm("{\"token\": \"" + garbage + "\", \"newPassword\": \"" + NEW + "\"}");

        assertProblem(response, 400, "invalid-reset-link");
      }
      assertEquals(List.of(), confirmations);
    }

    @Test
    void answers400ForAMissingFieldOrAnUnknownOne() {
      assertProblem(confirm("{\"newPassword\": \"" + NEW + "\"}"), 400, "invalid-field");
      assertProblem(confirm("{\"token\": \"" + token + "\"}"), 400, "invalid-field");
      assertProblem(
          confirm("{\"token\": \"" + token + "\", \"newPassword\": \"x\", \"reentered\": \"x\"}"),
          400,
          "unknown-field");
      assertEquals(List.of(), confirmations);
    }

    @Test
    void holdsOffAConnectionThatTriesTooManyTokensWhateverAddressItClaims() {
      outcome.set(new InvalidResetLinkException());
      for (int i = 0; i < WebSettings.DEFAULT_FORM_ATTEMPTS_PER_MINUTE; i++) {
        String claimed = "198.51.100." + (i + 1);
        assertEquals(
            400,
            confirm(
                    "{\"token\": \""
                        + token
                        + "\", \"newPassword\": \""
                        + NEW
                        + "\", \"clientAddress\": \""
                        + claimed
                        + "\"}")
                .status());
      }

      Response held = confirm(body(NEW));

      assertProblem(held, 429, "too-many-attempts");
      assertEquals(WebSettings.DEFAULT_FORM_ATTEMPTS_PER_MINUTE, confirmations.size());
    }
  }

  @Test
  void neverShowsTheTokenOrThePasswordInAProblem() {
    outcome.set(new InvalidResetLinkException());

    Response response = confirm("{\"token\": \"" + token + "\", \"newPassword\": \"" + NEW + "\"}");

    assertFalse(response.body().contains(token));
    assertFalse(response.body().contains(NEW));
  }
}
