package org.singlepassword.adapters.web.api.eservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.singlepassword.adapters.web.testing.ApiClient;
import org.singlepassword.adapters.web.testing.EServices;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;

/** An e-service signing a person in: who may call, and one answer for every wrong credential. */
class SignInApiTest {

  private static final String RIGHT_PASSWORD = "Correct-Horse-9";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, SignedIn> accounts = new ConcurrentHashMap<>();
  private final List<SignInCommand> attempts = new CopyOnWriteArrayList<>();
  private RunningServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    accounts.put("chan.tm", People.chan());
    accounts.put("lee.sm", People.newcomer());
    server =
        RunningServer.start(
            new UseCaseStubs()
                .authenticateEService(EServices.onlySoul())
                .signIn(
                    command -> {
                      attempts.add(command);
                      SignedIn person = accounts.get(command.username().value());
                      if (person == null
                          || !command.password().sameAs(Password.of(RIGHT_PASSWORD))) {
                        throw new IncorrectPasswordException();
                      }
                      return person;
                    }));
    api = server.api();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response signIn(String username, String password, String authorization) {
    String body =
        JSON.createObjectNode().put("username", username).put("password", password).toString();
    return api.postJson("/api/v1/sign-in", body, "Authorization", authorization);
  }

  @Nested
  class ForAnAuthenticatedEService {

    @Test
    void signsThePersonInAndSaysWhatTheyMustDoFirst() throws Exception {
      Response response = signIn("chan.tm", RIGHT_PASSWORD, EServices.soulCredentials());

      assertEquals(200, response.status());
      assertTrue(response.header("Content-Type").startsWith("application/json"));
      assertEquals(
          JSON.readTree(
              """
              {"username": "chan.tm", "status": "ACTIVE",
               "passwordChangedAt": "2025-03-14T12:00:00Z",
               "passwordExpiresAt": null, "expiryWarning": false}"""),
          response.json());
    }

    @Test
    void saysWhenTheInitialPasswordMustBeChanged() {
      Response response = signIn("lee.sm", RIGHT_PASSWORD, EServices.soulCredentials());

      assertEquals("MUST_CHANGE_PASSWORD", response.json().get("status").asText());
    }

    @Test
    void signsInThroughTheCallingEService() {
      signIn("Chan.TM", RIGHT_PASSWORD, EServices.soulCredentials());

      assertEquals("chan.tm", attempts.get(0).username().value());
      assertEquals(Channel.eService(EServices.SOUL), attempts.get(0).channel());
    }

    @Test
    void answersAWrongPasswordWithIncorrectCredentials() {
      Response response = signIn("chan.tm", "wrong", EServices.soulCredentials());

      assertEquals(401, response.status());
      assertEquals("application/problem+json", response.header("Content-Type"));
      JsonNode problem = response.json();
      assertEquals(
          "https://single-password.example/problems/incorrect-credentials",
          problem.get("type").asText());
      assertEquals("Incorrect username or password", problem.get("title").asText());
      assertEquals(401, problem.get("status").asInt());
      assertTrue(problem.has("detail"));
      // The e-service's own credentials were right: no challenge to send them again.
      assertNull(response.header("WWW-Authenticate"));
    }

    @Test
    void answersAnUnknownUsernameExactlyAsAWrongPassword() {
      Response wrongPassword = signIn("chan.tm", "wrong", EServices.soulCredentials());
      Response unknownUsername = signIn("nobody", RIGHT_PASSWORD, EServices.soulCredentials());

      assertEquals(wrongPassword.status(), unknownUsername.status());
      assertEquals(wrongPassword.body(), unknownUsername.body());
    }

    @Test
    void refusesAUsernameThatCannotExistNamingTheField() {
      Response response = signIn("not a username!", RIGHT_PASSWORD, EServices.soulCredentials());

      assertEquals(400, response.status());
      assertEquals(
          "https://single-password.example/problems/invalid-field",
          response.json().get("type").asText());
      assertEquals("username", response.json().get("field").asText());
      assertEquals(List.of(), attempts);
    }

    @Test
    void refusesAMissingPasswordNamingTheField() {
      Response response =
          api.postJson(
              "/api/v1/sign-in",
              "{\"username\": \"chan.tm\"}",
              "Authorization",
              EServices.soulCredentials());

      assertEquals(400, response.status());
      assertEquals("password", response.json().get("field").asText());
    }
  }

  static Stream<Arguments> unauthenticatedCallers() {
    return Stream.of(
        Arguments.of("no credentials", null),
        Arguments.of("a wrong secret", ApiClient.basic("soul", "guess")),
        Arguments.of("an unknown e-service", ApiClient.basic("no-such-service", "guess")),
        Arguments.of(
            "a disabled e-service", ApiClient.basic(EServices.DISABLED, EServices.DISABLED_SECRET)),
        Arguments.of("an id that cannot exist", ApiClient.basic("Not An Id!", "guess")),
        Arguments.of("no colon", "Basic c291bA=="),
        Arguments.of("not Base64", "Basic %%%"),
        Arguments.of("another scheme", "Bearer " + EServices.SOUL_SECRET));
  }

  @Nested
  class ForAnyOtherCaller {

    @ParameterizedTest(name = "{0}")
    @MethodSource(
        "org.singlepassword.adapters.web.api.eservice.SignInApiTest#unauthenticatedCallers")
    void answersTheSame401WithABasicChallengeAndSignsNobodyIn(String caller, String authorization) {
      Response response =
          authorization == null
              ? api.postJson("/api/v1/sign-in", "{\"username\": \"chan.tm\", \"password\": \"x\"}")
              : signIn("chan.tm", RIGHT_PASSWORD, authorization);
      Response noCredentials =
          api.postJson("/api/v1/sign-in", "{\"username\": \"chan.tm\", \"password\": \"x\"}");

      assertEquals(401, response.status());
      assertEquals("Basic realm=\"single-password\"", response.header("WWW-Authenticate"));
      assertEquals(
          "https://single-password.example/problems/e-service-authentication-required",
          response.json().get("type").asText());
      assertEquals(noCredentials.body(), response.body());
      assertEquals(List.of(), attempts);
    }
  }
}
