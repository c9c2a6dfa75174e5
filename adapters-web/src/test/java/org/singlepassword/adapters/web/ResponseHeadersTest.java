package org.singlepassword.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.domain.token.SecretToken;

/**
 * The headers of every answer — page, API answer, asset, error — and the cookies: Secure, with
 * HSTS, when the public address people use is https (the server itself sees plain http behind a
 * proxy).
 */
class ResponseHeadersTest {

  private static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private static final List<String> ADDRESSES =
      List.of(
          "/sign-in",
          "/forgot-password",
          "/reset-password?token=abc",
          "/no-such-page",
          "/api/v1/policy",
          "/api/v1/no-such-thing",
          "/assets/site.css",
          "/assets/password-help.js");

  private final FakeSessions sessions = new FakeSessions().knowing(People.chan());
  private RunningServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  private Browser startAt(String publicUrl) {
    WebSettings settings = RunningServer.settings(Clock.systemDefaultZone());
    server =
        RunningServer.start(
            new UseCaseStubs().sessions(sessions).signIn(command -> People.chan()),
            new WebSettings(
                settings.host(),
                settings.port(),
                URI.create(publicUrl),
                SecretToken.of(RunningServer.ADMIN_TOKEN),
                settings.helpUrl(),
                settings.maxBodyBytes(),
                settings.maxImportBytes(),
                settings.formAttemptsPerMinute(),
                settings.resetLinkLifetime(),
                settings.clock()));
    return server.browser();
  }

  private static Response signIn(Browser browser) {
    String csrf = browser.get("/sign-in").csrf();
    return browser.post(
        "/sign-in", Map.of("csrf", csrf, "username", "chan.tm", "password", "Correct-Horse-9"));
  }

  @Nested
  class OnEveryAnswer {

    @Test
    void areAStrictContentSecurityPolicyNoSniffingAndNoReferrer() {
      Browser browser = startAt("http://127.0.0.1/");

      for (String address : ADDRESSES) {
        Response response = browser.get(address);

        assertEquals(CSP, response.header("Content-Security-Policy"), address);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), address);
        assertEquals("no-referrer", response.header("Referrer-Policy"), address);
      }
    }

    @Test
    void serveTheAssetsAsWhatTheyAre() {
      Browser browser = startAt("http://127.0.0.1/");

      Response script = browser.get("/assets/password-help.js");
      Response style = browser.get("/assets/site.css");

      assertEquals(200, script.status());
      assertTrue(
          script.header("Content-Type").contains("javascript"), script.header("Content-Type"));
      assertTrue(style.header("Content-Type").startsWith("text/css"));
      assertFalse(String.valueOf(script.header("Cache-Control")).contains("no-store"));
      assertEquals("no-store", browser.get("/sign-in").header("Cache-Control"));
    }
  }

  @Nested
  class OverPlainHttp {

    @Test
    void tellNoBrowserToKeepToHttps() {
      Browser browser = startAt("http://127.0.0.1/");

      for (String address : ADDRESSES) {
        assertNull(browser.get(address).header("Strict-Transport-Security"), address);
      }
    }

    @Test
    void setNoSecureCookie() {
      Browser browser = startAt("http://127.0.0.1/");

      assertFalse(browser.get("/sign-in?lang=en").setCookies().toString().contains("Secure"));
      assertFalse(signIn(browser).setCookie("sps_session").orElseThrow().contains("Secure"));
    }
  }

  @Nested
  class WhenPeopleUseHttps {

    @Test
    void tellBrowsersToKeepToHttpsForAYear() {
      Browser browser = startAt("https://sp.example.edu/");

      for (String address : ADDRESSES) {
        assertEquals(
            "max-age=31536000", browser.get(address).header("Strict-Transport-Security"), address);
      }
    }

    @Test
    void makeEveryCookieSecureThoughTheServerSeesPlainHttp() {
      Browser browser = startAt("https://sp.example.edu/");

      Response page = browser.get("/sign-in?lang=zh-HK");
      assertTrue(
          page.setCookie("lang").orElseThrow().contains("Secure"), page.setCookies().toString());
      assertTrue(page.setCookie("sps_csrf").orElseThrow().contains("Secure"));
      Response signedIn = signIn(browser);
      assertEquals(303, signedIn.status());
      assertTrue(signedIn.setCookie("sps_session").orElseThrow().contains("Secure"));
      String csrf = browser.get("/profile").csrf();
      Response signedOut = browser.post("/sign-out", Map.of("csrf", csrf));
      assertTrue(signedOut.setCookie("sps_session").orElseThrow().contains("Secure"));
    }
  }
}
