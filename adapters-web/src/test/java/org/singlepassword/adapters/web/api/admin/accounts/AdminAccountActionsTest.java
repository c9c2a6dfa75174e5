package org.singlepassword.adapters.web.api.admin.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.adapters.web.testing.ApiClient;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.accounts.AccountDetails;
import org.singlepassword.application.port.in.accounts.AccountNotFoundException;
import org.singlepassword.application.port.in.accounts.AdministerAccountCommand;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.eservice.EServiceId;

/** IT on one account: look it up, act on it, read its audit; 200, 204, 400 and 404. */
class AdminAccountActionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN = ApiClient.bearer(RunningServer.ADMIN_TOKEN);
  private static final Username CHAN = new Username("chan.tm");
  private static final Instant AT = Instant.parse("2025-03-14T12:00:00Z");

  private final List<AdministerAccountCommand> actions = new CopyOnWriteArrayList<>();
  private final List<Integer> limits = new CopyOnWriteArrayList<>();
  private RunningServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .showAccount(
                    username -> {
                      if (!username.equals(CHAN)) {
                        throw new AccountNotFoundException(username);
                      }
                      return new AccountDetails(
                          CHAN,
                          new EmailAddress("chan.tm@example.edu"),
                          new DisplayName("Chan Tai Man"),
                          AccountStatus.ACTIVE,
                          AT,
                          Optional.of(Instant.parse("2025-09-10T12:00:00Z")),
                          Optional.empty(),
                          2);
                    })
                .administerAccount(
                    command -> {
                      if (!command.username().equals(CHAN)) {
                        throw new AccountNotFoundException(command.username());
                      }
                      actions.add(command);
                    })
                .listAccountActivity(
                    (username, limit) -> {
                      limits.add(limit);
                      return IntStream.range(0, limit)
                          .mapToObj(i -> event(AT.minusSeconds(60L * i)))
                          .toList();
                    }));
    api = server.api();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static AuditEvent event(Instant at) {
    return new AuditEvent(
        at,
        CHAN,
        AuditEventType.SIGN_IN_SUCCEEDED,
        Channel.eService(new EServiceId("soul")),
        Optional.of(new ClientAddress("203.0.113.7")));
  }

  @Nested
  class LookingAnAccountUp {

    @Test
    void answersItsStatusPasswordAgeAndLockWithInstantsInIso8601AndAbsentOnesNull()
        throws Exception {
      Response response = api.get("/api/v1/admin/accounts/Chan.TM", "Authorization", ADMIN);

      assertEquals(200, response.status(), response.body());
      assertEquals(
          JSON.readTree(
              """
              {"username": "chan.tm", "email": "chan.tm@example.edu",
               "displayName": "Chan Tai Man", "status": "ACTIVE",
               "passwordChangedAt": "2025-03-14T12:00:00Z",
               "passwordExpiresAt": "2025-09-10T12:00:00Z", "lockedUntil": null,
               "failedAttempts": 2}"""),
          response.json());
    }

    @Test
    void answers404ForAnUnknownUsername() {
      Response response = api.get("/api/v1/admin/accounts/nobody", "Authorization", ADMIN);

      assertEquals(404, response.status());
      assertEquals(
          "https://single-password.example/problems/account-not-found",
          response.json().get("type").asText());
    }

    @Test
    void answers400ForAUsernameThatCannotExist() {
      Response response = api.get("/api/v1/admin/accounts/NOT%20A%20NAME!", "Authorization", ADMIN);

      assertEquals(400, response.status());
      assertEquals("username", response.json().get("field").asText());
    }

    @Test
    void needsTheAdministratorToken() {
      assertEquals(401, api.get("/api/v1/admin/accounts/chan.tm").status());
    }
  }

  @Nested
  class ActingOnAnAccount {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "unlock, UNLOCK",
      "expire-password, EXPIRE_PASSWORD",
      "disable, DISABLE",
      "enable, ENABLE"
    })
    void answers204AfterAskingForThatAction(String path, AdministerAccountCommand.Action action) {
      Response response =
          api.post(
              "/api/v1/admin/accounts/chan.tm/" + path, null, new byte[0], "Authorization", ADMIN);

      assertEquals(204, response.status(), response.body());
      assertEquals(List.of(new AdministerAccountCommand(CHAN, action)), actions);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unlock", "expire-password", "disable", "enable"})
    void answers404ForAnUnknownUsername(String path) {
      Response response =
          api.post(
              "/api/v1/admin/accounts/nobody/" + path, null, new byte[0], "Authorization", ADMIN);

      assertEquals(404, response.status());
      assertEquals(
          "https://single-password.example/problems/account-not-found",
          response.json().get("type").asText());
    }

    @Test
    void needsTheAdministratorToken() {
      Response response = api.post("/api/v1/admin/accounts/chan.tm/disable", null, new byte[0]);

      assertEquals(401, response.status());
      assertEquals(List.of(), actions);
    }
  }

  @Nested
  class ReadingTheAudit {

    @Test
    void answersFiftyEventsNewestFirstByDefault() throws Exception {
      Response response = api.get("/api/v1/admin/accounts/chan.tm/events", "Authorization", ADMIN);

      assertEquals(200, response.status(), response.body());
      assertEquals(List.of(50), limits);
      assertEquals(50, response.json().get("events").size());
      assertEquals(
          JSON.readTree(
              """
              {"at": "2025-03-14T12:00:00Z", "type": "SIGN_IN_SUCCEEDED",
               "channel": "e-service:soul", "clientAddress": "203.0.113.7"}"""),
          response.json().get("events").get(0));
    }

    @Test
    void answersAsManyAsTheLimitAsks() {
      Response response =
          api.get("/api/v1/admin/accounts/chan.tm/events?limit=3", "Authorization", ADMIN);

      assertEquals(List.of(3), limits);
      assertEquals(3, response.json().get("events").size());
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"0", "201", "-1", "ten", "1.5", ""})
    void answers400ForALimitOutsideOneTo200(String limit) {
      Response response =
          api.get("/api/v1/admin/accounts/chan.tm/events?limit=" + limit, "Authorization", ADMIN);

      assertEquals(400, response.status());
      assertEquals("limit", response.json().get("field").asText());
      assertEquals(List.of(), limits);
    }

    @Test
    void answersAnEventsAbsentAddressAsNull() {
      server.close();
      server =
          RunningServer.start(
              new UseCaseStubs()
                  .listAccountActivity(
                      (username, limit) ->
                          List.of(
                              new AuditEvent(
                                  AT,
                                  CHAN,
                                  AuditEventType.ACCOUNT_DISABLED,
                                  Channel.ADMINISTRATOR))));

      Response response =
          server.api().get("/api/v1/admin/accounts/chan.tm/events", "Authorization", ADMIN);

      assertEquals("admin", response.json().get("events").get(0).get("channel").asText());
      assertEquals(true, response.json().get("events").get(0).get("clientAddress").isNull());
    }
  }
}
