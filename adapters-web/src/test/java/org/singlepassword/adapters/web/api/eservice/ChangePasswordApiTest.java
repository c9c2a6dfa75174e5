package org.singlepassword.adapters.web.api.eservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.ApiClient;
import org.singlepassword.adapters.web.testing.EServices;
import org.singlepassword.adapters.web.testing.RecordingChangePassword;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.password.CommonPasswords;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.ForbiddenCharacters;
import org.singlepassword.domain.policy.MaximumLength;
import org.singlepassword.domain.policy.MinimumLength;
import org.singlepassword.domain.policy.NoPersonalData;
import org.singlepassword.domain.policy.NotCommonPassword;
import org.singlepassword.domain.policy.NotSimilarToCurrent;
import org.singlepassword.domain.policy.PasswordContext;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RequiredCharacters;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/** An e-service changing a person's password: 204, 401, 409, and 422 with every unmet rule. */
class ChangePasswordApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/api/v1/accounts/chan.tm/password";
  private static final String BODY =
      """
      {"currentPassword": "Old-Secret-Pass1", "newPassword": "New-Secret-Pass2"}""";

  private final RecordingChangePassword changePassword = new RecordingChangePassword();
  private final List<ChangePasswordCommand> changes = changePassword.changes();
  private RunningServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .authenticateEService(EServices.onlySoul())
                .changePassword(changePassword));
    api = server.api();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response change() {
    return api.postJson(PATH, BODY, "Authorization", EServices.soulCredentials());
  }

  @Nested
  class WhenTheChangeIsMade {

    @Test
    void answers204WithNothingElse() {
      Response response = change();

      assertEquals(204, response.status());
      assertEquals("", response.body());
    }

    @Test
    void changesThePasswordOfThePathsUsernameThroughTheCallingEService() {
      change();

      ChangePasswordCommand command = changes.get(0);
      assertEquals("chan.tm", command.username().value());
      assertTrue(command.currentPassword().sameAs(Password.of("Old-Secret-Pass1")));
      assertTrue(command.newPassword().sameAs(Password.of("New-Secret-Pass2")));
      assertEquals(Channel.eService(EServices.SOUL), command.channel());
    }
  }

  @Nested
  class WhenTheChangeIsRefused {

    @Test
    void answers401ForAWrongCurrentPassword() {
      changePassword.refuseWith(new IncorrectPasswordException());

      Response response = change();

      assertEquals(401, response.status());
      assertEquals(
          "https://single-password.example/problems/incorrect-credentials",
          response.json().get("type").asText());
    }

    @Test
    void answers409WhenTheAccountChangedAtTheSameTime() {
      changePassword.refuseWith(new ConcurrentChangeException());

      Response response = change();

      assertEquals(409, response.status());
      assertEquals(
          "https://single-password.example/problems/concurrent-change",
          response.json().get("type").asText());
    }

    @Test
    void answers422WithEveryUnmetRuleAndItsParametersFlattened() throws Exception {
      changePassword.refuseWith(
          new PasswordRejectedException(
              List.of(
                  Violation.of(new MinimumLength(10)),
                  Violation.of(new MaximumLength(128)),
                  new ForbiddenCharacters(ForbiddenCharacters.FAQ)
                      .check(Password.of("a$b c"))
                      .orElseThrow(),
                  Violation.of(RequiredCharacters.uppercase(1)),
                  Violation.of(RequiredCharacters.lowercase(1)),
                  Violation.of(RequiredCharacters.digit(1)),
                  new Violation(RuleId.HISTORY, Map.of("depth", 3)))));

      Response response = change();

      assertEquals(422, response.status());
      assertEquals("application/problem+json", response.header("Content-Type"));
      JsonNode expected =
          JSON.readTree(
              """
              {"type": "https://single-password.example/problems/password-rejected",
               "title": "Password rejected",
               "status": 422,
               "detail": "The new password does not meet every rule of the password policy.",
               "violations": [
                {"rule": "MIN_LENGTH",
                 "message": "Your new password must be at least 10 characters long.",
                 "min": 10},
                {"rule": "MAX_LENGTH",
                 "message": "Your new password must be at most 128 characters long.",
                 "max": 128},
                {"rule": "FORBIDDEN_CHARACTER",
                 "message": "Your new password must not contain $ or space.",
                 "characters": ["$", "\\"", "\\\\", "/", "`"], "whitespace": true,
                 "found": ["$", " "]},
                {"rule": "UPPERCASE",
                 "message": "Your new password must contain at least one uppercase letter (A - Z).",
                 "from": "A", "to": "Z", "minimum": 1},
                {"rule": "LOWERCASE",
                 "message": "Your new password must contain at least one lowercase letter (a - z).",
                 "from": "a", "to": "z", "minimum": 1},
                {"rule": "DIGIT",
                 "message": "Your new password must contain at least one digit (0 - 9).",
                 "from": "0", "to": "9", "minimum": 1},
                {"rule": "HISTORY",
                 "message": "Your new password must not be one of your last 3 passwords.",
                 "depth": 3}
               ]}""");
      assertEquals(expected, response.json());
    }

    @Test
    void answers422NamingTheRulesCurrentStandardsAddWithoutRepeatingThePassword() throws Exception {
      Password typed = Password.of("Chan-Soul-2024");
      PasswordContext context =
          PasswordContext.of("chan.tm", "Chan Tai Man", "tmc@example.edu")
              .withEServices(List.of("SOUL", "soul"))
              .withCurrent(Password.of("Chan-Soul-2023"));
      changePassword.refuseWith(
          new PasswordRejectedException(
              List.of(
                  new NotCommonPassword(CommonPasswords.of(List.of("chan-soul-2024")))
                      .check(typed, context)
                      .orElseThrow(),
                  new NoPersonalData(3).check(typed, context).orElseThrow(),
                  new NotSimilarToCurrent(2).check(typed, context).orElseThrow())));

      Response response = change();

      assertEquals(422, response.status());
      JsonNode expected =
          JSON.readTree(
              """
              [{"rule": "COMMON_PASSWORD",
                "message": "This password is too common: choose one that others are unlikely to use.",
                "listed": 1},
               {"rule": "CONTAINS_PERSONAL_DATA",
                "message": "Your new password must not contain your username, your name or the name of an e-service.",
                "leastWordLength": 3, "found": ["username", "displayName", "eService"]},
               {"rule": "TOO_SIMILAR",
                "message": "Your new password is too like your current one: change more than the number or the case.",
                "maxEdits": 2}]""");
      assertEquals(expected, response.json().get("violations"));
      assertFalse(response.body().toLowerCase(Locale.ROOT).contains("chan-soul"));
    }

    @Test
    void answers400ForAMissingNewPasswordWithoutAskingTheUseCase() {
      Response response =
          api.postJson(
              PATH,
              "{\"currentPassword\": \"Old-Secret-Pass1\"}",
              "Authorization",
              EServices.soulCredentials());

      assertEquals(400, response.status());
      assertEquals("newPassword", response.json().get("field").asText());
      assertEquals(List.of(), changes);
    }

    @Test
    void answers400ForAUsernameInThePathThatCannotExist() {
      Response response =
          api.postJson(
              "/api/v1/accounts/NOT%20A%20USER!/password",
              BODY, "Authorization", EServices.soulCredentials());

      assertEquals(400, response.status());
      assertEquals("username", response.json().get("field").asText());
      assertEquals(List.of(), changes);
    }

    @Test
    void answers401ToAnUnauthenticatedCallerAndChangesNothing() {
      Response response =
          api.postJson(PATH, BODY, "Authorization", ApiClient.basic("soul", "guess"));

      assertEquals(401, response.status());
      assertEquals("Basic realm=\"single-password\"", response.header("WWW-Authenticate"));
      assertEquals(List.of(), changes);
    }
  }
}
