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
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.RequiredCharacters;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/** The policy in the FAQ's words, before typing and after a rejection. */
class PolicyWordingTest {

  private static final ZoneId UTC = ZoneOffset.UTC;

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
          PolicyWording.requirements(PasswordPolicy.faq()).stream()
              .map(PolicyWording.Requirement::description)
              .toList());
    }

    @Test
    void countsMoreThanOneRequiredCharacter() {
      RequiredCharacters twoDigits = RequiredCharacters.digit(2);

      assertEquals(
          "At least 2 digits (0 - 9)",
          PolicyWording.describe(twoDigits.id(), twoDigits.parameters()));
    }
  }

  @Nested
  class AfterARejection {

    @Test
    void namesEachForbiddenCharacterFound() {
      Violation violation =
          new Violation(RuleId.FORBIDDEN_CHARACTER, Map.of("found", List.of("$", " ", "`")));

      assertEquals(
          "Your new password must not contain $, space or `.",
          PolicyWording.explain(violation, UTC));
    }

    @Test
    void saysWhichPersonalDataItFoundButNeverTheWord() {
      assertEquals(
          "Your new password must not contain your e-mail address.",
          PolicyWording.explain(
              new Violation(RuleId.CONTAINS_PERSONAL_DATA, Map.of("found", List.of("email"))),
              UTC));
      assertEquals(
          "Your new password must not contain your username, your name, your e-mail address or"
              + " the name of an e-service.",
          PolicyWording.explain(
              new Violation(
                  RuleId.CONTAINS_PERSONAL_DATA,
                  Map.of("found", List.of("username", "displayName", "email", "eService"))),
              UTC));
    }

    @Test
    void saysToChangeMoreThanTheNumberOrTheCase() {
      assertEquals(
          "Your new password is too like your current one: change more than the number or the"
              + " case.",
          PolicyWording.explain(new Violation(RuleId.TOO_SIMILAR, Map.of("maxEdits", 2)), UTC));
    }

    @Test
    void saysACommonPasswordIsTriedFirst() {
      assertEquals(
          "Your new password is one of the most commonly used passwords, which are tried first:"
              + " choose one that is less common.",
          PolicyWording.explain(
              new Violation(RuleId.COMMON_PASSWORD, Map.of("listed", 100_000)), UTC));
    }

    @Test
    void saysWhenTheCurrentPasswordIsTheOnlyOneRemembered() {
      assertEquals(
          "Your new password must not be your current password.",
          PolicyWording.explain(new Violation(RuleId.HISTORY, Map.of("depth", 1)), UTC));
    }

    @Test
    void saysFromWhichDayAChangeMadeTooSoonIsAllowedInThePeoplesZone() {
      Violation tooSoon =
          new Violation(
              RuleId.MIN_AGE, Map.of("minAge", "PT24H", "changeableFrom", "2025-03-15T20:00:00Z"));

      assertEquals(
          "You changed your password recently: you can change it again from 15 March 2025.",
          PolicyWording.explain(tooSoon, UTC));
      assertEquals(
          "You changed your password recently: you can change it again from 16 March 2025.",
          PolicyWording.explain(tooSoon, ZoneId.of("Asia/Hong_Kong")));
    }

    @Test
    void describesAMinimumAgeInWholeDays() {
      assertEquals(
          "Not changed again within 1 day of the last change",
          PolicyWording.describe(RuleId.MIN_AGE, Map.of("minAge", "PT24H")));
    }
  }

  @Nested
  class WhiteSpace {

    @ParameterizedTest(name = "U+{0} is \"{1}\"")
    @CsvSource({
      "0020, space",
      "0009, tab",
      "000A, line break",
      "000D, line break",
      "2028, line break",
      "00A0, no-break space",
      "202F, no-break space",
      "3000, space (U+3000)",
      "0024, $"
    })
    void isNamedSoThatAPersonCanSeeIt(String codePoint, String name) {
      assertEquals(name, PolicyWording.name(Character.toString(Integer.parseInt(codePoint, 16))));
    }
  }
}
