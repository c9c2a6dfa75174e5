package org.singlepassword.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pictures of the README's "What it looks like", written to {@code docs/screenshots/} only when
 * asked for, so that no build rewrites committed files:
 *
 * <pre>
 * mvn -B -pl bootstrap -am verify -Dtest=ReadmeScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dscreenshots.update=true
 * </pre>
 *
 * The key pages at a phone's width (375 CSS pixels) or a desktop's (1280), each file under 150 KB.
 */
@EnabledIfSystemProperty(named = "screenshots.update", matches = "true")
class ReadmeScreenshots {

  private static final String INITIAL = "Issued4Term2026";
  private static final String CHOSEN = "Harbour7Lights";

  @RegisterExtension static final RunningSite site = new RunningSite();
  @RegisterExtension static final Browser browser = new Browser();

  @Test
  void signIn() {
    browser.open(site.url("/sign-in?lang=en"));
    shoot("sign-in-desktop", Browser.DESKTOP_WIDTH);
    shoot("sign-in-phone", Browser.PHONE_WIDTH);
  }

  @Test
  void signInInChinese() {
    browser.open(site.url("/sign-in?lang=zh-HK"));
    shoot("sign-in-zh-HK-phone", Browser.PHONE_WIDTH);
  }

  /** SOUL is one of the FAQ's e-services that the first start registers. */
  @Test
  void casSignInForAnEService() {
    String soul = URLEncoder.encode("https://soul.example.edu/", StandardCharsets.UTF_8);
    browser.open(site.url("/cas/login?service=" + soul + "&lang=en"));
    assertEquals("/cas/login", browser.path());
    shoot("cas-sign-in-phone", Browser.PHONE_WIDTH);
  }

  @Test
  void accountPasswordWithEveryUnmetRule() {
    signedInWithAnInitialPassword("lee.sm", "Lee Siu Ming");
    browser.fill("Current password", INITIAL);
    browser.fill("New password", "harbour$");
    browser.fill("Re-enter new password", "harbour$");
    browser.press("Confirm");
    assertEquals("/profile/password", browser.path());
    shoot("account-password-errors-desktop", Browser.DESKTOP_WIDTH);
  }

  @Test
  void myProfile() {
    signedInWithAnInitialPassword("chan.tm", "Chan Tai Man");
    browser.fill("Current password", INITIAL);
    browser.fill("New password", CHOSEN);
    browser.fill("Re-enter new password", CHOSEN);
    browser.press("Confirm");
    browser.open(site.url("/profile"));
    shoot("my-profile-desktop", Browser.DESKTOP_WIDTH);
  }

  @Test
  void accountPasswordWhileTyping() {
    signedInWithAnInitialPassword("wong.kk", "Wong Ka Kei");
    browser.width(Browser.PHONE_WIDTH);
    browser.fill("Current password", INITIAL);
    browser.fill("New password", "Harbour7");
    shoot("account-password-typing-phone", Browser.PHONE_WIDTH);
  }

  private static void signedInWithAnInitialPassword(String username, String displayName) {
    site.createAccount(username, displayName, INITIAL);
    browser.open(site.url("/sign-in?lang=en"));
    browser.fill("Username", username);
    browser.fill("Password", INITIAL);
    browser.press("Sign in");
  }

  /** A phone's whole page; a desktop's window (900 pixels high), which keeps the file small. */
  private static void shoot(String name, int width) {
    browser.width(width);
    Path file = docs().resolve(name + ".png");
    if (width < Browser.DESKTOP_WIDTH) {
      browser.screenshot(file);
    } else {
      browser.screenshotOfWindow(file);
    }
  }

  /** {@code docs/screenshots} of the repository (the tests run in the bootstrap module). */
  private static Path docs() {
    Path root = Path.of("").toAbsolutePath().getParent();
    assertTrue(Files.isDirectory(root.resolve("docs")), "no docs/ in " + root);
    return root.resolve("docs").resolve("screenshots");
  }
}
