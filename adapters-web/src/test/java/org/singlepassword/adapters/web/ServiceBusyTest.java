package org.singlepassword.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.ApiClient;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.EServices;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.ServiceBusyException;

/** An overload refused by admission control: a 503 that says when to come back, on every side. */
class ServiceBusyTest {

  private RunningServer server;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .authenticateEService(EServices.onlySoul())
                .signIn(
                    command -> {
                      throw new ServiceBusyException(Duration.ofMillis(1500));
                    }));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theApiAnswersAProblemWithRetryAfterInWholeSeconds() {
    ApiClient api = server.api();

    Response response =
        api.postJson(
            "/api/v1/sign-in",
            "{\"username\": \"chan.tm\", \"password\": \"Correct-Horse-9\"}",
            "Authorization",
            EServices.soulCredentials());

    assertEquals(503, response.status(), response.body());
    assertEquals("application/problem+json", response.header("Content-Type"));
    assertEquals("2", response.header("Retry-After"));
    assertEquals(
        "https://single-password.example/problems/service-busy",
        response.json().get("type").asText());
    assertEquals(2, response.json().get("retryAfter").asInt());
    assertTrue(response.json().get("detail").asText().contains("Try again in 2 seconds"));
  }

  @Test
  void theSignInPageAnswersAPageSayingNothingChanged() {
    Browser browser = server.browser();
    String csrf = browser.get("/sign-in").csrf();

    Response response =
        browser.post(
            "/sign-in", Map.of("csrf", csrf, "username", "chan.tm", "password", "Correct-Horse-9"));

    assertEquals(503, response.status());
    assertEquals("2", response.header("Retry-After"));
    assertTrue(response.header("Content-Type").startsWith("text/html"));
    assertTrue(response.body().contains("Please wait a moment and try again"), response.body());
  }
}
