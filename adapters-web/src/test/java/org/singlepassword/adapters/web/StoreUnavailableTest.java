package org.singlepassword.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.out.StoreUnavailableException;

/**
 * The database out of reach: "try again soon" with {@code Retry-After}, as a 503 problem in the API
 * and a 503 page elsewhere, never an incident and never the database's own words.
 */
class StoreUnavailableTest {

  private static final String DATABASE_WORDS = "Connection to db.example.edu:5432 refused";

  private final FakeSessions sessions = new FakeSessions();
  private RunningServer server;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .sessions(sessions)
                .showPasswordPolicy(
                    () -> {
                      throw new StoreUnavailableException(new SQLException(DATABASE_WORDS));
                    }),
            1024);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void isA503ProblemWithRetryAfterInTheApi() {
    Response response = server.api().get("/api/v1/policy");

    assertEquals(503, response.status());
    assertEquals("application/problem+json", response.header("Content-Type"));
    assertEquals("10", response.header("Retry-After"));
    assertEquals(
        "https://single-password.example/problems/service-unavailable",
        response.json().get("type").asText());
    assertEquals(10, response.json().get("retryAfter").asInt());
    assertFalse(response.body().contains("db.example.edu"), response.body());
  }

  @Test
  void isA503PageWithRetryAfterElsewhere() {
    Browser browser = server.browser();
    browser.setCookie("sps_session", sessions.signIn(People.chan()));

    Response response = browser.get("/profile/password");

    assertEquals(503, response.status());
    assertEquals("10", response.header("Retry-After"));
    assertTrue(response.body().contains("try again in a minute"), response.body());
    assertFalse(response.body().contains("incident"), response.body());
    assertFalse(response.body().contains("db.example.edu"), response.body());
  }
}
