package org.singlepassword.adapters.web.api.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.adapters.web.testing.ApiClient;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.admin.AccountAlreadyExistsException;
import org.singlepassword.application.port.in.admin.EServiceAlreadyExistsException;
import org.singlepassword.application.port.in.admin.ProvisionAccountCommand;
import org.singlepassword.application.port.in.admin.ProvisionedAccount;
import org.singlepassword.application.port.in.admin.RegisterEServiceCommand;
import org.singlepassword.application.port.in.admin.RegisteredEService;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.token.SecretToken;

/** The administrator API behind its bearer token: accounts and e-services, 201, 409 and 422. */
class AdminApiTest {

  private static final String ADMIN = ApiClient.bearer(RunningServer.ADMIN_TOKEN);
  private static final String GENERATED = "Gen3ratedInitial";
  private static final String NEW_ACCOUNT =
      """
      {"username": "Chan.TM", "email": "chan.tm@example.edu", "displayName": "Chan Tai Man"}""";
  private static final String NEW_SERVICE =
      """
      {"id": "soul", "name": "SOUL", "serviceUrls": ["https://soul.example.edu/"]}""";

  private final List<ProvisionAccountCommand> provisioned = new CopyOnWriteArrayList<>();
  private final List<RegisterEServiceCommand> registered = new CopyOnWriteArrayList<>();
  private final AtomicReference<RuntimeException> outcome = new AtomicReference<>();
  private final SecretToken secret = SecretToken.generate(new SecureRandom());
  private RunningServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .provisionAccount(
                    command -> {
                      provisioned.add(command);
                      if (outcome.get() != null) {
                        throw outcome.get();
                      }
                      return new ProvisionedAccount(
                          command.username(),
                          command.initialPassword().orElse(Password.of(GENERATED)));
                    })
                .registerEService(
                    command -> {
                      registered.add(command);
                      if (outcome.get() != null) {
                        throw outcome.get();
                      }
                      return new RegisteredEService(command.id(), secret);
                    }));
    api = server.api();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Nested
  class TheAdministratorToken {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "",
          "Bearer wrong-token",
          "Bearer ",
          "Basic dGVzdC1hZG1pbi10b2tlbi0wMTIzNDU2Nzg5Og==",
          "test-admin-token-0123456789"
        })
    void isRequiredWithABearerChallengeAndNothingIsCreated(String authorization) {
      Response response =
          authorization.isEmpty()
              ? api.postJson("/api/v1/admin/accounts", NEW_ACCOUNT)
              : api.postJson("/api/v1/admin/accounts", NEW_ACCOUNT, "Authorization", authorization);

      assertEquals(401, response.status());
      assertEquals("Bearer", response.header("WWW-Authenticate"));
      assertEquals(
          "https://single-password.example/problems/admin-token-required",
          response.json().get("type").asText());
      assertEquals(List.of(), provisioned);
    }

    @Test
    void guardsTheEServiceRegistryToo() {
      Response response = api.postJson("/api/v1/admin/services", NEW_SERVICE);

      assertEquals(401, response.status());
      assertEquals(List.of(), registered);
    }
  }

  @Nested
  class ProvisioningAnAccount {

    @Test
    void answers201WithItsAddressAndTheInitialPasswordToHandOver() {
      Response response =
          api.postJson("/api/v1/admin/accounts", NEW_ACCOUNT, "Authorization", ADMIN);

      assertEquals(201, response.status());
      assertEquals("/api/v1/admin/accounts/chan.tm", response.location());
      assertEquals("chan.tm", response.json().get("username").asText());
      assertEquals(GENERATED, response.json().get("initialPassword").asText());
      assertEquals("no-store", response.header("Cache-Control"));
    }

    @Test
    void passesEachFieldOnParsed() {
      api.postJson("/api/v1/admin/accounts", NEW_ACCOUNT, "Authorization", ADMIN);

      ProvisionAccountCommand command = provisioned.get(0);
      assertEquals("chan.tm", command.username().value());
      assertEquals("chan.tm@example.edu", command.email().value());
      assertEquals("Chan Tai Man", command.displayName().value());
      assertEquals(Optional.empty(), command.initialPassword());
    }

    @Test
    void passesAGivenInitialPasswordOn() {
      Response response =
          api.postJson(
              "/api/v1/admin/accounts",
              """
              {"username": "chan.tm", "email": "chan.tm@example.edu", "displayName": "Chan",
               "initialPassword": "Given-Initial-1"}""",
              "Authorization",
              ADMIN);

      assertEquals(201, response.status());
      assertTrue(
          provisioned
              .get(0)
              .initialPassword()
              .orElseThrow()
              .sameAs(Password.of("Given-Initial-1")));
      assertEquals("Given-Initial-1", response.json().get("initialPassword").asText());
    }

    @Test
    void answers409WhenTheUsernameIsTaken() {
      outcome.set(
          new AccountAlreadyExistsException(
              new org.singlepassword.domain.account.Username("chan.tm")));

      Response response =
          api.postJson("/api/v1/admin/accounts", NEW_ACCOUNT, "Authorization", ADMIN);

      assertEquals(409, response.status());
      assertEquals(
          "https://single-password.example/problems/account-exists",
          response.json().get("type").asText());
      assertEquals("chan.tm", response.json().get("username").asText());
    }

    @Test
    void answers422WithTheViolationsOfAGivenInitialPassword() {
      outcome.set(new PasswordRejectedException(PasswordPolicy.faq().check(Password.of("short"))));

      Response response =
          api.postJson("/api/v1/admin/accounts", NEW_ACCOUNT, "Authorization", ADMIN);

      assertEquals(422, response.status());
      assertEquals(
          "https://single-password.example/problems/password-rejected",
          response.json().get("type").asText());
      assertEquals(3, response.json().get("violations").size());
      assertEquals("MIN_LENGTH", response.json().get("violations").get(0).get("rule").asText());
    }

    @Test
    void answers400NamingAnEmailAddressThatDoesNotParse() {
      Response response =
          api.postJson(
              "/api/v1/admin/accounts",
              """
              {"username": "chan.tm", "email": "not an address", "displayName": "Chan"}""",
              "Authorization",
              ADMIN);

      assertEquals(400, response.status());
      assertEquals("email", response.json().get("field").asText());
      assertEquals(List.of(), provisioned);
    }
  }

  @Nested
  class RegisteringAnEService {

    @Test
    void answers201WithTheSecretShownThisOnce() {
      Response response =
          api.postJson("/api/v1/admin/services", NEW_SERVICE, "Authorization", ADMIN);

      assertEquals(201, response.status());
      assertEquals("soul", response.json().get("id").asText());
      assertEquals(secret.reveal(), response.json().get("secret").asText());
      RegisterEServiceCommand command = registered.get(0);
      assertEquals("soul", command.id().value());
      assertEquals("SOUL", command.name());
      assertEquals(List.of("https://soul.example.edu/"), command.serviceUrls());
    }

    @Test
    void answers409WhenTheIdIsTaken() {
      outcome.set(
          new EServiceAlreadyExistsException(
              new org.singlepassword.domain.eservice.EServiceId("soul")));

      Response response =
          api.postJson("/api/v1/admin/services", NEW_SERVICE, "Authorization", ADMIN);

      assertEquals(409, response.status());
      assertEquals(
          "https://single-password.example/problems/e-service-exists",
          response.json().get("type").asText());
    }

    @Test
    void answers400NamingAServiceUrlThatIsNotAWebAddress() {
      Response response =
          api.postJson(
              "/api/v1/admin/services",
              """
              {"id": "soul", "name": "SOUL", "serviceUrls": ["https://ok.example.edu/", "ftp://x"]}""",
              "Authorization",
              ADMIN);

      assertEquals(400, response.status());
      assertEquals("serviceUrls[1]", response.json().get("field").asText());
      assertEquals(List.of(), registered);
    }

    @Test
    void answers400NamingAnIdThatCannotExist() {
      Response response =
          api.postJson(
              "/api/v1/admin/services",
              """
              {"id": "Not An Id", "name": "SOUL", "serviceUrls": []}""",
              "Authorization",
              ADMIN);

      assertEquals(400, response.status());
      assertEquals("id", response.json().get("field").asText());
    }
  }
}
