package org.singlepassword.domain.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.domain.password.CommonPasswords;
import org.singlepassword.domain.password.FakePasswordHasher;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordContext;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.PolicyProfile;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/**
 * The account judges a new password knowing whose it is: its own data always, the e-services when
 * the application names them, and the current password only at a change, once verified.
 */
class AccountPasswordContextTest {

  private static final Instant LATER = ExampleAccounts.ISSUED_AT.plus(Duration.ofDays(2));

  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final PasswordPolicy policy =
      PasswordPolicy.of(PolicyProfile.FAQ.defaults(), CommonPasswords.of(List.of("password123")));
  private final Account account = ExampleAccounts.issued(hasher);
  private final PasswordContext withEServices =
      account.passwordContext().withEServices(List.of("soul", "SOUL"));

  @Test
  void offersItsOwnDataToThePolicy() {
    assertEquals(
        PasswordContext.of("chan.tm", "Chan Tai Man", "chan.tm@example.edu"),
        account.passwordContext());
  }

  @Nested
  class AtAChange {

    @Test
    void refusesTheCurrentPasswordWithTheNumberChanged() {
      assertEquals(
          List.of(RuleId.TOO_SIMILAR), refusedChange(Password.of("Initial2Pass"), withEServices));
    }

    @Test
    void refusesAnEServicesNameWhenTheApplicationGivesIt() {
      assertEquals(
          List.of(RuleId.CONTAINS_PERSONAL_DATA),
          refusedChange(Password.of("MySoul2024Key"), withEServices));
    }

    @Test
    void refusesItsOwnDataEvenWithoutAContextGiven() {
      PasswordRejectedException refused =
          assertThrows(
              PasswordRejectedException.class,
              () ->
                  account.changePassword(
                      ExampleAccounts.INITIAL,
                      Password.of("TaiMan2024Key"),
                      policy,
                      PasswordAging.never(),
                      hasher,
                      Channel.WEB_FORM,
                      LATER));

      assertEquals(List.of(RuleId.CONTAINS_PERSONAL_DATA), rules(refused));
    }

    @Test
    void comparesWithTheCurrentPasswordOnlyOnceItIsVerified() {
      assertThrows(
          IncorrectPasswordException.class,
          () ->
              account.changePassword(
                  ExampleAccounts.WRONG,
                  Password.of("Wrong3Guesses"),
                  policy,
                  withEServices,
                  PasswordAging.never(),
                  hasher,
                  Channel.WEB_FORM,
                  LATER));
    }

    @Test
    void acceptsAPasswordUnlikeAllOfThem() {
      assertDoesNotThrow(
          () ->
              account.changePassword(
                  ExampleAccounts.INITIAL,
                  Password.of("Harbour7Lantern"),
                  policy,
                  withEServices,
                  PasswordAging.never(),
                  hasher,
                  Channel.WEB_FORM,
                  LATER));
    }

    private List<RuleId> refusedChange(Password replacement, PasswordContext context) {
      return rules(
          assertThrows(
              PasswordRejectedException.class,
              () ->
                  account.changePassword(
                      ExampleAccounts.INITIAL,
                      replacement,
                      policy,
                      context,
                      PasswordAging.never(),
                      hasher,
                      Channel.WEB_FORM,
                      LATER)));
    }
  }

  @Nested
  class AtAReset {

    @Test
    void cannotCompareWithTheCurrentPasswordItDoesNotKnow() {
      assertDoesNotThrow(
          () ->
              account.resetPassword(
                  Password.of("Initial2Pass"), policy, withEServices, hasher, LATER));
    }

    @Test
    void stillRefusesCommonAndPersonalPasswords() {
      PasswordRejectedException refused =
          assertThrows(
              PasswordRejectedException.class,
              () -> account.resetPassword(Password.of("Password123"), policy, hasher, LATER));
      assertEquals(List.of(RuleId.COMMON_PASSWORD), rules(refused));

      refused =
          assertThrows(
              PasswordRejectedException.class,
              () ->
                  account.resetPassword(
                      Password.of("Soul2024Anthem"), policy, withEServices, hasher, LATER));
      assertEquals(List.of(RuleId.CONTAINS_PERSONAL_DATA), rules(refused));
    }
  }

  @Nested
  class AtIssue {

    @Test
    void judgesATypedInitialPasswordInTheNewPersonsContext() {
      PasswordRejectedException refused =
          assertThrows(
              PasswordRejectedException.class,
              () -> issue(PasswordContext.of("wong.km", "Wong Ka Ming", "wong.km@example.edu")));

      assertEquals(List.of(RuleId.CONTAINS_PERSONAL_DATA), rules(refused));
    }

    @Test
    void judgesAGeneratedOneWithoutContext() {
      assertDoesNotThrow(() -> issue(PasswordContext.none()));
    }

    private Account issue(PasswordContext context) {
      return Account.issue(
          AccountId.random(),
          new Username("wong.km"),
          new DisplayName("Wong Ka Ming"),
          new EmailAddress("wong.km@example.edu"),
          Password.of("KaMing2024Start"),
          policy,
          context,
          hasher,
          Channel.ADMINISTRATOR,
          ExampleAccounts.ISSUED_AT);
    }
  }

  private static List<RuleId> rules(PasswordRejectedException refused) {
    return refused.unmet().stream().map(Violation::rule).toList();
  }
}
