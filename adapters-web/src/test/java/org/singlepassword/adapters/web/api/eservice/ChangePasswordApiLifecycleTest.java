package org.singlepassword.adapters.web.api.eservice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.ApiClient;
import org.singlepassword.adapters.web.testing.EServices;
import org.singlepassword.adapters.web.testing.RecordingChangePassword;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.TestClock;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/** An e-service changing a password: the person's address, a lock, a change made too soon. */
class ChangePasswordApiLifecycleTest {

  private static final String PATH = "/api/v1/accounts/chan.tm/password";

  private final TestClock clock = new TestClock();
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
                .changePassword(changePassword),
            RunningServer.settings(clock));
    api = server.api();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response change(String clientAddressField) {
    return api.postJson(
        PATH,
        "{\"currentPassword\": \"Old-Secret-Pass1\", \"newPassword\": \"New-Secret-Pass2\""
            + clientAddressField
            + "}",
        "Authorization",
        EServices.soulCredentials());
  }

  @Test
  void passesThePersonsAddressOnAndKeepsNoWebSession() {
    Response response = change(", \"clientAddress\": \"203.0.113.7\"");

    assertEquals(204, response.status(), response.body());
    assertEquals(Optional.of(new ClientAddress("203.0.113.7")), changes.get(0).clientAddress());
    assertEquals(Optional.empty(), changes.get(0).keptSession());
  }

  @Test
  void refusesAnAddressThatIsNoIpAddress() {
    Response response = change(", \"clientAddress\": \"somewhere\"");

    assertEquals(400, response.status());
    assertEquals("clientAddress", response.json().get("field").asText());
    assertEquals(List.of(), changes);
  }

  @Test
  void answersALockedAccountWith423AndRetryAfter() {
    changePassword.refuseWith(
        new AccountLockedException(TestClock.START.plus(Duration.ofMinutes(10))));

    Response response = change("");

    assertEquals(423, response.status());
    assertEquals("600", response.header("Retry-After"));
    assertEquals("2025-03-14T12:10:00Z", response.json().get("lockedUntil").asText());
  }

  @Test
  void answersAChangeMadeTooSoonWith422SayingFromWhen() {
    changePassword.refuseWith(
        new PasswordRejectedException(
            List.of(
                new Violation(
                    RuleId.MIN_AGE,
                    Map.of("minAge", "PT24H", "changeableFrom", "2025-03-15T12:00:00Z")))));

    Response response = change("");

    assertEquals(422, response.status());
    var violation = response.json().get("violations").get(0);
    assertEquals("MIN_AGE", violation.get("rule").asText());
    assertEquals(
        "You changed your password recently: you can change it again from 15 March 2025.",
        violation.get("message").asText());
    assertEquals("2025-03-15T12:00:00Z", violation.get("changeableFrom").asText());
  }
}
