package org.singlepassword.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.domain.policy.RuleId.DIGIT;
import static org.singlepassword.domain.policy.RuleId.FORBIDDEN_CHARACTER;
import static org.singlepassword.domain.policy.RuleId.LOWERCASE;
import static org.singlepassword.domain.policy.RuleId.MAX_LENGTH;
import static org.singlepassword.domain.policy.RuleId.MIN_LENGTH;
import static org.singlepassword.domain.policy.RuleId.UPPERCASE;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.domain.password.Password;

/** The FAQ's rules as a table: each row a password and every requirement it does not meet. */
class PasswordPolicyTest {

  private static final String EMOJI = "\uD83D\uDE00"; // one character, two UTF-16 units
  private final PasswordPolicy policy = PasswordPolicy.faq();

  static Stream<Arguments> faqRules() {
    return Stream.of(
        row("10 characters, one of each class", "Abcdefgh12"),
        row("9 characters", "Abcdefg12", MIN_LENGTH),
        row("128 characters", "Aa1" + "x".repeat(125)),
        row("129 characters", "Aa1" + "x".repeat(126), MAX_LENGTH),
        row("10 characters, one an emoji (11 UTF-16 units)", "Abcdefg1" + EMOJI + "x"),
        row("9 characters, one an emoji (10 UTF-16 units)", "Abcdef1" + EMOJI + "x", MIN_LENGTH),
        row("128 characters, 125 of them emoji (253 UTF-16 units)", "Aa1" + EMOJI.repeat(125)),
        row("129 characters, 126 of them emoji", "Aa1" + EMOJI.repeat(126), MAX_LENGTH),
        row("other punctuation is allowed", "Abcdefgh1!@#%^&*()-_=+[]{};:',.<>?~|"),
        row("accented letters are allowed", "Abcdéfgh12"),
        row("'É' is not an uppercase A-Z", "Ébcdefgh12", UPPERCASE),
        row("'é' is not a lowercase a-z", "ABCDEFGH1é", LOWERCASE),
        row("full-width '１' is not a digit 0-9", "Abcdefghi１", DIGIT),
        row("Arabic-Indic '٣' is not a digit 0-9", "Abcdefghi٣", DIGIT),
        row("only lowercase and digits", "abcdefgh12", UPPERCASE),
        row("only uppercase and digits", "ABCDEFGH12", LOWERCASE),
        row("only letters", "Abcdefghij", DIGIT),
        row("nothing typed", "", MIN_LENGTH, UPPERCASE, LOWERCASE, DIGIT),
        row("short, with a space", "a b", MIN_LENGTH, FORBIDDEN_CHARACTER, UPPERCASE, DIGIT),
        row(
            "long, forbidden and no letter or digit",
            "$".repeat(129),
            MAX_LENGTH,
            FORBIDDEN_CHARACTER,
            UPPERCASE,
            LOWERCASE,
            DIGIT),
        row(
            "short digits and a slash",
            "1/2",
            MIN_LENGTH,
            FORBIDDEN_CHARACTER,
            UPPERCASE,
            LOWERCASE));
  }

  private static Arguments row(String situation, String password, RuleId... unmet) {
    return Arguments.of(situation, password, List.of(unmet));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faqRules")
  void reportsEveryUnmetRuleInTheFaqsOrder(String situation, String password, List<RuleId> unmet) {
    assertEquals(unmet, rulesBrokenBy(password));
  }

  @Nested
  class ForbiddenCharacterSituations {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"$", "\"", "\\", "/", "`"})
    void rejectsEachForbiddenCharacter(String forbidden) {
      assertOnlyForbidden("Abcdefgh1" + forbidden, List.of(forbidden));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(
        strings = {
          "0020", // space
          "0009", // tab
          "000A", // newline
          "000D", // carriage return
          "00A0", // no-break space, which Character.isWhitespace lets through
          "2007", // figure space, idem
          "202F", // narrow no-break space, idem
          "0085", // next line (NEL), neither isWhitespace nor isSpaceChar
          "3000", // ideographic space
          "2028" // line separator
        })
    void rejectsEachSpaceCharacterAndNamesIt(String hex) {
      String space = Character.toString(Integer.parseInt(hex, 16));
      assertOnlyForbidden("Abcde" + space + "fgh1", List.of(space));
    }

    @Test
    void namesEachForbiddenCharacterOnceInOrderOfAppearance() {
      assertOnlyForbidden("Ab c$d ef1$/", List.of(" ", "$", "/"));
    }

    @Test
    void acceptsAPasswordWithoutForbiddenCharacters() {
      assertTrue(policy.check(Password.of("Abcdefgh1!")).isEmpty());
    }

    private void assertOnlyForbidden(String password, List<String> found) {
      List<Violation> unmet = policy.check(Password.of(password));
      assertEquals(List.of(FORBIDDEN_CHARACTER), unmet.stream().map(Violation::rule).toList());
      assertEquals(found, unmet.get(0).parameters().get("found"));
    }
  }

  @Nested
  class ASiteWithItsOwnParameters {

    private final PasswordPolicy strict = PasswordPolicy.faq(12, 64, "$#", 3);

    @Test
    void countsItsOwnMinimum() {
      assertEquals(List.of(MIN_LENGTH), kinds(strict.check(Password.of("Abcdefghi12"))));
      assertTrue(strict.check(Password.of("Abcdefghij12")).isEmpty());
    }

    @Test
    void countsItsOwnMaximum() {
      assertTrue(strict.check(Password.of("Aa1" + "x".repeat(61))).isEmpty());
      assertEquals(List.of(MAX_LENGTH), kinds(strict.check(Password.of("Aa1" + "x".repeat(62)))));
    }

    @Test
    void forbidsItsOwnCharactersAndStillEverySpace() {
      assertEquals(
          List.of("#", " "),
          strict.check(Password.of("Abc#defgh 12")).get(0).parameters().get("found"));
      assertTrue(strict.check(Password.of("Abc/defghi12")).isEmpty());
    }
  }

  private List<RuleId> rulesBrokenBy(String password) {
    return kinds(policy.check(Password.of(password)));
  }

  private static List<RuleId> kinds(List<Violation> unmet) {
    return unmet.stream().map(Violation::rule).toList();
  }
}
