package org.singlepassword.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.domain.password.CommonPasswords;
import org.singlepassword.domain.password.Password;

/**
 * The three rules current standards add to the FAQ's: no common password, none of the person's own
 * data, and not the current password with a few keys changed.
 */
class StandardsRulesTest {

  private static final PasswordContext CHAN =
      PasswordContext.of("s1234567", "Chan Tai Man", "bluebird.c@example.edu")
          .withEServices(List.of("soul", "SOUL", "learner-portal", "Learner Portal"));

  @Nested
  class NotACommonPassword {

    private final NotCommonPassword rule =
        new NotCommonPassword(CommonPasswords.of(List.of("password123", "iloveyou2024")));

    @ParameterizedTest
    @ValueSource(strings = {"Password123", "PASSWORD123", "ILoveYou2024"})
    void refusesAListedPasswordWhateverItsCase(String typed) {
      assertEquals(
          Optional.of(new Violation(RuleId.COMMON_PASSWORD, Map.of("listed", 2))),
          rule.check(Password.of(typed), PasswordContext.none()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1234", "MyPassword123", "Password12"})
    void acceptsAPasswordThatOnlyContainsOrResemblesOne(String typed) {
      assertTrue(rule.check(Password.of(typed), PasswordContext.none()).isEmpty());
    }

    @Test
    void publishesHowManyPasswordsItHoldsButNotWhich() {
      assertEquals(Map.of("listed", 2), rule.parameters());
    }
  }

  @Nested
  class NoneOfThePersonsData {

    private final NoPersonalData rule = new NoPersonalData(NoPersonalData.LEAST_WORD_LENGTH);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
      "S1234567-Forever, username",
      "Tai-Forever-77, displayName",
      "Forever-Man-77, displayName",
      "Bluebird.C-2024, email", // the local part whole
      "Bluebird-77-xyz, email", // a part of it
      "My-Soul-2024xx, eService",
      "LearnerPortal1, eService", // the name run together
      "learner-portal9, eService", // the id
      "Chan-Soul-2024, displayName;eService",
    })
    void namesWhatItFoundAndNeverTheWord(String typed, String found) {
      Optional<Violation> violation = rule.check(Password.of(typed), CHAN);

      assertEquals(List.of(found.split(";")), violation.orElseThrow().parameters().get("found"));
      assertEquals(3, violation.orElseThrow().parameters().get("leastWordLength"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Ta1-Ma9-Forever", // parts broken up
          "Learner-Fields-77", // one word of an e-service's name is not its name
          "Blue-bird-77-xyz",
          "Example-Edu-2024", // the domain of the address is not the person's
        })
    void acceptsWhatDoesNotContainThem(String typed) {
      assertTrue(rule.check(Password.of(typed), CHAN).isEmpty());
    }

    @Test
    void findsANameInAnyScript() {
      PasswordContext chen = PasswordContext.of("chen.dw", "陳大文", "chen.dw@example.edu");

      assertEquals(
          List.of("displayName"),
          rule.check(Password.of("我是陳大文2024"), chen).orElseThrow().parameters().get("found"));
    }

    @Test
    void looksForNoPartShorterThanThreeCharacters() {
      PasswordContext ng = PasswordContext.of("ngkh", "Ng Ka Ho", "ng.ka.ho@example.edu");

      assertTrue(rule.check(Password.of("Ng-Ka-Ho-Forever"), ng).isEmpty());
      assertEquals(
          List.of("email"),
          rule.check(Password.of("Ng.Ka.Ho-Forever"), ng).orElseThrow().parameters().get("found"));
    }

    @Test
    void knowsNothingWithoutAContext() {
      assertTrue(rule.check(Password.of("S1234567-Forever"), PasswordContext.none()).isEmpty());
    }

    @Test
    void refusesAWordLengthBelowOne() {
      assertThrows(IllegalArgumentException.class, () -> new NoPersonalData(0));
    }
  }

  @Nested
  class NotLikeTheCurrentPassword {

    private final NotSimilarToCurrent rule = new NotSimilarToCurrent(NotSimilarToCurrent.MAX_EDITS);
    private final PasswordContext changingFrom =
        PasswordContext.none().withCurrent(Password.of("Spring-Rain-2024"));

    @ParameterizedTest
    @ValueSource(
        strings = {"Spring-Rain-2025", "SPRING-RAIN-2024", "Spring-Rain-1", "Spring-Rains-2024x"})
    void refusesTheCurrentPasswordWithAFewKeysChanged(String typed) {
      assertEquals(
          Optional.of(new Violation(RuleId.TOO_SIMILAR, Map.of("maxEdits", 2))),
          rule.check(Password.of(typed), changingFrom));
    }

    @Test
    void acceptsAPasswordChangedInMoreThanTheNumberOrTheCase() {
      assertTrue(rule.check(Password.of("Autumn-Leaf-2024"), changingFrom).isEmpty());
    }

    @Test
    void doesNotApplyWhereTheCurrentPasswordIsNotKnown() {
      assertTrue(rule.check(Password.of("Spring-Rain-2025"), CHAN).isEmpty());
    }
  }
}
