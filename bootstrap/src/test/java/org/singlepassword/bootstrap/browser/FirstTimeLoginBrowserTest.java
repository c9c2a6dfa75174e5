package org.singlepassword.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * First-time login, as the FAQ tells it: IT gives a person an initial password; at the first
 * sign-in the service asks for a new one before anything else, and from then on only the new one
 * works.
 */
class FirstTimeLoginBrowserTest {

  private static final String INITIAL = "Issued4Term2026";
  private static final String CHOSEN = "Harbour7Lights";

  @RegisterExtension static final RunningSite site = new RunningSite();
  @RegisterExtension static final Browser browser = new Browser();

  @Test
  void anInitialPasswordMustBeChangedBeforeMyProfileAndThenOnlyTheNewOneWorks() {
    site.createAccount("chan.tm", "Chan Tai Man", INITIAL);

    browser.open(site.url("/sign-in"));
    browser.screenshot("sign-in");
    signIn("chan.tm", INITIAL);

    assertEquals("/profile/password", browser.path(), "straight to Account Password");
    assertEquals("Account Password", browser.heading());
    assertTrue(browser.mainText().contains("initial password"), browser.mainText());
    browser.screenshot("account-password-first-time");

    browser.open(site.url("/profile"));
    assertEquals("/profile/password", browser.path(), "My Profile waits for the new password");

    browser.fill("Current password", INITIAL);
    browser.fill("New password", CHOSEN);
    browser.fill("Re-enter new password", CHOSEN);
    browser.press("Confirm");
    String confirmation = browser.find(By.cssSelector("main [role=status]")).getText();
    assertTrue(confirmation.contains("Your password has been changed"), confirmation);
    browser.screenshot("account-password-changed");

    browser.open(site.url("/profile"));
    assertEquals("My Profile", browser.heading());
    browser.screenshot("my-profile");

    browser.press("Sign out");
    signIn("chan.tm", INITIAL);
    assertEquals("/sign-in", browser.path());
    assertTrue(
        browser.mainText().contains("Incorrect username or password"), "the initial one is gone");

    signIn("chan.tm", CHOSEN);
    assertEquals("/profile", browser.path());
    assertEquals("My Profile", browser.heading());
  }

  private static void signIn(String username, String password) {
    browser.fill("Username", username);
    browser.fill("Password", password);
    browser.press("Sign in");
  }
}
