package org.singlepassword.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.domain.policy.RuleId.COMMON_PASSWORD;
import static org.singlepassword.domain.policy.RuleId.CONTAINS_PERSONAL_DATA;
import static org.singlepassword.domain.policy.RuleId.DIGIT;
import static org.singlepassword.domain.policy.RuleId.FORBIDDEN_CHARACTER;
import static org.singlepassword.domain.policy.RuleId.LOWERCASE;
import static org.singlepassword.domain.policy.RuleId.MAX_LENGTH;
import static org.singlepassword.domain.policy.RuleId.MIN_LENGTH;
import static org.singlepassword.domain.policy.RuleId.TOO_SIMILAR;
import static org.singlepassword.domain.policy.RuleId.UPPERCASE;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.singlepassword.domain.password.CommonPasswords;
import org.singlepassword.domain.password.Password;

/** The two profiles a site starts from, the rules each gives, and overriding one value. */
class PolicyProfileTest {

  private static final CommonPasswords COMMON =
      CommonPasswords.of(List.of("password123", "correct horse battery staple"));
  private static final PasswordContext CHAN =
      PasswordContext.of("chan.tm", "Chan Tai Man", "chan.tm@example.edu")
          .withEServices(List.of("soul", "SOUL"));

  @Nested
  class TheFaqProfile {

    private final PasswordPolicy policy = PasswordPolicy.of(PolicyProfile.FAQ.defaults(), COMMON);

    @Test
    void isTheFaqsRulesAndTheThreeStandardsAdd() {
      assertEquals(
          List.of(
              MIN_LENGTH,
              MAX_LENGTH,
              FORBIDDEN_CHARACTER,
              UPPERCASE,
              LOWERCASE,
              DIGIT,
              COMMON_PASSWORD,
              CONTAINS_PERSONAL_DATA,
              TOO_SIMILAR),
          ids(policy));
      assertEquals(3, policy.historyDepth());
      assertEquals(PolicyProfile.FAQ, policy.profile());
      assertEquals(Optional.of(Duration.ofDays(180)), PolicyProfile.FAQ.aging().maxAge());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
      "Password123, COMMON_PASSWORD", // meets every rule of the FAQ
      "Chan2024Secure, CONTAINS_PERSONAL_DATA",
      "MySoul2024Key, CONTAINS_PERSONAL_DATA",
      "Winter2025Key, TOO_SIMILAR", // the current one is Winter2024Key
      "Chan2024Soul, CONTAINS_PERSONAL_DATA",
    })
    void refusesWhatTheFaqAloneWouldAccept(String typed, RuleId unmet) {
      PasswordContext changing = CHAN.withCurrent(Password.of("Winter2024Key"));

      assertEquals(List.of(unmet), kinds(policy.check(Password.of(typed), changing)));
      assertTrue(PasswordPolicy.faq().check(Password.of(typed), changing).isEmpty());
    }

