package org.singlepassword.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.singlepassword.bootstrap.Outbox;

/**
 * "Forgot your password?" from the sign-in page to a new password: the e-mailed link (read back
 * from the service's outbox, as a mail client would show it) opens a page to choose a new password,
 * the new password signs in, and the link does not work a second time.
 */
class ForgotPasswordBrowserTest {

  private static final String INITIAL = "Issued4Term2026";
  private static final String CHOSEN = "Harbour7Lights";
  private static final String LATER = "Kowloon9Ferry";

  @RegisterExtension static final RunningSite site = new RunningSite();
  @RegisterExtension static final Browser browser = new Browser();

  @Test
  void theEmailedLinkLetsThePersonChooseANewPasswordOnce() throws InterruptedException {
    site.createAccount("wong.kk", "Wong Ka Kei", INITIAL);
    String email = RunningSite.email("wong.kk");

    browser.open(site.url("/sign-in"));
    browser.follow("Forgot your password?");
    assertEquals("/forgot-password", browser.path());
    browser.screenshot("forgot-password");
    browser.fill("Username or e-mail address", email);
    browser.press("Send me a link");
    assertTrue(status().contains("on its way"), status());
    browser.screenshot("forgot-password-sent");

    Outbox.Mail mail = site.outbox().await(message -> message.to().contains("<" + email + ">"));
    String link = onThisService(mail.resetLink());
    browser.open(link);
    assertEquals("/reset-password", browser.path());
    browser.screenshot("reset-password");
    browser.fill("New password", CHOSEN);
    browser.fill("Re-enter new password", CHOSEN);
    browser.press("Confirm");
    assertTrue(status().contains("Your password has been changed"), status());

    browser.follow("Sign in");
    browser.fill("Username", "wong.kk");
    browser.fill("Password", CHOSEN);
    browser.press("Sign in");
    assertEquals("/profile", browser.path(), "the new password signs in, no change asked");

    browser.open(link);
    browser.fill("New password", LATER);
    browser.fill("Re-enter new password", LATER);
    browser.press("Confirm");
    assertTrue(browser.mainText().contains("not valid"), "a link works once");
  }

  private static String status() {
    return browser.find(By.cssSelector("main [role=status]")).getText();
  }

  /** The e-mail names the public address; the test's service listens on a port of its own. */
  private static String onThisService(String link) {
    URI sent = URI.create(link);
    return site.url(sent.getRawPath() + "?" + sent.getRawQuery());
  }
}
