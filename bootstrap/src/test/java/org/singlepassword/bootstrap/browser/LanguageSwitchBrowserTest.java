package org.singlepassword.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * English and 繁體中文 (Traditional Chinese, Hong Kong): a browser asking for Chinese gets Chinese at
 * the first visit; the switch on every page shows the same page in the other language, and the
 * choice is remembered on the next page and at the next visit.
 */
class LanguageSwitchBrowserTest {

  private static final String CHINESE = "繁體中文";

  @RegisterExtension static final RunningSite site = new RunningSite();
  @RegisterExtension static final Browser browser = new Browser();

  @Test
  void theSwitchShowsTheSamePageInChineseAndTheChoiceIsRemembered() {
    browser.open(site.url("/sign-in"));
    assertEquals("en", browser.language());
    assertEquals("Sign in – Single-Password", browser.title());
    assertEquals("Language", languageSwitch().getAttribute("aria-label"));
    assertEquals("true", link("English").getAttribute("aria-current"));
    String usernameLabel = label("username");

    choose(CHINESE);
    assertEquals("/sign-in", browser.path(), "the same page");
    assertEquals("zh-HK", browser.language());
    assertTrue(hasChinese(browser.title()), browser.title());
    assertTrue(hasChinese(label("username")), label("username"));
    assertNotEquals(usernameLabel, label("username"));
    assertTrue(hasChinese(languageSwitch().getAttribute("aria-label")));
    assertEquals("true", link(CHINESE).getAttribute("aria-current"));
    assertEquals(null, link("English").getAttribute("aria-current"));
    browser.screenshot("sign-in-zh-HK");

    Cookie remembered = browser.driver().manage().getCookieNamed("lang");
    assertEquals("zh-HK", remembered.getValue());
    assertEquals("/", remembered.getPath());
    assertEquals("Lax", remembered.getSameSite());
    Duration kept = Duration.between(Instant.now(), remembered.getExpiry().toInstant());
    assertTrue(kept.toDays() >= 364 && kept.toDays() <= 366, "a year: " + kept);

    browser.toNextPage(browser.find(By.cssSelector("main a[href$='/forgot-password']")));
    assertEquals("/forgot-password", browser.path());
    assertEquals("zh-HK", browser.language(), "remembered on the next page");

    browser.open(site.url("/sign-in"));
    assertEquals("zh-HK", browser.language(), "remembered at the next visit, whatever it asks");

    choose("English");
    assertEquals("en", browser.language());
    assertEquals("Username", label("username"));
  }

  @Test
  void theSwitchKeepsThePageAndItsOtherParameters() {
    browser.open(site.url("/reset-password?token=not-a-real-token"));

    choose(CHINESE);

    assertEquals("/reset-password", browser.path());
    assertTrue(browser.url().contains("token=not-a-real-token"), browser.url());
    assertEquals("zh-HK", browser.language());
  }

  @ParameterizedTest(name = "languages asked for: {0}")
  @ValueSource(strings = {"zh-HK", "zh-TW,zh,en", "zh-Hant", "zh"})
  void aBrowserThatAsksForChineseGetsChineseAtTheFirstVisit(String acceptLanguage) {
    browser.acceptLanguage(acceptLanguage);
    browser.open(site.url("/sign-in"));
    assertEquals("zh-HK", browser.language());
  }

  @ParameterizedTest(name = "languages asked for: {0}")
  @ValueSource(strings = {"en-GB,en", "fr-FR,fr", "ja"})
  void aBrowserThatAsksForAnotherLanguageGetsEnglish(String acceptLanguage) {
    browser.acceptLanguage(acceptLanguage);
    browser.open(site.url("/sign-in"));
    assertEquals("en", browser.language());
  }

  private static WebElement languageSwitch() {
    return browser.find(By.cssSelector("nav#language-switch"));
  }

  private static WebElement link(String language) {
    return languageSwitch().findElement(By.linkText(language));
  }

  /** Follows the switch's link to this language. */
  private static void choose(String language) {
    browser.toNextPage(link(language));
  }

  private static String label(String fieldId) {
    return browser.find(By.cssSelector("label[for=" + fieldId + "]")).getText();
  }

  private static boolean hasChinese(String text) {
    return text.codePoints()
        .anyMatch(
            character -> Character.UnicodeScript.of(character) == Character.UnicodeScript.HAN);
  }
}
