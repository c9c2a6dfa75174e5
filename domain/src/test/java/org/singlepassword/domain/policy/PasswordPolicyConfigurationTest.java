package org.singlepassword.domain.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.domain.password.Password;

/**
 * What the policy publishes to pages and e-services, and which configurations a site may choose.
 */
class PasswordPolicyConfigurationTest {

  private final PasswordPolicy policy = PasswordPolicy.faq();

  @Nested
  class TheFaqDefaults {

    @Test
    void listsTheRulesInTheFaqsOrder() {
      assertEquals(
          List.of(
              RuleId.MIN_LENGTH,
              RuleId.MAX_LENGTH,
              RuleId.FORBIDDEN_CHARACTER,
              RuleId.UPPERCASE,
              RuleId.LOWERCASE,
              RuleId.DIGIT),
          policy.rules().stream().map(PasswordRule::id).toList());
    }

    @Test
    void publishesEachRulesParameters() {
      Map<RuleId, Map<String, Object>> published = new LinkedHashMap<>();
      policy.rules().forEach(rule -> published.put(rule.id(), rule.parameters()));

      assertEquals(Map.of("min", 10), published.get(RuleId.MIN_LENGTH));
      assertEquals(Map.of("max", 128), published.get(RuleId.MAX_LENGTH));
      assertEquals(
          Map.of("characters", List.of("$", "\"", "\\", "/", "`"), "whitespace", true),
          published.get(RuleId.FORBIDDEN_CHARACTER));
      assertEquals(Map.of("from", "A", "to", "Z", "minimum", 1), published.get(RuleId.UPPERCASE));
      assertEquals(Map.of("from", "a", "to", "z", "minimum", 1), published.get(RuleId.LOWERCASE));
      assertEquals(Map.of("from", "0", "to", "9", "minimum", 1), published.get(RuleId.DIGIT));
    }

    @Test
    void remembersThreeCyclesOfChange() {
      assertEquals(3, policy.historyDepth());
      assertEquals(Map.of("depth", 3), policy.historyParameters());
      assertEquals(2, policy.earlierPasswordsToKeep());
    }

    @Test
    void givesEachViolationItsRulesParameters() {
      List<Violation> unmet = policy.check(Password.of("short"));

      assertEquals(new Violation(RuleId.MIN_LENGTH, Map.of("min", 10)), unmet.get(0));
      assertEquals(
          new Violation(RuleId.DIGIT, Map.of("from", "0", "to", "9", "minimum", 1)), unmet.get(2));
    }

    @Test
    void letsNoCallerAlterAViolationsParameters() {
      Violation tooShort = policy.check(Password.of("short")).get(0);

      assertThrows(UnsupportedOperationException.class, () -> tooShort.parameters().put("min", 1));
    }
  }

  @Nested
  class ASitesOwnParameters {

    @Test
    void refusesAMaximumBelow64() {
      assertThrows(
          IllegalArgumentException.class,
          () -> PasswordPolicy.faq(10, 63, ForbiddenCharacters.FAQ, 3));
    }

    @Test
    void acceptsAMaximumOfExactly64() {
      PasswordPolicy site = PasswordPolicy.faq(10, 64, ForbiddenCharacters.FAQ, 3);
      assertEquals(Map.of("max", 64), site.rules().get(1).parameters());
    }

    @Test
    void refusesAMinimumAboveTheMaximum() {
      assertThrows(
          IllegalArgumentException.class,
          () -> PasswordPolicy.faq(65, 64, ForbiddenCharacters.FAQ, 3));
    }

    @Test
    void acceptsAMinimumEqualToTheMaximum() {
      assertDoesNotThrow(() -> PasswordPolicy.faq(64, 64, ForbiddenCharacters.FAQ, 3));
    }

    @Test
    void refusesAMinimumBelowOne() {
      assertThrows(
          IllegalArgumentException.class,
          () -> PasswordPolicy.faq(0, 128, ForbiddenCharacters.FAQ, 3));
    }

    @Test
    void refusesANegativeHistory() {
      assertThrows(
          IllegalArgumentException.class,
          () -> PasswordPolicy.faq(10, 128, ForbiddenCharacters.FAQ, -1));
      assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(List.of(), -1));
    }

    @Test
    void acceptsNoHistory() {
      PasswordPolicy site = PasswordPolicy.faq(10, 128, ForbiddenCharacters.FAQ, 0);
      assertEquals(0, site.historyDepth());
      assertEquals(0, site.earlierPasswordsToKeep());
    }

    @Test
    void publishesItsOwnValues() {
      PasswordPolicy site = PasswordPolicy.faq(12, 200, "$#", 5);

      assertEquals(Map.of("min", 12), site.rules().get(0).parameters());
      assertEquals(Map.of("max", 200), site.rules().get(1).parameters());
      assertEquals(List.of("$", "#"), site.rules().get(2).parameters().get("characters"));
      assertEquals(Map.of("depth", 5), site.historyParameters());
      assertEquals(4, site.earlierPasswordsToKeep());
    }

    @Test
    void refusesARequiredClassWithAnEmptyRangeOrNoMinimum() {
      assertThrows(
          IllegalArgumentException.class, () -> new RequiredCharacters(RuleId.DIGIT, '9', '0', 1));
      assertThrows(IllegalArgumentException.class, () -> RequiredCharacters.digit(0));
    }
  }

  @Nested
  class ARejection {

    @Test
    void namesAtLeastOneRule() {
      assertThrows(IllegalArgumentException.class, () -> new PasswordRejectedException(List.of()));
    }

    @Test
    void carriesEveryUnmetRuleButNeverThePassword() {
      String typed = "secret word";
      PasswordRejectedException rejection =
          new PasswordRejectedException(policy.check(Password.of(typed)));

      assertEquals(
          List.of(RuleId.FORBIDDEN_CHARACTER, RuleId.UPPERCASE, RuleId.DIGIT),
          rejection.unmet().stream().map(Violation::rule).toList());
      assertFalse(rejection.getMessage().contains("secret"));
      assertFalse(rejection.toString().contains("secret"));
      assertFalse(rejection.unmet().toString().contains("secret"));
    }
  }
}
