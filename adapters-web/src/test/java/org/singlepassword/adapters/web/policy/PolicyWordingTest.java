package org.singlepassword.adapters.web.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.singlepassword.adapters.web.i18n.Language;
import org.singlepassword.adapters.web.i18n.Messages;
import org.singlepassword.domain.policy.ForbiddenCharacters;
import org.singlepassword.domain.policy.MinimumLength;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.RequiredCharacters;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/** The policy in the FAQ's words, in both languages, before typing and after a rejection. */
class PolicyWordingTest {

  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final Messages ENGLISH = Messages.of(Language.EN);
  private static final Messages CHINESE = Messages.of(Language.ZH_HK);

  private static List<String> described(PasswordPolicy policy, Messages messages) {
    return PolicyWording.requirements(policy, messages).stream()
        .map(PolicyWording.Requirement::description)
        .toList();
  }

  @Nested
  class BeforeTyping {

    @Test
    void describesTheFaqsPolicyInItsOrderWithTheHistoryLast() {
      assertEquals(
          List.of(
              "At least 10 characters long",
              "At most 128 characters",
              "None of $ \" \\ / ` and no space characters",
              "At least one uppercase letter (A - Z)",
              "At least one lowercase letter (a - z)",
              "At least one digit (0 - 9)",
              "Not one of your last 3 passwords"),
          described(PasswordPolicy.faq(), ENGLISH));
    }

    @Test
    void describesTheFaqsPolicyInTraditionalChinese() {
      assertEquals(
          List.of(
              "最少 10 個字元",
              "最多 128 個字元",
              "不可包含 $ \" \\ / ` 及任何空格字元",
              "最少一個大楷字母（A - Z）",
              "最少一個細楷字母（a - z）",
              "最少一個數字（0 - 9）",
              "不可與最近 3 個密碼相同"),
          described(PasswordPolicy.faq(), CHINESE));
    }

    @Test
    void takesTheNumbersFromThePolicyNotFromTheWords() {
      PasswordPolicy policy =
          PasswordPolicy.faq(12, 64, ForbiddenCharacters.FAQ, PasswordPolicy.HISTORY_DEPTH);

      assertEquals("At least 12 characters long", described(policy, ENGLISH).get(0));
      assertEquals("最少 12 個字元", described(policy, CHINESE).get(0));
    }

    @Test
    void countsMoreThanOneRequiredCharacter() {
      RequiredCharacters twoDigits = RequiredCharacters.digit(2);

      assertEquals(
          "At least 2 digits (0 - 9)",
          PolicyWording.describe(twoDigits.id(), twoDigits.parameters(), ENGLISH));
      assertEquals(
          "最少 2 個數字（0 - 9）",
          PolicyWording.describe(twoDigits.id(), twoDigits.parameters(), CHINESE));
    }

    @Test
    void describesAMinimumAgeInWholeDays() {
      assertEquals(
          "Not changed again within 1 day of the last change",
          PolicyWording.describe(RuleId.MIN_AGE, Map.of("minAge", "PT24H"), ENGLISH));
      assertEquals(
          "上次更改後 1 天內不可再更改",
          PolicyWording.describe(RuleId.MIN_AGE, Map.of("minAge", "PT24H"), CHINESE));
    }
  }

  @Nested
  class AfterARejection {

    @Test
    void saysTheMinimumLengthWithItsNumber() {
      Violation tooShort = Violation.of(new MinimumLength(10));

      assertEquals(
          "Your new password must be at least 10 characters long.",
          PolicyWording.explain(tooShort, UTC, ENGLISH));
      assertEquals("你的新密碼必須最少有 10 個字元。", PolicyWording.explain(tooShort, UTC, CHINESE));
    }

    @Test
    void namesEachForbiddenCharacterFound() {
      Violation violation =
          new Violation(RuleId.FORBIDDEN_CHARACTER, Map.of("found", List.of("$", " ", "`")));

      assertEquals(
          "Your new password must not contain $, space or `.",
          PolicyWording.explain(violation, UTC, ENGLISH));
      assertEquals("你的新密碼不可包含$、空格或`。", PolicyWording.explain(violation, UTC, CHINESE));
    }

    @Test
    void saysWhichPersonalDataItFoundButNeverTheWord() {
      assertEquals(
          "Your new password must not contain your e-mail address.",
          PolicyWording.explain(
              new Violation(RuleId.CONTAINS_PERSONAL_DATA, Map.of("found", List.of("email"))),
              UTC,
              ENGLISH));
      assertEquals(
          "Your new password must not contain your username, your name, your e-mail address or"
              + " the name of an e-service.",
          PolicyWording.explain(
              new Violation(
                  RuleId.CONTAINS_PERSONAL_DATA,
                  Map.of("found", List.of("username", "displayName", "email", "eService"))),
              UTC,
              ENGLISH));
    }

