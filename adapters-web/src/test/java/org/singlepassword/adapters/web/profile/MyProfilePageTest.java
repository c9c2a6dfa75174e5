package org.singlepassword.adapters.web.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.eservice.EServiceId;

/** My Profile, the FAQ's step 1, and the doors that lead to it or away from it. */
class MyProfilePageTest {

  private final FakeSessions sessions = new FakeSessions();
  private RunningServer server;
  private Browser browser;

  @BeforeEach
  void start() {
    server = RunningServer.start(new UseCaseStubs().sessions(sessions));
    browser = server.browser();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response myProfileOf(SignedIn person) {
    browser.setCookie("sps_session", sessions.signIn(person));
    return browser.get("/profile");
  }

  @Nested
  class ForASignedInPerson {

    @Test
    void greetsThemByNameAndShowsTheirUsername() {
      Response page = myProfileOf(People.chan());

      assertEquals(200, page.status());
      assertTrue(page.body().contains("<title>My Profile – Single-Password</title>"));
      assertTrue(page.body().contains("<h1>My Profile</h1>"));
      assertTrue(page.body().contains("Welcome, Chan Tai Man."));
      assertTrue(page.body().contains("<dt>Username</dt>\n<dd>chan.tm</dd>"));
    }

    @Test
    void saysWhenAndThroughWhatThePasswordWasLastChanged() {
      Response page = myProfileOf(People.chan());

      assertTrue(
          page.body()
              .contains(
                  "Your password was last changed on 14 March 2025 through Single-Password."));
    }

    @Test
    void namesTheAdministratorForAnInitialPassword() {
      SignedIn person =
          People.person("ho.ky", "Ho Ka Yan", AccountStatus.ACTIVE, Channel.ADMINISTRATOR);

      Response page = myProfileOf(person);

      assertTrue(page.body().contains("through your administrator (initial password)."));
    }

    @Test
    void namesTheEServiceThatChangedIt() {
      SignedIn person =
          People.person(
              "ho.ky", "Ho Ka Yan", AccountStatus.ACTIVE, Channel.eService(new EServiceId("soul")));

      Response page = myProfileOf(person);

      assertTrue(page.body().contains("through soul."));
    }

    @Test
    void showsANameAsTextNeverAsMarkup() {
      SignedIn person =
          People.person("ho.ky", "<b>Ho</b> & \"Ka\"", AccountStatus.ACTIVE, Channel.WEB_FORM);

      Response page = myProfileOf(person);

      assertTrue(page.body().contains("Welcome, &lt;b&gt;Ho&lt;/b&gt; &amp; &quot;Ka&quot;."));
      assertFalse(page.body().contains("<b>Ho</b>"));
    }

    @Test
    void leadsToAccountPasswordOnTheLeftMenu() {
      Response page = myProfileOf(People.chan());

      assertTrue(page.body().contains("<nav class=\"left-menu\" aria-label=\"My Profile\">"));
      assertTrue(page.body().contains("<a href=\"/profile/password\">Account Password</a>"));
    }

    @Test
    void hasMyProfileAndSignOutInTheHeader() {
      Response page = myProfileOf(People.chan());

      assertTrue(
          page.body()
              .contains(
                  "<nav class=\"site-nav\" aria-label=\"Main\">\n"
                      + "<a href=\"/profile\">My Profile</a>"));
      assertTrue(page.body().contains("<button type=\"submit\">Sign out</button>"));
      assertTrue(page.body().contains("<link rel=\"stylesheet\" href=\"/assets/site.css\">"));
      assertFalse(page.body().contains("style="), "no inline style");
      assertTrue(page.body().contains("<script src=\"/assets/password-help.js\" defer></script>"));
      assertFalse(page.body().replace("<script src=", "").contains("<script"), "inline script");
    }
  }

  @Nested
  class ForSomeoneNotSignedIn {

    @Test
    void sendsThemToSignIn() {
      Response response = browser.get("/profile");

      assertEquals(303, response.status());
      assertEquals("/sign-in", response.location());
    }

    @Test
    void dropsTheCookieOfASessionThatHasEnded() {
      browser.setCookie("sps_session", "ended-or-unknown-token");

      Response response = browser.get("/profile");

      assertEquals(303, response.status());
      assertEquals("/sign-in", response.location());
      assertTrue(browser.cookie("sps_session").isEmpty());
    }
  }

  @Nested
  class TheHomeAddress {

    @Test
    void leadsASignedInPersonToMyProfile() {
      browser.setCookie("sps_session", sessions.signIn(People.chan()));

      Response response = browser.get("/");

      assertEquals(303, response.status());
      assertEquals("/profile", response.location());
    }

    @Test
    void leadsAnyoneElseToSignIn() {
      Response response = browser.get("/");

      assertEquals(303, response.status());
      assertEquals("/sign-in", response.location());
    }
  }

  @Nested
  class TheStylesheet {

    @Test
    void isServedFromTheClasspathAndMayBeCached() {
      Response response = browser.get("/assets/site.css");

      assertEquals(200, response.status());
      assertTrue(response.header("Content-Type").startsWith("text/css"));
      assertFalse("no-store".equals(response.header("Cache-Control")));
      assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }
  }
}
