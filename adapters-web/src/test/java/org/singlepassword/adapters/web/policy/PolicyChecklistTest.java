package org.singlepassword.adapters.web.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.i18n.Language;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.domain.policy.ForbiddenCharacters;
import org.singlepassword.domain.policy.MaximumLength;
import org.singlepassword.domain.policy.MinimumLength;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.RequiredCharacters;

/**
 * The policy as the script and password managers read it: the checklist's data- attributes and the
 * {@code passwordrules} attribute, both written from the effective policy, never a copy of it.
 */
class PolicyChecklistTest {

  private static final Pattern ITEM = Pattern.compile("<li data-rule=\"([A-Z_]+)\"([^>]*)>");
  private static final Pattern DATA = Pattern.compile(" data-([a-z-]+)=\"([^\"]*)\"");

  /** A site's own policy: other lengths, other characters, two digits, a history of 5. */
  private static final PasswordPolicy SITE =
      new PasswordPolicy(
          List.of(
              new MinimumLength(12),
              new MaximumLength(64),
              new ForbiddenCharacters("#<"),
              RequiredCharacters.uppercase(1),
              RequiredCharacters.lowercase(1),
              RequiredCharacters.digit(2)),
          5);

  private RunningServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** Each item's rule and its data- attributes, in the page's order. */
  private static List<Map.Entry<String, Map<String, String>>> items(String html) {
    Matcher item = ITEM.matcher(html);
    List<Map.Entry<String, Map<String, String>>> items = new java.util.ArrayList<>();
    while (item.find()) {
      Map<String, String> data = new java.util.LinkedHashMap<>();
      Matcher attribute = DATA.matcher(item.group(2));
      while (attribute.find()) {
        data.put(attribute.group(1), attribute.group(2).replace("&quot;", "\""));
      }
      items.add(Map.entry(item.group(1), data));
    }
    return items;
  }

  @Nested
  class TheChecklist {

    @Test
    void hasOneItemARuleWithTheRulesParametersAsTheEffectivePolicyHasThem() {
      String html = PolicyChecklist.of(Copy.in(Language.EN), SITE).markup();

      assertEquals(
          List.of(
              Map.entry("MIN_LENGTH", Map.of("min", "12")),
              Map.entry("MAX_LENGTH", Map.of("max", "64")),
              Map.entry("FORBIDDEN_CHARACTER", Map.of("characters", "#<", "whitespace", "true")),
              Map.entry("UPPERCASE", Map.of("from", "A", "to", "Z", "minimum", "1")),
              Map.entry("LOWERCASE", Map.of("from", "a", "to", "z", "minimum", "1")),
              Map.entry("DIGIT", Map.of("from", "0", "to", "9", "minimum", "2")),
              Map.entry("HISTORY", Map.of("depth", "5"))),
          items(html.replace("&lt;", "<")));
    }

    @Test
    void carriesTheFaqsForbiddenCharactersEscaped() {
      String html = PolicyChecklist.of(Copy.in(Language.EN), PasswordPolicy.faq()).markup();

      assertTrue(html.contains("data-characters=\"$&quot;\\/`\" data-whitespace=\"true\""), html);
    }

    @Test
    void isWhatTheAccountPasswordPageShowsForTheEffectivePolicy() {
      FakeSessions sessions = new FakeSessions();
      server =
          RunningServer.start(new UseCaseStubs().sessions(sessions).showPasswordPolicy(() -> SITE));
      var browser = server.browser();
      browser.setCookie("sps_session", sessions.signIn(People.chan()));

      String page = browser.get("/profile/password").body();

      assertTrue(page.contains("<ul id=\"password-checklist\""), page);
      assertEquals(items(PolicyChecklist.of(Copy.in(Language.EN), SITE).markup()), items(page));
      assertTrue(
          page.contains("passwordrules=\"" + Html.escape(PasswordRules.of(SITE)) + "\""), page);
      assertTrue(page.contains("aria-describedby=\"newPassword-hint\""), page);
    }

    @Test
    void speaksThePersonsLanguageForTheScript() {
      String html = PolicyChecklist.of(Copy.in(Language.ZH_HK), PasswordPolicy.faq()).markup();

      assertTrue(html.contains("data-met-text=\"（已符合）\""), html);
      assertTrue(html.contains("data-summary-text=\"目前已符合 {total} 項要求中的 {met} 項\""), html);
    }
  }

  @Nested
  class ThePasswordRules {

    @Test
    void sayTheFaqsPolicyInTheGrammarPasswordManagersRead() {
      assertEquals(
          "minlength: 10; required: upper; required: lower; required: digit;"
              + " allowed: upper, lower, digit, [-!#%&'()*+,.:;<=>?@[^_{|}~]]; maxlength: 128",
          PasswordRules.of(PasswordPolicy.faq()));
    }

    @Test
    void leaveOutNoCharacterTheSiteAllowsAndKeepTheClosingBracketLast() {
      String rules = PasswordRules.of(SITE);

      assertTrue(rules.startsWith("minlength: 12; required: upper; required: lower;"), rules);
      assertTrue(rules.endsWith("; maxlength: 64"), rules);
      assertTrue(rules.contains("[-!\"$%&'()*+,./:;=>?@[\\^_`{|}~]]"), rules);
      assertFalse(rules.contains("#"), rules);
    }
  }
}
