package org.singlepassword.adapters.web.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.WebSettings;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.TestClock;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.domain.password.IncorrectPasswordException;

/**
 * The CAS sign-in counts password attempts with the Sign in page, per address: a guesser gains
 * nothing by switching between the two forms.
 */
class CasRateLimitTest {

  private static final int ATTEMPTS_PER_MINUTE = 2;

  private final FakeSso sso = new FakeSso();
  private RunningServer server;
  private Browser browser;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .signIn(
                    command -> {
                      throw new IncorrectPasswordException();
                    })
                .recognizeService(sso)
                .issueServiceTicket(sso)
                .validateServiceTicket(sso),
            RunningServer.settings(
                WebSettings.DEFAULT_MAX_BODY_BYTES,
                WebSettings.DEFAULT_MAX_IMPORT_BYTES,
                ATTEMPTS_PER_MINUTE,
                new TestClock()));
    browser = server.browser();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response wrongPassword(String form, Map<String, String> hidden) {
    String page =
        form.equals("/cas/login") ? "/cas/login?service=https%3A%2F%2Fsoul.example.edu%2F" : form;
    String csrf = browser.get(page).csrf();
    Map<String, String> fields = new HashMap<>(hidden);
    fields.put("csrf", csrf);
    fields.put("username", "chan.tm");
    fields.put("password", "Wrong-Pony-7");
    return browser.post(form, fields);
  }

  @Test
  void holdsOffTheCasSignInAfterWrongPasswordsOnTheSignInPage() {
    for (int i = 0; i < ATTEMPTS_PER_MINUTE; i++) {
      assertEquals(401, wrongPassword("/sign-in", Map.of()).status());
    }

    Response response = wrongPassword("/cas/login", Map.of("service", FakeSso.SOUL_HOME));

    assertEquals(429, response.status());
    assertNull(response.location());
    // One attempt of two a minute comes back every 30 seconds.
    assertEquals("30", response.header("Retry-After"));
    assertTrue(response.body().contains("Too many sign-in attempts"));
    assertTrue(response.body().contains("name=\"service\" value=\"https://soul.example.edu/\""));
    assertTrue(sso.issued().isEmpty());
  }
}
