package org.singlepassword.adapters.web.api.admin.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
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
import org.singlepassword.application.port.in.eservice.EServiceDetails;
import org.singlepassword.domain.eservice.EServiceId;

/** IT looking after the registered e-services: list, show, new secret, disable, enable. */
class AdminEServicesTest {

  private static final String ADMIN = ApiClient.bearer(RunningServer.ADMIN_TOKEN);
  private static final String NOT_FOUND =
      "https://single-password.example/problems/e-service-not-found";

  private final FakeEServices eServices =
      new FakeEServices()
          .registering(
              new EServiceDetails(
                  new EServiceId("soul"),
                  "SOUL",
                  List.of("https://soul.example.edu/", "https://soul.example.edu/cas/*"),
                  true))
          .registering(
              new EServiceDetails(
                  new EServiceId("learner-portal"),
                  "Learner Portal",
                  List.of("https://portal.example.edu/login"),
                  false));
  private RunningServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs().showEServices(eServices).administerEService(eServices));
    api = server.api();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response asAdmin(String path) {
    return api.post(path, null, new byte[0], "Authorization", ADMIN);
  }

  @Nested
  class Looking {

    @Test
    void listsEveryEServiceWithItsAddressesAndWhetherItIsEnabled() {
      Response response = api.get("/api/v1/admin/services", "Authorization", ADMIN);

      assertEquals(200, response.status());
      assertTrue(response.header("Content-Type").startsWith("application/json"));
      JsonNode services = response.json().get("services");
      assertEquals(2, services.size());
      JsonNode portal = services.get(0);
      assertEquals("learner-portal", portal.get("id").asText());
      assertEquals("Learner Portal", portal.get("name").asText());
      assertEquals("https://portal.example.edu/login", portal.get("serviceUrls").get(0).asText());
      assertFalse(portal.get("enabled").asBoolean());
      assertEquals(4, portal.size(), "id, name, serviceUrls, enabled and never a secret");
    }

    @Test
    void showsOneEService() {
      Response response = api.get("/api/v1/admin/services/soul", "Authorization", ADMIN);

      assertEquals(200, response.status());
      JsonNode soul = response.json();
      assertEquals("soul", soul.get("id").asText());
      assertEquals("SOUL", soul.get("name").asText());
      assertEquals(2, soul.get("serviceUrls").size());
      assertEquals("https://soul.example.edu/cas/*", soul.get("serviceUrls").get(1).asText());
      assertTrue(soul.get("enabled").asBoolean());
    }

    @Test
    void answersAnUnknownIdWithA404Problem() {
      Response response = api.get("/api/v1/admin/services/moodle", "Authorization", ADMIN);

      assertEquals(404, response.status());
      assertEquals("application/problem+json", response.header("Content-Type"));
      assertEquals(NOT_FOUND, response.json().get("type").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SOUL", "-soul", "so%20ul", "so_ul"})
    void answersAMalformedIdWithA400NamingTheField(String id) {
      Response response = api.get("/api/v1/admin/services/" + id, "Authorization", ADMIN);

      assertEquals(400, response.status());
      assertEquals("id", response.json().get("field").asText());
    }
  }

  @Nested
  class RotatingTheSecret {

    @Test
    void answersTheNewSecretOnce() {
      Response first = asAdmin("/api/v1/admin/services/soul/rotate-secret");
      String firstSecret = first.json().get("secret").asText();
      Response second = asAdmin("/api/v1/admin/services/soul/rotate-secret");

      assertEquals(200, first.status());
      assertEquals("soul", first.json().get("id").asText());
      assertNotEquals(firstSecret, second.json().get("secret").asText());
      assertEquals(eServices.currentSecret("soul"), second.json().get("secret").asText());
      assertEquals("no-store", second.header("Cache-Control"));
    }

    @Test
    void answersAnUnknownIdWithA404Problem() {
      Response response = asAdmin("/api/v1/admin/services/moodle/rotate-secret");

      assertEquals(404, response.status());
      assertEquals(NOT_FOUND, response.json().get("type").asText());
    }
  }

  @Nested
  class DisablingAndEnabling {

    @Test
    void disablesThenEnablesWith204() {
      Response disabled = asAdmin("/api/v1/admin/services/soul/disable");
      boolean afterDisable = eServices.isEnabled("soul");
      Response enabled = asAdmin("/api/v1/admin/services/soul/enable");

      assertEquals(204, disabled.status());
      assertEquals(204, enabled.status());
      assertFalse(afterDisable);
      assertEquals(List.of("DISABLE soul", "ENABLE soul"), eServices.actions());
    }

    @Test
    void answersAnUnknownIdWithA404Problem() {
      Response response = asAdmin("/api/v1/admin/services/moodle/disable");

      assertEquals(404, response.status());
      assertEquals(NOT_FOUND, response.json().get("type").asText());
      assertEquals(List.of(), eServices.actions());
    }

    @Test
    void answersAMalformedIdWithA400() {
      Response response = asAdmin("/api/v1/admin/services/Soul/enable");

      assertEquals(400, response.status());
      assertEquals(List.of(), eServices.actions());
    }
  }

  @Nested
  class WithoutTheAdministratorToken {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "/api/v1/admin/services",
          "/api/v1/admin/services/soul",
        })
    void looksAreRefusedWith401(String path) {
      Response response = api.get(path, "Authorization", ApiClient.bearer("not-the-token"));

      assertEquals(401, response.status());
      assertEquals("Bearer", response.header("WWW-Authenticate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rotate-secret", "disable", "enable"})
    void actionsAreRefusedWith401AndDoNothing(String action) {
      Response response = api.post("/api/v1/admin/services/soul/" + action, null, new byte[0]);

      assertEquals(401, response.status());
      assertEquals(List.of(), eServices.actions());
      assertTrue(eServices.isEnabled("soul"));
    }
  }
}
