package org.singlepassword.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.singlepassword.bootstrap.EService;

/**
 * Single sign-on through CAS in a real browser, with real redirects between two e-services (stubs
 * on 127.0.0.1 that validate their tickets as a CAS client does) and Single-Password: the first
 * e-service sends the person to the sign-in form, which names it; after the first-time password
 * change the browser comes back with a ticket; the second e-service then signs the person in at
 * once, with no form.
 */
class CasSingleSignOnBrowserTest {

  private static final String INITIAL = "Issued4Term2026";
  private static final String CHOSEN = "Harbour7Lights";

  @RegisterExtension static final RunningSite site = new RunningSite();
  @RegisterExtension static final Browser browser = new Browser();

  private static StubEService eServices;

  @BeforeAll
  static void registerTwoEServices() throws IOException {
    eServices = StubEService.start(site.base());
    register("local-soul", "Local SOUL", eServices.url("/soul/*"));
    register("local-portal", "Local Learner Portal", eServices.url("/portal/*"));
  }

  @AfterAll
  static void stopEServices() {
    eServices.close();
  }

  @Test
  void oneSignInAtTheFirstEServiceReachesTheSecondWithoutAForm() {
    site.createAccount("chan.tm", "Chan Tai Man", INITIAL);

    browser.open(eServices.url("/soul/"));
    assertEquals("/cas/login", browser.path(), "the e-service sends the person to sign in");
    assertTrue(browser.mainText().contains("Local SOUL"), "the form names the e-service");
    browser.screenshot("cas-login");
    browser.fill("Username", "chan.tm");
    browser.fill("Password", INITIAL);
    browser.press("Sign in");

    assertTrue(browser.mainText().contains("initial password"), browser.mainText());
    browser.fill("Current password", INITIAL);
    browser.fill("New password", CHOSEN);
    browser.fill("Re-enter new password", CHOSEN);
    browser.press("Confirm");

    assertTrue(browser.url().startsWith(eServices.url("/soul/?ticket=ST-")), browser.url());
    assertEquals("Signed in as chan.tm", browser.find(By.id("user")).getText());

    browser.open(eServices.url("/portal/"));
    assertTrue(
        browser.url().startsWith(eServices.url("/portal/?ticket=ST-")),
        "straight back with a ticket, no form: " + browser.url());
    assertEquals("Signed in as chan.tm", browser.find(By.id("user")).getText());
  }

  private static void register(String id, String name, String serviceUrl) {
    EService.Answer registered =
        site.administrator()
            .post(
                "/api/v1/admin/services",
                Map.of("id", id, "name", name, "serviceUrls", List.of(serviceUrl)));
    assertEquals(201, registered.status(), registered.body());
  }
}
