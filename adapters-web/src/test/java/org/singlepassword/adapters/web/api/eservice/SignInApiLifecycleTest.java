package org.singlepassword.adapters.web.api.eservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.adapters.web.testing.ApiClient;
import org.singlepassword.adapters.web.testing.EServices;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.TestClock;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.signin.AccountDisabledException;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.IncorrectPasswordException;

/**
 * The sign-in API through an account's life: an expiry coming up, an expired password, a lock with
 * its Retry-After, a disabled account, and the person's own address passed on.
 */
class SignInApiLifecycleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestClock clock = new TestClock();
  private final List<SignInCommand> attempts = new CopyOnWriteArrayList<>();
  private final AtomicReference<SignedIn> person = new AtomicReference<>(People.chan());
  private final AtomicReference<RuntimeException> refusal = new AtomicReference<>();
  private RunningServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .authenticateEService(EServices.onlySoul())
                .signIn(
                    command -> {
                      attempts.add(command);
                      if (refusal.get() != null) {
                        throw refusal.get();
                      }
                      return person.get();
                    }),
            RunningServer.settings(clock));
    api = server.api();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response signIn(String clientAddress) {
    var body = JSON.createObjectNode().put("username", "chan.tm").put("password", "Secret-Pass1");
    if (clientAddress != null) {
      body.put("clientAddress", clientAddress);
    }
    return api.postJson(
        "/api/v1/sign-in", body.toString(), "Authorization", EServices.soulCredentials());
  }

  @Nested
  class PasswordAging {

    @Test
    void saysWhenThePasswordExpiresAndWhetherToWarnThePerson() {
      person.set(People.expiringSoon());

      JsonNode answer = signIn(null).json();

      assertEquals("ACTIVE", answer.get("status").asText());
      assertEquals("2025-03-28T12:00:00Z", answer.get("passwordExpiresAt").asText());
      assertTrue(answer.get("expiryWarning").asBoolean());
    }

    @Test
    void saysThatAnExpiredPasswordMustBeChangedFirst() {
      person.set(People.expired());

      JsonNode answer = signIn(null).json();

      assertEquals("PASSWORD_EXPIRED", answer.get("status").asText());
      assertFalse(answer.get("expiryWarning").asBoolean());
    }
  }

  @Nested
  class Refusals {

    @Test
    void answerALockedAccountWith423RetryAfterAndWhenItUnlocks() {
      refusal.set(new AccountLockedException(TestClock.START.plus(Duration.ofMinutes(15))));

      Response response = signIn(null);

      assertEquals(423, response.status());
      assertEquals("application/problem+json", response.header("Content-Type"));
      assertEquals("900", response.header("Retry-After"));
      JsonNode problem = response.json();
      assertEquals(
          "https://single-password.example/problems/account-locked", problem.get("type").asText());
      assertEquals("2025-03-14T12:15:00Z", problem.get("lockedUntil").asText());
    }

    @Test
    void neverAskToRetryAtOnceEvenWhenTheLockHasJustEnded() {
      refusal.set(new AccountLockedException(TestClock.START.minusSeconds(5)));

      assertEquals("1", signIn(null).header("Retry-After"));
    }

    @Test
    void answerADisabledAccountWith403() {
      refusal.set(new AccountDisabledException());

      Response response = signIn(null);

      assertEquals(403, response.status());
      assertEquals(
          "https://single-password.example/problems/account-disabled",
          response.json().get("type").asText());
      assertEquals(
          "This account is disabled. Please contact IT Help.",
          response.json().get("detail").asText());
    }

    @Test
    void answerAWrongPasswordWithTheFaqsHelpAndTheItHelpLink() {
      refusal.set(new IncorrectPasswordException());

      JsonNode problem = signIn(null).json();

      String detail = problem.get("detail").asText();
      assertTrue(detail.contains("Passwords are case sensitive: check that Caps Lock is off."));
      assertTrue(detail.contains("If you changed your password through another e-service"));
      assertEquals(RunningServer.HELP_URL.toString(), problem.get("help").asText());
    }
  }

  @Nested
  class ThePersonsAddress {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "203.0.113.7, 203.0.113.7",
      "2001:db8::1, 2001:db8::1",
      "[2001:db8::1], 2001:db8::1",
      "::ffff:203.0.113.7, ::ffff:203.0.113.7",
      "fe80::1%eth0, fe80::1%eth0"
    })
    void isPassedOnForTheAudit(String given, String recorded) {
      Response response = signIn(given);

      assertEquals(200, response.status(), response.body());
      assertEquals(Optional.of(new ClientAddress(recorded)), attempts.get(0).clientAddress());
    }

    @Test
    void isUnknownWhenTheEServiceDoesNotPassIt() {
      signIn(null);

      assertEquals(Optional.empty(), attempts.get(0).clientAddress());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "",
          "localhost",
          "not an address",
          "999.1.1.1",
          "1.2.3",
          "01.2.3.4",
          "1:2:3:4:5:6:7:8:9",
          "::1::2",
          "2001:db8::g",
          "203.0.113.7, 10.0.0.1"
        })
    void isRefusedWith400WhenItIsNoIpAddress(String given) {
      Response response = signIn(given);

      assertEquals(400, response.status(), response.body());
      assertEquals("clientAddress", response.json().get("field").asText());
      assertEquals(List.of(), attempts);
    }
  }
}
