package org.singlepassword.adapters.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.Markup;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;

/**
 * Choosing the language over a real socket: a switch link on every page shows the same page in the
 * other language and is remembered in the {@code lang} cookie; without it, Accept-Language; else
 * English.
 */
class LanguageSwitchTest {

  private RunningServer server;
  private Browser browser;

  @BeforeEach
  void start() {
    server = RunningServer.start(new UseCaseStubs());
    browser = server.browser();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String lang(Response page) {
    return Markup.of(page).lang();
  }

  @Nested
  class ASwitchLink {

    @Test
    void showsTheSamePageInThatLanguageAndRemembersItForAYear() {
      Response page = browser.get("/sign-in?lang=zh-HK");

      assertEquals(200, page.status());
      assertEquals("zh-HK", lang(page));
      String cookie = page.setCookie("lang").orElseThrow();
      assertTrue(cookie.startsWith("lang=zh-HK;"), cookie);
      assertTrue(cookie.contains("Max-Age=31536000"), cookie);
      assertTrue(cookie.contains("Path=/"), cookie);
      assertTrue(cookie.contains("SameSite=Lax"), cookie);
      assertFalse(cookie.contains("Secure"), "plain http here: " + cookie);
    }

    @Test
    void isRememberedOnEveryLaterPageWhateverTheBrowserPrefers() {
      browser.get("/sign-in?lang=zh-HK");

      assertEquals("zh-HK", lang(browser.get("/forgot-password", "Accept-Language", "en")));
      assertEquals("zh-HK", lang(browser.get("/no-such-page")));
    }

    @Test
    void switchesBackToEnglish() {
      browser.get("/sign-in?lang=zh-HK");

      Response page = browser.get("/sign-in?lang=en");

      assertEquals("en", lang(page));
      assertEquals("en", lang(browser.get("/sign-in", "Accept-Language", "zh-HK")));
    }

    @Test
    void keepsTheOtherQueryParametersOnTheSamePath() {
      Response page =
          browser.get("/sign-in?service=https%3A%2F%2Fsoul.example.edu%2Fhome&lang=zh-HK&x=1");

      assertTrue(
          page.body()
              .contains(
                  "<a href=\"?service=https%3A%2F%2Fsoul.example.edu%2Fhome&amp;x=1&amp;lang=en\""
                      + " hreflang=\"en\" lang=\"en\">English</a>"),
          page.body());
      assertTrue(
          page.body()
              .contains(
                  "<a href=\"?service=https%3A%2F%2Fsoul.example.edu%2Fhome&amp;x=1&amp;lang=zh-HK\""
                      + " hreflang=\"zh-HK\" lang=\"zh-HK\" aria-current=\"true\">繁體中文</a>"),
          page.body());
    }

    @Test
    void namingNoLanguageOfOursIsIgnored() {
      Response page = browser.get("/sign-in?lang=fr", "Accept-Language", "zh-TW");

      assertEquals("zh-HK", lang(page));
      assertTrue(page.setCookie("lang").isEmpty());
    }
  }

  @Nested
  class WithoutAChoice {

    @Test
    void followsTheBrowsersAcceptLanguage() {
      assertEquals("zh-HK", lang(browser.get("/sign-in", "Accept-Language", "zh-HK,en;q=0.5")));
      assertEquals("zh-HK", lang(browser.get("/sign-in", "Accept-Language", "zh-Hant-TW")));
      assertEquals("en", lang(browser.get("/sign-in", "Accept-Language", "en-US,zh;q=0.5")));
      assertEquals("en", lang(browser.get("/sign-in", "Accept-Language", "fr-FR,de")));
    }

    @Test
    void isEnglishWhenTheBrowserSaysNothing() {
      assertEquals("en", lang(browser.get("/sign-in")));
    }

    @Test
    void setsNoCookie() {
      assertTrue(browser.get("/sign-in", "Accept-Language", "zh-HK").setCookie("lang").isEmpty());
    }

    @Test
    void ignoresACookieThatNamesNoLanguageOfOurs() {
      browser.setCookie("lang", "klingon");

      assertEquals("zh-HK", lang(browser.get("/sign-in", "Accept-Language", "zh-HK")));
    }
  }
}
