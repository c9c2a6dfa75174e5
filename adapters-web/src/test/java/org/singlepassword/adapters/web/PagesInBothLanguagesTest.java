package org.singlepassword.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.Markup;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.domain.password.IncorrectPasswordException;

/**
 * Every page, in English and in Traditional Chinese, as the DOM contract has it: the language on
 * {@code <html>}, a title of its own, one {@code <h1>}, {@code <main id="main">} after a "Skip to
 * main content" link, the language switch, a visible label for every box, and nothing a strict
 * Content-Security-Policy would block.
 */
class PagesInBothLanguagesTest {

  private static final String ZH = "zh-HK";
  private final FakeSessions sessions = new FakeSessions();
  private RunningServer server;
  private Browser browser;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .sessions(sessions)
                .signIn(
                    command -> {
                      throw new IncorrectPasswordException();
                    }));
    browser = server.browser();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("/sign-in", false, 200, "Sign in", "登入"),
        Arguments.of("/forgot-password", false, 200, "Forgot your password?", "忘記密碼？"),
        Arguments.of("/reset-password?token=abc", false, 200, "Choose a new password", "設定新密碼"),
        Arguments.of("/reset-password", false, 400, "Link not valid", "連結無效"),
        Arguments.of("/profile", true, 200, "My Profile", "我的個人資料"),
        Arguments.of("/profile/password", true, 200, "Account Password", "帳戶密碼"),
        Arguments.of("/no-such-page", false, 404, "Page not found", "找不到網頁"));
  }

  private Response open(String path, boolean signedIn, String acceptLanguage) {
    if (signedIn) {
      browser.setCookie("sps_session", sessions.signIn(People.chan()));
    }
    return browser.get(path, "Accept-Language", acceptLanguage);
  }

  @ParameterizedTest(name = "{0} in English")
  @MethodSource("pages")
  void isInEnglish(String path, boolean signedIn, int status, String title, String unused) {
    Response page = open(path, signedIn, "en-GB,en;q=0.9");

    assertEquals(status, page.status(), page.body());
    assertFollowsTheContract(page, "en", title + " – Single-Password");
    assertTrue(page.body().contains("<a class=\"skip-link\" href=\"#main\">Skip to main content"));
    assertTrue(
        page.body()
            .contains(
                "<nav id=\"language-switch\" class=\"language-switch\" aria-label=\"Language\">"));
  }

  @ParameterizedTest(name = "{0} in Traditional Chinese")
  @MethodSource("pages")
  void isInTraditionalChinese(
      String path, boolean signedIn, int status, String unused, String title) {
    Response page = open(path, signedIn, "zh-HK,zh;q=0.9,en;q=0.8");

    assertEquals(status, page.status(), page.body());
    assertFollowsTheContract(page, ZH, title + " – 單一密碼");
    assertTrue(page.body().contains("<a class=\"skip-link\" href=\"#main\">跳至主要內容</a>"));
    assertTrue(
        page.body()
            .contains("<nav id=\"language-switch\" class=\"language-switch\" aria-label=\"語言\">"));
  }

  private static void assertFollowsTheContract(Response response, String lang, String title) {
    Markup page = Markup.of(response);
    String body = response.body();
    assertEquals(lang, page.lang());
    assertEquals(title, page.title());
    assertEquals(1, page.count("<h1>"), "one h1");
    assertEquals(1, page.count("<main id=\"main\""), "one main");
    assertTrue(body.contains("<body>\n<a class=\"skip-link\" href=\"#main\">"), "skip link first");
    // The page's own query comes first in the switch's links: "?token=abc&amp;lang=en".
    assertTrue(
        Pattern.compile(
                "<a href=\"\\?([^\"]*&amp;)?lang=en\" hreflang=\"en\" lang=\"en\""
                    + (lang.equals("en") ? " aria-current=\"true\"" : "")
                    + ">English</a>")
            .matcher(body)
            .find(),
        body);
    assertTrue(
        Pattern.compile(
                "<a href=\"\\?([^\"]*&amp;)?lang=zh-HK\" hreflang=\"zh-HK\" lang=\"zh-HK\""
                    + (lang.equals(ZH) ? " aria-current=\"true\"" : "")
                    + ">繁體中文</a>")
            .matcher(body)
            .find(),
        body);
    for (String id : page.visibleInputIds()) {
      assertEquals(1, page.count("<label for=\"" + id + "\">"), "a label for " + id);
    }
    assertEquals(List.of(), page.inlineCode());
    for (String target : page.fragmentLinks()) {
      assertTrue(page.ids().contains(target), "a link to #" + target + ", which is not here");
    }
    assertEquals(page.ids().size(), page.ids().stream().distinct().count(), "unique ids");
  }

  @Test
  void aFailedSignInSaysSoInChineseToo() {
    browser.setCookie("lang", ZH);
    String csrf = browser.get("/sign-in").csrf();

    Response page =
        browser.post(
            "/sign-in", Map.of("csrf", csrf, "username", "chan.tm", "password", "Wrong-Pony-7"));

    assertEquals(401, page.status());
    assertFollowsTheContract(page, ZH, "錯誤：登入 – 單一密碼");
    assertTrue(page.body().contains("<h2>出現問題</h2>"));
    assertTrue(page.body().contains("<a href=\"#password\">用戶名稱或密碼不正確。</a>"));
    assertTrue(page.body().contains("<label for=\"username\">用戶名稱</label>"));
    assertTrue(page.body().contains("<label for=\"password\">密碼</label>"));
    assertTrue(page.body().contains(">大楷鎖定 (Caps Lock) 已開啟</p>"));
  }

  @Test
  void theBoxesSayWhatToFillInAsPasswordManagersRead() {
    browser.setCookie("sps_session", sessions.signIn(People.chan()));

    String signIn = browser.get("/sign-in").body();
    String forgot = browser.get("/forgot-password").body();
    String change = browser.get("/profile/password").body();

    assertTrue(
        signIn.contains(
            "id=\"username\" name=\"username\" type=\"text\" value=\"\" autocomplete=\"username\""));
    assertTrue(
        signIn.contains(
            "id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\""));
    assertTrue(
        forgot.contains(
            "id=\"identifier\" name=\"identifier\" type=\"text\" value=\"\" autocomplete=\"username\""));
    assertTrue(
        change.contains(
            "id=\"currentPassword\" name=\"currentPassword\" type=\"password\" autocomplete=\"current-password\""));
    assertTrue(
        change.contains(
            "id=\"newPassword\" name=\"newPassword\" type=\"password\" autocomplete=\"new-password\" passwordrules=\"minlength: 10; required: upper; required: lower; required: digit; allowed: "));
    assertTrue(
        change.contains(
            "id=\"reenteredPassword\" name=\"reenteredPassword\" type=\"password\" autocomplete=\"new-password\""));
  }

  @Test
  void accountPasswordHasTheGlossarysLabelsInChinese() {
    browser.setCookie("lang", ZH);
    browser.setCookie("sps_session", sessions.signIn(People.chan()));

    String body = browser.get("/profile/password").body();

    assertTrue(body.contains("<label for=\"currentPassword\">現有密碼</label>"));
    assertTrue(body.contains("<label for=\"newPassword\">新密碼</label>"));
    assertTrue(body.contains("<label for=\"reenteredPassword\">再次輸入新密碼</label>"));
    assertTrue(body.contains("<button type=\"submit\">確認</button>"));
    assertTrue(body.contains("<a href=\"/profile/password\" aria-current=\"page\">帳戶密碼</a>"));
    assertTrue(body.contains("data-min=\"10\">最少 10 個字元<"));
    assertTrue(body.contains("data-match-text=\"兩次輸入的密碼相同\""));
    assertTrue(body.contains("data-show-text=\"顯示\" data-hide-text=\"隱藏\""));
  }

  @Test
  void aFailedChangeListsItsProblemsInChinese() {
    browser.setCookie("lang", ZH);
    browser.setCookie("sps_session", sessions.signIn(People.chan()));
    String csrf = browser.get("/profile/password").csrf();

    Response page = browser.post("/profile/password", Map.of("csrf", csrf));

    assertEquals(422, page.status());
    assertFollowsTheContract(page, ZH, "錯誤：帳戶密碼 – 單一密碼");
    assertTrue(page.body().contains("<a href=\"#currentPassword\">請輸入現有密碼</a>"));
    assertTrue(page.body().contains("<a href=\"#newPassword\">請輸入新密碼</a>"));
    assertTrue(page.body().contains("<a href=\"#reenteredPassword\">請再次輸入新密碼</a>"));
  }
}
