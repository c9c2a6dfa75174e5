package org.singlepassword.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Account Password with the FAQ's rules, in a browser: after "Confirm" every unmet rule is shown in
 * the person's words, all at once; while typing, the checklist ticks each rule the page's script
 * can check, and the re-entered password says whether it matches.
 */
class PasswordRulesBrowserTest {

  private static final String INITIAL = "Issued4Term2026";
  private static final String CHOSEN = "Harbour7Lights";
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();

  @RegisterExtension static final RunningSite site = new RunningSite();
  @RegisterExtension static final Browser browser = new Browser();

  private String username;

  /** A new person of their own for each test, signed in and on Account Password. */
  @BeforeEach
  void signedInOnAccountPassword() {
    username = "lee.rules" + ACCOUNTS.incrementAndGet();
    site.createAccount(username, "Lee Siu Ming", INITIAL);
    browser.open(site.url("/sign-in"));
    browser.fill("Username", username);
    browser.fill("Password", INITIAL);
    browser.press("Sign in");
    assertEquals("/profile/password", browser.path());
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Short7Pw           | at least 10 characters long
          Dollar$Sign42      | not contain $
          Back\\slash42Ab    | not contain \\
          Two Words 42x      | not contain space
          lowercase4ever     | one uppercase letter (A - Z)
          UPPERCASE4EVER     | one lowercase letter (a - z)
          NoDigitsAtAll      | one digit (0 - 9)
          """)
  void eachUnmetRuleIsShownInThePersonsWords(String typed, String expected) {
    choose(typed, typed);

    assertEquals("/profile/password", browser.path());
    assertTrue(browser.mainText().contains(expected), browser.mainText());
    assertEquals("true", browser.field("New password").getAttribute("aria-invalid"));
  }

  @Test
  void everyUnmetRuleIsShownAtOnce() {
    choose("ab$", "ab$");

    String shown = browser.mainText();
    assertAll(
        List.of(
                "at least 10 characters long",
                "not contain $",
                "one uppercase letter (A - Z)",
                "one digit (0 - 9)")
            .stream()
            .map(
                expected -> () -> assertTrue(shown.contains(expected), expected + " in " + shown)));
    browser.screenshot("account-password-rules-unmet");
  }

  @Test
  void aPasswordUsedBeforeIsRefused() {
    choose(CHOSEN, CHOSEN);
    assertTrue(browser.mainText().contains("Your password has been changed"));

    browser.open(site.url("/profile/password"));
    browser.fill("Current password", CHOSEN);
    browser.fill("New password", INITIAL);
    browser.fill("Re-enter new password", INITIAL);
    browser.press("Confirm");

    assertTrue(
        browser.mainText().contains("not be one of your last 3 passwords"), browser.mainText());
  }

  @Test
  void aReenteredPasswordThatDiffersIsShown() {
    choose(CHOSEN, CHOSEN + "x");

    assertTrue(browser.mainText().contains("do not match"), browser.mainText());
    assertEquals("true", browser.field("Re-enter new password").getAttribute("aria-invalid"));
  }

  // The DOM contract of issue 8 (branch web-forms): checklist, error summary, match, show/hide.

  @Test
  void theChecklistTicksEachRuleWhileThePersonTypes() {
    WebElement box = browser.field("New password");
    assertNotEquals("true", met("MIN_LENGTH"), "nothing typed yet");

    box.sendKeys("harbour");
    assertEquals("true", met("LOWERCASE"));
    assertEquals("false", met("UPPERCASE"));
    assertEquals("false", met("DIGIT"));
    assertEquals("false", met("MIN_LENGTH"));

    box.sendKeys("7L");
    assertEquals("true", met("UPPERCASE"));
    assertEquals("true", met("DIGIT"));
    assertEquals("false", met("MIN_LENGTH"), "9 characters");

    box.sendKeys("x");
    assertEquals("true", met("MIN_LENGTH"), "10 characters");
    assertEquals("true", met("FORBIDDEN_CHARACTER"));

    box.sendKeys("$");
    assertEquals("false", met("FORBIDDEN_CHARACTER"), "a forbidden character");
    box.sendKeys("\b");
    assertEquals("true", met("FORBIDDEN_CHARACTER"), "and gone again");

    WebElement history = browser.find(By.cssSelector("#password-checklist [data-rule=HISTORY]"));
    assertEquals(null, history.getAttribute("data-met"), "only the server knows the history");
    browser.screenshot("account-password-checklist");
  }

  @Test
  void theReenteredPasswordSaysWhetherItMatchesWhileTyping() {
    browser.field("New password").sendKeys(CHOSEN);
    WebElement reentered = browser.field("Re-enter new password");
    WebElement match = browser.find(By.id("reenteredPassword-match"));

    reentered.sendKeys("Harbour");
    browser.waitUntil(page -> match.getText().equals("The passwords do not match"));
    reentered.sendKeys("7Lights");
    browser.waitUntil(page -> match.getText().equals("The passwords match"));
  }

  @Test
  void theErrorSummaryListsEachProblemAndTakesTheFocus() {
    // Not "short", which is also on the common-password list: a fourth problem.
    choose("kelpfjord", "kelpfjord");

    WebElement summary = browser.find(By.id("error-summary"));
    assertEquals("alert", summary.getAttribute("role"));
    assertEquals("There is a problem", summary.findElement(By.tagName("h2")).getText());
    browser.waitUntil(page -> summary.equals(page.switchTo().activeElement()));
    List<String> targets =
        summary.findElements(By.cssSelector("ul a")).stream()
            .map(link -> link.getAttribute("href").replaceAll(".*#", "#"))
            .toList();
    assertEquals(
        List.of("#newPassword", "#newPassword", "#newPassword"),
        targets,
        "each unmet rule (length, A-Z, 0-9) links to the box it is about");

    WebElement box = browser.field("New password");
    assertEquals("newPassword", box.getAttribute("id"));
    String describedBy = box.getAttribute("aria-describedby");
    assertTrue(describedBy.contains("newPassword-error"), describedBy);
    assertTrue(browser.find(By.id("newPassword-error")).isDisplayed());
    browser.screenshot("account-password-error-summary");
  }

  @Test
  void showRevealsThePasswordAndHideHidesItAgain() {
    WebElement box = browser.field("New password");
    box.sendKeys(CHOSEN);
    WebElement toggle =
        browser.find(By.cssSelector("button.password-toggle[aria-controls=newPassword]"));
    assertEquals("false", toggle.getAttribute("aria-pressed"));

    toggle.click();
    assertEquals("text", box.getAttribute("type"));
    assertEquals("true", toggle.getAttribute("aria-pressed"));

    toggle.click();
    assertEquals("password", box.getAttribute("type"));
    assertEquals("false", toggle.getAttribute("aria-pressed"));
  }

  private void choose(String newPassword, String reentered) {
    browser.fill("Current password", INITIAL);
    browser.fill("New password", newPassword);
    browser.fill("Re-enter new password", reentered);
    browser.press("Confirm");
  }

  private static String met(String rule) {
    return browser
        .find(By.cssSelector("#password-checklist [data-rule=" + rule + "]"))
        .getAttribute("data-met");
  }
}
