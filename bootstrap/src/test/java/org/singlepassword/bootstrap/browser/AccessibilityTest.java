package org.singlepassword.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * axe-core finds no WCAG 2.2 A or AA violation on any page, in either language, on a phone (375 CSS
 * pixels wide) or a desktop (1280). Each walk visits every page in the states a person meets it in:
 * empty, with errors, answered. A failure lists, page by page, each rule broken, where, and the
 * page that explains it. axe-core cannot tell whether a page fits a phone without scrolling
 * sideways (WCAG 1.4.10, Reflow), so that is measured here too. Every page visited is kept as a
 * screenshot. Fields are found by their ids, which are the same in both languages.
 */
class AccessibilityTest {

  /** WCAG 2.0, 2.1 and 2.2, levels A and AA, as axe-core tags its rules. */
  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static final String INITIAL = "Issued4Term2026";
  private static final String CHOSEN = "Harbour7Lights";
  private static final String SOUL = "https://soul.example.edu/";
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();

  @RegisterExtension static final RunningSite site = new RunningSite();
  @RegisterExtension static final Browser browser = new Browser();

  private final List<String> findings = new ArrayList<>();
  private String walk;
  private int width;

  @ParameterizedTest(name = "{0} at {1} px")
  @CsvSource({"en, 375", "en, 1280", "zh-HK, 375", "zh-HK, 1280"})
  void everyPageMeetsWcag22AA(String language, int width) {
    startWalk(language, width);
    String username = "yip.a11y" + ACCOUNTS.incrementAndGet();
    site.createAccount(username, "Yip Wing Sze", INITIAL);

    browser.open(site.url("/sign-in?lang=" + language));
    check("sign-in");
    signIn(username, "Not4ThePassword");
    check("sign-in-incorrect");

    browser.open(site.url("/forgot-password"));
    check("forgot-password");
    browser.find(By.cssSelector("#identifier, #username")).sendKeys(username);
    submit();
    check("forgot-password-sent");

    // The form opens for any well-formed link; its errors show before the link is used.
    browser.open(site.url("/reset-password?token=" + "A".repeat(43)));
    check("reset-password");
    choose("short", "short");
    check("reset-password-errors");

    browser.open(site.url("/sign-in"));
    signIn(username, INITIAL);
    check("account-password-first-time");
    browser.find(By.name("currentPassword")).sendKeys(INITIAL);
    choose("short", "short");
    check("account-password-errors");
    browser.find(By.name("currentPassword")).sendKeys(INITIAL);
    choose(CHOSEN, CHOSEN);
    check("account-password-changed");

    browser.open(site.url("/profile"));
    check("my-profile");

    browser.open(site.url("/api"));
    check("api");

    assertNoViolations();
  }

  /**
   * The CAS pages on the way to an e-service: the sign-in naming it, the Account Password step for
   * an initial password, and the page after signing out.
   */
  @ParameterizedTest(name = "{0} at {1} px")
  @CsvSource({"en, 375", "en, 1280", "zh-HK, 375", "zh-HK, 1280"})
  void theCasSignInMeetsWcag22AA(String language, int width) {
    startWalk(language, width);
    String service = URLEncoder.encode(SOUL, StandardCharsets.UTF_8);

    browser.open(site.url("/cas/login?service=" + service + "&lang=" + language));
    assertEquals("/cas/login", browser.path());
    check("cas-login");
    signIn("nobody", "Not4ThePassword");
    check("cas-login-incorrect");

    // An initial password: the Account Password step on the way to the e-service.
    String username = "yip.cas" + ACCOUNTS.incrementAndGet();
    site.createAccount(username, "Yip Wing Sze", INITIAL);
    browser.open(site.url("/cas/login?service=" + service));
    signIn(username, INITIAL);
    check("cas-account-password");
    choose("short", "short");
    check("cas-account-password-errors");

    browser.open(site.url("/cas/logout"));
    check("cas-signed-out");

    assertNoViolations();
  }

  private void startWalk(String language, int width) {
    this.walk = language + "-" + width;
    this.width = width;
    findings.clear();
    browser.width(width);
  }

  /**
   * Runs axe-core on the page shown and notes every violation; checks what axe-core cannot, that
   * nothing needs scrolling sideways (WCAG 1.4.10, Reflow); and keeps a screenshot.
   */
  private void check(String page) {
    browser.screenshot("a11y-" + walk + "-" + page);
    long pageWidth = (Long) browser.script("return document.documentElement.scrollWidth");
    if (pageWidth > width) {
      findings.add(
          "%s (%s): reflow: the page is %d CSS pixels wide in a %d-pixel window, "
                  .formatted(page, walk, pageWidth, width)
              + "https://www.w3.org/WAI/WCAG22/Understanding/reflow.html");
    }
    Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver());
    assertEquals(null, results.getErrorMessage(), "axe-core could not run on " + page);
    for (Rule rule : results.getViolations()) {
      findings.add(
          "%s (%s): %s [%s] %s, %s"
              .formatted(
                  page, walk, rule.getId(), rule.getImpact(), rule.getHelp(), rule.getHelpUrl()));
      for (CheckedNode node : rule.getNodes()) {
        findings.add("    at " + node.getTarget() + ": " + oneLine(node.getFailureSummary()));
      }
    }
  }

  private void assertNoViolations() {
    assertTrue(
        findings.isEmpty(), () -> "WCAG 2.2 A/AA violations:\n" + String.join("\n", findings));
  }

  private static void signIn(String username, String password) {
    browser.find(By.id("username")).sendKeys(username);
    browser.find(By.id("password")).sendKeys(password);
    submit();
  }

  private static void choose(String newPassword, String reentered) {
    browser.find(By.name("newPassword")).sendKeys(newPassword);
    browser.find(By.name("reenteredPassword")).sendKeys(reentered);
    submit();
  }

  /** The form's own button (not "Show", which is a button too). */
  private static void submit() {
    browser.toNextPage(browser.find(By.cssSelector("main form button[type=submit]")));
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ");
  }
}