    @Test
    void saysToChangeMoreThanTheNumberOrTheCase() {
      assertEquals(
          "Your new password is too like your current one: change more than the number or the"
              + " case.",
          PolicyWording.explain(
              new Violation(RuleId.TOO_SIMILAR, Map.of("maxEdits", 2)), UTC, ENGLISH));
    }

    @Test
    void saysACommonPasswordIsTooCommonToChoose() {
      assertEquals(
          "This password is too common: choose one that others are unlikely to use.",
          PolicyWording.explain(
              new Violation(RuleId.COMMON_PASSWORD, Map.of("listed", 100_000)), UTC, ENGLISH));
    }

    @Test
    void saysWhenTheCurrentPasswordIsTheOnlyOneRemembered() {
      Violation history = new Violation(RuleId.HISTORY, Map.of("depth", 1));

      assertEquals(
          "Your new password must not be your current password.",
          PolicyWording.explain(history, UTC, ENGLISH));
      assertEquals("你的新密碼不可與現有密碼相同。", PolicyWording.explain(history, UTC, CHINESE));
    }

    @Test
    void saysFromWhichDayAChangeMadeTooSoonIsAllowedInThePeoplesZone() {
      Violation tooSoon =
          new Violation(
              RuleId.MIN_AGE, Map.of("minAge", "PT24H", "changeableFrom", "2025-03-15T20:00:00Z"));

      assertEquals(
          "You changed your password recently: you can change it again from 15 March 2025.",
          PolicyWording.explain(tooSoon, UTC, ENGLISH));
      assertEquals(
          "You changed your password recently: you can change it again from 16 March 2025.",
          PolicyWording.explain(tooSoon, ZoneId.of("Asia/Hong_Kong"), ENGLISH));
      assertEquals(
          "你最近已更改密碼：你可於 2025年3月16日 起再次更改。",
          PolicyWording.explain(tooSoon, ZoneId.of("Asia/Hong_Kong"), CHINESE));
    }
  }

  @Nested
  class TheRulesCurrentStandardsAdd {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "COMMON_PASSWORD | This password is too common: choose one that others are unlikely to"
              + " use.",
          "CONTAINS_PERSONAL_DATA | Your new password must not contain your username, your name,"
              + " your e-mail address or an e-service's name.",
          "TOO_SIMILAR | Your new password is too like your current one: change more than the"
              + " number or the case."
        })
    void areWordedAlreadyInBothLanguages(String rule, String english) {
      assertEquals(english, PolicyWording.explain(rule, Map.of(), UTC, ENGLISH));
      String chinese = PolicyWording.explain(rule, Map.of(), UTC, CHINESE);
      assertEquals(false, chinese.contains(rule), chinese);
      assertEquals(false, PolicyWording.describe(rule, Map.of(), CHINESE).contains(rule));
    }
  }

  @Nested
  class ARuleTheseWordsDoNotKnow {

    @Test
    void stillShowsInGeneralWordsNamingIt() {
      assertEquals(
          "Your new password does not meet the rule NOT_YET_WORDED of the password policy.",
          PolicyWording.explain("NOT_YET_WORDED", Map.of("limit", 3), UTC, ENGLISH));
      assertEquals(
          "你的新密碼不符合密碼政策的規則 NOT_YET_WORDED。",
          PolicyWording.explain("NOT_YET_WORDED", Map.of(), UTC, CHINESE));
      assertEquals(
          "Meets the rule NOT_YET_WORDED of the password policy",
          PolicyWording.describe("NOT_YET_WORDED", Map.of(), ENGLISH));
    }
  }

  @Nested
  class WhiteSpace {

    @ParameterizedTest(name = "U+{0} is \"{1}\" / \"{2}\"")
    @CsvSource({
      "0020, space, 空格",
      "0009, tab, 定位字元 (Tab)",
      "000A, line break, 換行字元",
      "000D, line break, 換行字元",
      "2028, line break, 換行字元",
      "00A0, no-break space, 不換行空格",
      "202F, no-break space, 不換行空格",
      "3000, space (U+3000), 空格字元（U+3000）",
      "0024, $, $"
    })
    void isNamedSoThatAPersonCanSeeIt(String codePoint, String english, String chinese) {
      String character = Character.toString(Integer.parseInt(codePoint, 16));

      assertEquals(english, PolicyWording.name(character, ENGLISH));
      assertEquals(chinese, PolicyWording.name(character, CHINESE));
    }
  }
}