    @Test
    void reportsTheNewRulesWithTheFaqsInOneGo() {
      PasswordContext changing = CHAN.withCurrent(Password.of("chan"));

      assertEquals(
          List.of(MIN_LENGTH, UPPERCASE, DIGIT, CONTAINS_PERSONAL_DATA, TOO_SIMILAR),
          kinds(policy.check(Password.of("chan!"), changing)));
    }
  }

  @Nested
  class TheNistProfile {

    private final PasswordPolicy policy =
        PasswordPolicy.of(PolicyProfile.NIST_800_63B.defaults(), COMMON);

    @Test
    void isLengthTheBlocklistAndThePersonsDataOnly() {
      assertEquals(
          List.of(MIN_LENGTH, MAX_LENGTH, COMMON_PASSWORD, CONTAINS_PERSONAL_DATA), ids(policy));
      assertEquals(15, policy.rules().get(0).parameters().get("min"));
      assertEquals(0, policy.historyDepth());
      assertEquals(PolicyProfile.NIST_800_63B, policy.profile());
      assertEquals(Optional.empty(), PolicyProfile.NIST_800_63B.aging().maxAge());
    }

    @ParameterizedTest
    @CsvSource({
      "a long lowercase passphrase", // spaces, no digit, no capital
      "$\"\\/` all allowed now 1",
      "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
    })
    void acceptsAnyCharactersOfAnyKind(String typed) {
      assertTrue(policy.check(Password.of(typed), CHAN).isEmpty());
    }

    @Test
    void stillRefusesShortCommonAndPersonalPasswords() {
      assertEquals(List.of(MIN_LENGTH), kinds(policy.check(Password.of("fourteen chars"), CHAN)));
      assertEquals(
          List.of(COMMON_PASSWORD),
          kinds(policy.check(Password.of("Correct Horse Battery Staple"), CHAN)));
      assertEquals(
          List.of(CONTAINS_PERSONAL_DATA),
          kinds(policy.check(Password.of("the soul of the college"), CHAN)));
    }

    @Test
    void acceptsTheCurrentPasswordWithANumberChanged() {
      PasswordContext changing = CHAN.withCurrent(Password.of("quiet river stone 1"));

      assertTrue(policy.check(Password.of("quiet river stone 2"), changing).isEmpty());
    }
  }

  @Nested
  class Overrides {

    @Test
    void changeOneValueAndKeepTheRest() {
      PolicyParameters nist = PolicyProfile.NIST_800_63B.defaults();
      PolicyParameters withHistoryAndSimilarity =
          new PolicyParameters(
              nist.profile(),
              12,
              nist.maxLength(),
              nist.forbiddenCharacters(),
              nist.forbidWhitespace(),
              nist.composition(),
              nist.commonPasswords(),
              nist.personalData(),
              true,
              5);

      PasswordPolicy policy = PasswordPolicy.of(withHistoryAndSimilarity, COMMON);

      assertEquals(
          List.of(MIN_LENGTH, MAX_LENGTH, COMMON_PASSWORD, CONTAINS_PERSONAL_DATA, TOO_SIMILAR),
          ids(policy));
      assertEquals(12, policy.rules().get(0).parameters().get("min"));
      assertEquals(5, policy.historyDepth());
      assertEquals(PolicyProfile.NIST_800_63B, policy.profile());
    }

    @Test
    void forbidWhiteSpaceAloneOrCharactersAlone() {
      PolicyParameters faq = PolicyProfile.FAQ.defaults();
      PolicyParameters spacesAllowed =
          new PolicyParameters(faq.profile(), 10, 128, "$", false, false, false, false, false, 0);

      PasswordPolicy policy = PasswordPolicy.of(spacesAllowed, CommonPasswords.none());

      assertEquals(List.of(MIN_LENGTH, MAX_LENGTH, FORBIDDEN_CHARACTER), ids(policy));
      assertTrue(policy.check(Password.of("with spaces in it")).isEmpty());
      assertEquals(
          List.of(FORBIDDEN_CHARACTER), kinds(policy.check(Password.of("with $paces in it"))));
      assertEquals(false, policy.rules().get(2).parameters().get("whitespace"));
    }

    @Test
    void refuseAMinimumAboveTheMaximumOrANegativeHistory() {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new PolicyParameters(PolicyProfile.FAQ, 65, 64, "", true, true, true, true, true, 0));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new PolicyParameters(
                  PolicyProfile.FAQ, 10, 64, "", true, true, true, true, true, -1));
    }
  }

  @Test
  void profilesAreFoundByTheirSettingsName() {
    assertEquals(Optional.of(PolicyProfile.FAQ), PolicyProfile.byId("faq"));
    assertEquals(Optional.of(PolicyProfile.NIST_800_63B), PolicyProfile.byId("nist-800-63b"));
    assertEquals(Optional.empty(), PolicyProfile.byId("NIST"));
  }

  private static List<RuleId> ids(PasswordPolicy policy) {
    return policy.rules().stream().map(PasswordRule::id).toList();
  }

  private static List<RuleId> kinds(List<Violation> unmet) {
    return unmet.stream().map(Violation::rule).toList();
  }
}
