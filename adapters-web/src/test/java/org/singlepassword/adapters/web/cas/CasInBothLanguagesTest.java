package org.singlepassword.adapters.web.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.Markup;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;

/**
 * The CAS pages speak the person's language as every page does: the sign-in naming the e-service,
 * its errors, the Account Password step with the policy checklist, and the signed-out page; and
 * their language switch keeps the e-service (and {@code renew}), even after a post whose address
 * has lost it, so that switching never strands a person on the way to an e-service.
 */
class CasInBothLanguagesTest {

  private static final String ZH = "zh-HK";
  private static final String SOUL_QUERY = "service=https%3A%2F%2Fsoul.example.edu%2F";
  private static final Pattern ANTI_FORGERY =
      Pattern.compile(
          "name=\"csrf\" value=\"([^\"]*)\">\\s*<input type=\"hidden\" name=\"service\"");

  private final FakeSessions sessions = new FakeSessions();
  private final FakeSso sso = new FakeSso();
  private RunningServer server;
  private Browser browser;

  @BeforeEach
  void start() {
    SignedIn newcomer = People.newcomer();
    sso.knowing(newcomer);
    sso.requirePasswordChange(newcomer);
    sessions.knowing(newcomer);
    server =
        RunningServer.start(
            new UseCaseStubs()
                .sessions(sessions)
                .signIn(
                    command -> {
                      if (!command.password().sameAs(Password.of(CasLoginTest.RIGHT_PASSWORD))) {
                        throw new IncorrectPasswordException();
                      }
                      return newcomer;
                    })
                .recognizeService(sso)
                .issueServiceTicket(sso)
                .validateServiceTicket(sso));
    browser = server.browser();
    browser.setCookie("lang", ZH);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theSignInNamesTheEServiceInChinese() {
    Response page = browser.get(CasLoginTest.login(CasLoginTest.service(FakeSso.SOUL_HOME)));

    assertEquals(200, page.status());
    assertFollowsTheContract(page, "登入 – 單一密碼");
    assertTrue(page.body().contains("請用你的單一密碼登入，以繼續使用 <strong>SOUL</strong>。"));
    assertTrue(page.body().contains("<label for=\"username\">用戶名稱</label>"));
    assertTrue(page.body().contains(">大楷鎖定 (Caps Lock) 已開啟</p>"));
    assertTrue(page.body().contains("href=\"?" + SOUL_QUERY + "&amp;lang=en\""), page.body());
  }

  @Test
  void aFailedSignInKeepsTheEServiceAndRenewInTheSwitch() {
    String csrf =
        browser
            .get(CasLoginTest.login(CasLoginTest.service(FakeSso.SOUL_HOME) + "&renew=true"))
            .csrf();

    Response page =
        browser.post(
            "/cas/login",
            Map.of(
                "csrf", csrf,
                "username", "lee.sm",
                "password", "Wrong-Pony-7",
                "service", FakeSso.SOUL_HOME,
                "renew", "true"));

    assertEquals(401, page.status());
    assertFollowsTheContract(page, "錯誤：登入 – 單一密碼");
    assertTrue(page.body().contains("<h2>出現問題</h2>"));
    assertTrue(page.body().contains("<a href=\"#password\">用戶名稱或密碼不正確。</a>"));
    assertTrue(
        page.body().contains("href=\"?" + SOUL_QUERY + "&amp;renew=true&amp;lang=en\""),
        page.body());
  }

  @Test
  void theAccountPasswordStepHasTheChecklistAndLeadsBackToTheSignInWhenSwitched() {
    Response step = signInAsNewcomer();
    assertFollowsTheContract(step, "帳戶密碼 – 單一密碼");
    assertTrue(step.body().contains("完成後，你會繼續前往 <strong>SOUL</strong>。"));
    assertTrue(step.body().contains("<ul id=\"password-checklist\""));
    assertTrue(step.body().contains("<label for=\"currentPassword\">現有密碼</label>"));

    Response again =
        browser.post("/cas/password", Map.of("csrf", csrf(step), "service", FakeSso.SOUL_HOME));

    assertEquals(422, again.status());
    assertEquals("錯誤：帳戶密碼 – 單一密碼", Markup.of(again).title());
    assertTrue(again.body().contains("<a href=\"#currentPassword\">請輸入現有密碼</a>"));
    // /cas/password shows nothing when opened: the switch shows the step at /cas/login.
    assertTrue(
        again.body().contains("href=\"/cas/login?" + SOUL_QUERY + "&amp;lang=en\""), again.body());
    assertEquals(List.of(), Markup.of(again).inlineCode());
  }

  @Test
  void theSignedOutPageIsInChinese() {
    Response page = browser.get("/cas/logout");

    assertEquals(200, page.status());
    assertFollowsTheContract(page, "已登出 – 單一密碼");
    assertTrue(page.body().contains("<h1>你已登出</h1>"));
  }

  @Test
  void anUnknownEServiceIsExplainedInChinese() {
    Response page =
        browser.get(CasLoginTest.login(CasLoginTest.service("https://evil.example.com/")));

    assertEquals(400, page.status());
    assertFollowsTheContract(page, "不明的電子服務 – 單一密碼");
  }

  private Response signInAsNewcomer() {
    String csrf = browser.get(CasLoginTest.login(CasLoginTest.service(FakeSso.SOUL_HOME))).csrf();
    return browser.post(
        "/cas/login",
        Map.of(
            "csrf",
            csrf,
            "username",
            "lee.sm",
            "password",
            CasLoginTest.RIGHT_PASSWORD,
            "service",
            FakeSso.SOUL_HOME));
  }

  private static String csrf(Response page) {
    Matcher matcher = ANTI_FORGERY.matcher(page.body());
    assertTrue(matcher.find(), page.body());
    return matcher.group(1);
  }

  private static void assertFollowsTheContract(Response response, String title) {
    Markup page = Markup.of(response);
    assertEquals(ZH, page.lang());
    assertEquals(title, page.title());
    assertEquals(1, page.count("<h1>"), "one h1");
    assertEquals(1, page.count("<main id=\"main\""), "one main");
    assertTrue(response.body().contains("<nav id=\"language-switch\""));
    assertTrue(
        response
            .body()
            .contains("lang=zh-HK\" hreflang=\"zh-HK\" lang=\"zh-HK\" aria-current=\"true\">"));
    for (String id : page.visibleInputIds()) {
      assertEquals(1, page.count("<label for=\"" + id + "\">"), "a label for " + id);
    }
    assertEquals(List.of(), page.inlineCode());
    assertEquals(page.ids().size(), page.ids().stream().distinct().count(), "unique ids");
  }
}
